using Catalog.Domain.SiaPublishing;
using Catalog.Sync.SiaPublishing;

namespace Catalog.Sync.Tests.SiaPublishing;

/// <summary>The actualizarSIA_v3_1 client: requests that validate against the published schema, and SIA's answers read into results.</summary>
public sealed class SiaUpdateClientTests : IClassFixture<LocalSiaServer>, IDisposable
{
    private readonly LocalSiaServer _sia;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public SiaUpdateClientTests(LocalSiaServer sia)
    {
        _sia = sia;
        _sia.Reset();
    }

    public void Dispose() => _http.Dispose();

    public static TheoryData<SiaOperation> Operations => [SiaOperation.Alta, SiaOperation.Modificacion, SiaOperation.Baja, SiaOperation.Reactivacion];

    internal static SiaActuacion Full(string siaCode = "") => new()
    {
        SourceCode = "28006-41",
        SiaCode = siaCode,
        Name = "Licencia de obra mayor",
        Description = "Autorización municipal para obras de nueva planta, ampliación o reforma estructural.",
        OrganismN1 = "L01280066",
        OrganismN2 = "LA0099001",
        Recipients = ["1", "2"],
        SubjectToFees = true,
        ElectronicLevel = "4",
        Channels = ["1", "2"],
        Requirements = "Ser titular o tener autorización del titular.",
        Subjects = ["12"],
        Documents = "Proyecto técnico visado.",
        OnApplication = true,
        SilenceOnApplication = "2",
        ExOfficio = false,
        EndsAdministrativeRoute = true,
        TermAmount = 3,
        TermUnit = "2",
        Regulations = [new SiaNormativa("5", "39/2015", "del Procedimiento Administrativo Común"), new SiaNormativa("9", null, "Ordenanza municipal de obras")],
    };

    private SiaUpdateClient Client(int timeoutSeconds = 10) => new(_http, new SiaPublishOptions
    {
        Endpoint = _sia.UpdateUrl,
        LookupEndpoint = _sia.LookupUrl,
        User = "usuario",
        Password = "clave & <secreta>",
        TimeoutSeconds = timeoutSeconds,
    });

