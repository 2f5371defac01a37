using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Publishing to SIA (<c>Sia:Publish</c> in the settings). Nothing is sent unless <see cref="Enabled"/> is true and the
/// procedure's municipality is listed in <see cref="Municipalities"/>. The endpoints default to SIA's pre-production
/// service (the address the published WSDL gives); production is a deliberate change of <see cref="Endpoint"/>.
/// </summary>
public sealed class SiaPublishOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sia:Publish";

    /// <summary>SIA's pre-production update service, as the published WSDL's <c>soap:address</c> names it.</summary>
    public const string PreProductionEndpoint = "https://pre-sia2.redsara.es/axis2/services/wsSIAActualizarActuaciones";

    /// <summary>SIA's pre-production query service (consultarSIA), on the same host.</summary>
    public const string PreProductionLookupEndpoint = "https://pre-sia2.redsara.es/axis2/services/wsSIAConsultarActuacionesIdentificacion";

    /// <summary>The master switch: false sends nothing for any municipality.</summary>
    public bool Enabled { get; set; }

    /// <summary>The municipalities (INE codes, 5 digits) whose catalogs are published; the others are never sent.</summary>
    public List<string> Municipalities { get; set; } = [];

    /// <summary>The update service (<c>actualizarSIA_v3_1</c>).</summary>
    public string Endpoint { get; set; } = PreProductionEndpoint;

    /// <summary>The query service (<c>consultarSIA_v3_1</c>), asked before an alta is sent again after a crash.</summary>
    public string LookupEndpoint { get; set; } = PreProductionLookupEndpoint;

    /// <summary>SIA's <c>user</c>.</summary>
    public string? User { get; set; }

    /// <summary>SIA's <c>password</c>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// A PKCS#12 file with the client certificate: presented in the TLS handshake, and its public part (base64 DER)
    /// sent as SIA's <c>certificado</c> element.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Timeout of one call.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>How often the sender looks for due operations.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>
    /// A transient failure (timeout, connection error, HTTP 5xx without a fault) is retried for as long as SIA stays
    /// away: the first retry waits this long; each further one twice as long, up to <see cref="MaxRetryDelaySeconds"/>.
    /// </summary>
    public double RetryDelaySeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    public double MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>How long a sender holds its claim on an operation; another sender may take it over after that.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>SIA's code lists for the values the catalog keeps as enums (the lists are not published: see <see cref="SiaCodes"/>).</summary>
    public SiaCodes Codes { get; set; } = new();

    /// <summary>True when <paramref name="ineCode"/>'s catalog is published.</summary>
    public bool PublishesMunicipality(string ineCode) => Enabled && Municipalities.Contains(ineCode, StringComparer.Ordinal);

    /// <summary>Reads <c>Sia:Publish</c>.</summary>
    public static SiaPublishOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SiaPublishOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    /// <summary>The configured client certificate, or null.</summary>
    public X509Certificate2? LoadCertificate()
        => CertificatePath is { Length: > 0 } path ? X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword) : null;
}

/// <summary>
/// SIA's codes for the catalog's enum values. SIA publishes these lists only as code + description in its answers, so
/// the defaults are the codes seen in consultarSIA answers (silence 1 estimatorio, 2 desestimatorio, 3 no procede;
/// term 2 meses; recipient 1 ciudadanos); the rest are configured (<c>Sia:Publish:Codes:*</c>). A value with no
/// code is named by the readiness check, never guessed.
/// </summary>
public sealed class SiaCodes
{
    /// <summary>Silence effect: <c>Positive</c>, <c>Negative</c>, <c>NotApplicable</c> → <c>CODEFECTOSILENCIO*</c>.</summary>
    public Dictionary<string, string> SilenceEffect { get; set; } = new(StringComparer.Ordinal) { ["Positive"] = "1", ["Negative"] = "2", ["NotApplicable"] = "3" };

    /// <summary>Term unit: <c>BusinessDays</c>, <c>CalendarDays</c>, <c>Months</c> → <c>CODTIPOPLAZORESOLUCION</c>.</summary>
    public Dictionary<string, string> TermUnit { get; set; } = new(StringComparer.Ordinal) { ["Months"] = "2" };

    /// <summary>Recipients: <c>Citizens</c>, <c>Companies</c>, <c>Administrations</c> → <c>CODDESTINATARIO</c>.</summary>
    public Dictionary<string, string> Recipient { get; set; } = new(StringComparer.Ordinal) { ["Citizens"] = "1" };

    /// <summary>Channels: <c>InPerson</c>, <c>Online</c>, <c>Telephone</c>, <c>Post</c> → <c>CANALACCESO</c>.</summary>
    public Dictionary<string, string> Channel { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Subject (the catalog's family, folded) → <c>CODMATERIA</c>.</summary>
    public Dictionary<string, string> Subject { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regulation rank (as the catalog reads it: <c>Ley</c>, <c>Real Decreto</c>, <c>Ordenanza</c>…) → <c>CODRANGO</c>.</summary>
    public Dictionary<string, string> Rank { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