    [Theory]
    [MemberData(nameof(Operations))]
    public void Every_operation_builds_a_request_that_validates_against_ParamSIA(SiaOperation operation)
    {
        var envelope = Client().Envelope(Full(operation == SiaOperation.Alta ? "" : "2094606"), operation);

        Assert.Empty(SiaSchemas.Errors(envelope, "paramSIA"));
        Assert.Contains($"OPERACION=\"{operation.Code()}\"", envelope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procedure_with_only_the_required_fields_validates_too()
    {
        var envelope = Client().Envelope(new SiaActuacion { SourceCode = "1", Name = "Queja", OrganismN1 = "L01280066" }, SiaOperation.Alta);

        Assert.Empty(SiaSchemas.Errors(envelope, "paramSIA"));
    }

    [Fact]
    public void The_schema_check_catches_a_request_out_of_order()
    {
        var envelope = Client().Envelope(Full(), SiaOperation.Alta).Replace("<FINVIA>S</FINVIA>", "").Replace("<ACTIVO>S</ACTIVO>", "<ACTIVO>S</ACTIVO><FINVIA>S</FINVIA>");

        Assert.NotEmpty(SiaSchemas.Errors(envelope, "paramSIA"));
    }

    [Fact]
    public void The_answer_samples_validate_against_EnviaSIA()
    {
        Assert.Empty(SiaSchemas.Errors(SiaAnswers.Accepted("1", "A", "2100001"), "enviaSIA"));
        Assert.Empty(SiaSchemas.Errors(SiaAnswers.Rejected("1", "M", "2094606", ("E12", "Falta el órgano responsable")), "enviaSIA"));
    }

    [Fact]
    public async Task An_accepted_alta_returns_the_code_SIA_assigned()
    {
        var result = await Client().SendAsync(Full(), SiaOperation.Alta);

        Assert.Equal(SiaOutcome.Accepted, result.Outcome);
        var entry = Assert.Single(_sia.Entries.Values);
        Assert.Equal(entry.Code, result.SiaCode);
        Assert.Equal("Licencia de obra mayor", entry.Name);
        Assert.Equal($"SIA aceptó el alta (código SIA {entry.Code}).", result.Reason);
        Assert.Equal("\"http://www.map.es/sgca/actualizar/actualizarSIA_v3_1\"", Assert.Single(_sia.SoapActions));
        Assert.Empty(_sia.SchemaErrors);
    }

    [Fact]
    public async Task The_credentials_travel_escaped_in_the_request()
    {
        await Client().SendAsync(Full(), SiaOperation.Alta);

        var request = Assert.Single(_sia.Received).Envelope;
        Assert.Contains("<user>usuario</user>", request, StringComparison.Ordinal);
        Assert.Contains("<password>clave &amp; &lt;secreta&gt;</password>", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_keeps_SIAs_code_and_message_and_says_why_in_Spanish()
    {
        _sia.Next(new SiaBehaviour.Reject("E-ORG-04", "El organismo responsable no pertenece a la entidad"));

        var result = await Client().SendAsync(Full("2094606"), SiaOperation.Modificacion);

        Assert.Equal(SiaOutcome.Rejected, result.Outcome);
        Assert.Equal("E-ORG-04", result.ResultCode);
        Assert.Equal("E-ORG-04: El organismo responsable no pertenece a la entidad", result.ResultMessage);
        Assert.Equal("SIA rechazó la modificación: E-ORG-04: El organismo responsable no pertenece a la entidad.", result.Reason);
        Assert.False(result.IsTransient);
    }

    [Fact]
    public async Task A_modification_of_a_code_SIA_does_not_have_is_rejected()
    {
        var result = await Client().SendAsync(Full("9999999"), SiaOperation.Modificacion);

        Assert.Equal(SiaOutcome.Rejected, result.Outcome);
        Assert.Contains("No existe la actuación 9999999", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_soap_fault_is_a_fault_with_its_text()
    {
        _sia.Next(new SiaBehaviour.Fault("Usuario o clave incorrectos"));

        var result = await Client().SendAsync(Full(), SiaOperation.Alta);

        Assert.Equal(SiaOutcome.Fault, result.Outcome);
        Assert.Equal("SIA devolvió un error SOAP: Usuario o clave incorrectos", result.Reason);
        Assert.Equal(500, result.HttpStatus);
    }

    [Fact]
    public async Task An_answer_that_is_not_xml_is_malformed()
    {
        _sia.Next(new SiaBehaviour.Garbage());

        var result = await Client().SendAsync(Full(), SiaOperation.Alta);

        Assert.Equal(SiaOutcome.Malformed, result.Outcome);
        Assert.StartsWith("La respuesta de SIA no es XML válido", result.Reason, StringComparison.Ordinal);
        Assert.Equal("OK, recibido", result.Response);
    }

    [Fact]
    public async Task A_service_unavailable_page_is_transient()
    {
        _sia.Next(new SiaBehaviour.Unavailable());

        var result = await Client().SendAsync(Full(), SiaOperation.Alta);

        Assert.True(result.IsTransient);
        Assert.Equal("SIA no está disponible: respondió HTTP 503. Se volverá a intentar.", result.Reason);
    }

    [Fact]
    public async Task A_late_answer_is_a_transient_timeout()
    {
        _sia.Next(new SiaBehaviour.ProcessThenDelay(TimeSpan.FromSeconds(3)));

        var result = await Client(timeoutSeconds: 1).SendAsync(Full(), SiaOperation.Alta);

        Assert.True(result.IsTransient);
        Assert.Equal("SIA no respondió en 1 s. Se volverá a intentar.", result.Reason);
    }

    [Fact]
    public async Task Nothing_listening_is_transient()
    {
        var client = new SiaUpdateClient(_http, new SiaPublishOptions { Endpoint = "http://127.0.0.1:9/actualizar", TimeoutSeconds = 5 });

        var result = await client.SendAsync(Full(), SiaOperation.Alta);

        Assert.True(result.IsTransient);
        Assert.StartsWith("No se pudo conectar con SIA", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_without_the_procedures_result_is_malformed()
    {
        var result = SiaUpdateResponse.Read("<r/>", SiaAnswers.Accepted("otro", "A", "1").Replace("</ACTUACIONES>", "<ACTUACION CODIGOORIGEN=\"x\" OPERACION=\"A\" CODIGOACTUACION=\"2\"><CORRECTO>S</CORRECTO></ACTUACION></ACTUACIONES>"), 200, "28006-41", SiaOperation.Alta);

        Assert.Equal(SiaOutcome.Malformed, result.Outcome);
        Assert.Equal("La respuesta de SIA no trae el resultado del procedimiento 28006-41.", result.Reason);
    }

    [Fact]
    public void An_accepted_alta_without_a_code_is_malformed()
    {
        var result = SiaUpdateResponse.Read("<r/>", SiaAnswers.Accepted("1", "A", ""), 200, "1", SiaOperation.Alta);

        Assert.Equal(SiaOutcome.Malformed, result.Outcome);
        Assert.Equal("SIA aceptó el alta pero no devolvió el código del procedimiento.", result.Reason);
    }

    [Fact]
    public async Task A_lookup_finds_what_SIA_holds_for_the_council()
    {
        var accepted = await Client().SendAsync(Full(), SiaOperation.Alta);

        var entries = await Client().LookupAsync("L01280066", null, null);

        var entry = Assert.Single(entries!);
        Assert.Equal(accepted.SiaCode, entry.Code);
        Assert.Equal("Licencia de obra mayor", entry.Name);
        Assert.Contains("\"http://www.map.es/sgca/consultar/consultarSIA_v3_1\"", _sia.SoapActions);
    }
}
