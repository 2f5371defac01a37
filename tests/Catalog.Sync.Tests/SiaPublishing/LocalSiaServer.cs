using System.Collections.Concurrent;
using System.Globalization;
using System.Xml.Linq;
using Catalog.Sync.Tests.Registries.Builders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Catalog.Sync.Tests.SiaPublishing;

/// <summary>What the local SIA does with the next update request.</summary>
public abstract record SiaBehaviour
{
    /// <summary>Does what SIA does: an alta gets a new code, a modification needs a known code.</summary>
    public sealed record Normal : SiaBehaviour;

    public sealed record Reject(string Code, string Text) : SiaBehaviour;

    public sealed record Fault(string Text) : SiaBehaviour;

    /// <summary>Answers HTTP 503 with an HTML page (a proxy in front of SIA).</summary>
    public sealed record Unavailable : SiaBehaviour;

    /// <summary>Answers 200 with something that is not XML.</summary>
    public sealed record Garbage : SiaBehaviour;

    /// <summary>Does the work (an alta is stored) but answers only after <paramref name="Wait"/>: the client gives up first.</summary>
    public sealed record ProcessThenDelay(TimeSpan Wait) : SiaBehaviour;
}

/// <summary>An entry the local SIA holds.</summary>
public sealed record LocalSiaEntry(string Code, string Name, string N1, string? N2, bool Active);

/// <summary>A request the local SIA received, after it validated against ParamSIA_v3_1.xsd.</summary>
public sealed record ReceivedSiaRequest(string Operation, string SourceCode, string SiaCode, string? Name, string Envelope);

/// <summary>
/// A local SIA on 127.0.0.1 (a free port): <c>/actualizar</c> validates each request against ParamSIA_v3_1.xsd (a
/// request that does not validate is refused with a fault and recorded in <see cref="SchemaErrors"/>) and answers like
/// SIA, each answer validated against EnviaSIA_v3_1.xsd; <c>/consultar</c> answers consultarSIA with the entries it holds.
/// Tests script the next answers with <see cref="Next"/>.
/// </summary>
public sealed class LocalSiaServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<SiaBehaviour> _script = new();
    private WebApplication? _app;
    private int _nextCode = 2100000;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string UpdateUrl => new Uri(BaseAddress, "actualizar").ToString();

    public string LookupUrl => new Uri(BaseAddress, "consultar").ToString();

    /// <summary>SIA's store, by code.</summary>
    public ConcurrentDictionary<string, LocalSiaEntry> Entries { get; } = new();

    public ConcurrentQueue<ReceivedSiaRequest> Received { get; } = new();

    public ConcurrentQueue<string> SchemaErrors { get; } = new();

    public ConcurrentQueue<string> SoapActions { get; } = new();

    public int Lookups;

    /// <summary>Queues the behaviours of the next update requests, in order; after them SIA behaves normally.</summary>
    public void Next(params SiaBehaviour[] behaviours)
    {
        foreach (var behaviour in behaviours)
        {
            _script.Enqueue(behaviour);
        }
    }

    public void Reset()
    {
        _script.Clear();
        Entries.Clear();
        Received.Clear();
        SchemaErrors.Clear();
        SoapActions.Clear();
        Lookups = 0;
    }

    public async Task InitializeAsync()
    {
        var app = Loopback.Create();
        app.MapPost("/actualizar", Update);
        app.MapPost("/consultar", Lookup);
        _app = app;
        BaseAddress = await Loopback.StartAsync(app);
    }

    public Task DisposeAsync() => Loopback.StopAsync(_app);

    private async Task<IResult> Update(HttpRequest request, CancellationToken cancellationToken)
    {
        SoapActions.Enqueue(request.Headers["SOAPAction"].ToString());
        using var body = new StreamReader(request.Body);
        var envelope = await body.ReadToEndAsync(cancellationToken);
        var errors = SiaSchemas.Errors(envelope, "paramSIA");
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                SchemaErrors.Enqueue(error);
            }

            return Answer(SiaAnswers.Fault("soapenv:Client", "La petición no es válida según ParamSIA_v3_1.xsd: " + errors[0]), 500);
        }

        var actuacion = XDocument.Parse(envelope).Descendants().First(e => e.Name.LocalName == "ACTUACION");
        var operation = (string)actuacion.Attribute("OPERACION")!;
        var source = (string?)actuacion.Attribute("CODIGOORIGEN") ?? string.Empty;
        var code = (string)actuacion.Attribute("CODIGOACTUACION")!;
        string? Field(string name) => actuacion.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        Received.Enqueue(new ReceivedSiaRequest(operation, source, code, Field("DENOMINACION"), envelope));

        var behaviour = _script.TryDequeue(out var next) ? next : new SiaBehaviour.Normal();
        switch (behaviour)
        {
            case SiaBehaviour.Reject reject:
                return Answer(SiaAnswers.Rejected(source, operation, code, (reject.Code, reject.Text)));
            case SiaBehaviour.Fault fault:
                return Answer(SiaAnswers.Fault("soapenv:Server", fault.Text), 500);
            case SiaBehaviour.Unavailable:
                return Results.Content("<!DOCTYPE html><html><body>Servicio no disponible</body></html>", "text/html", statusCode: 503);
            case SiaBehaviour.Garbage:
                return Results.Content("OK, recibido", "text/plain");
            case SiaBehaviour.ProcessThenDelay delay:
                var answer = Process(operation, source, code, Field("DENOMINACION"), Field("CODORGANISMORESPONSABLEN1"), Field("CODORGANISMORESPONSABLEN2"));
                await Task.Delay(delay.Wait, CancellationToken.None);
                return Answer(answer);
            default:
                return Answer(Process(operation, source, code, Field("DENOMINACION"), Field("CODORGANISMORESPONSABLEN1"), Field("CODORGANISMORESPONSABLEN2")));
        }
    }

    private string Process(string operation, string source, string code, string? name, string? n1, string? n2)
    {
        if (operation == "A")
        {
            var created = Interlocked.Increment(ref _nextCode).ToString(CultureInfo.InvariantCulture);
            Entries[created] = new LocalSiaEntry(created, name ?? string.Empty, n1 ?? string.Empty, n2, Active: true);
            return SiaAnswers.Accepted(source, operation, created);
        }

        if (!Entries.TryGetValue(code, out var entry))
        {
            return SiaAnswers.Rejected(source, operation, code, ("ERR-001", $"No existe la actuación {code}"));
        }

        Entries[code] = operation switch
        {
            "M" => entry with { Name = name ?? entry.Name, N1 = n1 ?? entry.N1, N2 = n2 },
            "B" => entry with { Active = false },
            "AC" => entry with { Active = true },
            _ => entry,
        };
        return SiaAnswers.Accepted(source, operation, code);
    }

    private IResult Answer(string xml, int status = 200)
    {
        var element = xml.Contains("enviaSIA", StringComparison.Ordinal) ? "enviaSIA" : null;
        if (element is not null)
        {
            foreach (var error in SiaSchemas.Errors(xml, element))
            {
                SchemaErrors.Enqueue("answer: " + error);
            }
        }

        return Results.Content(xml, "text/xml; charset=utf-8", statusCode: status);
    }

    private async Task<IResult> Lookup(HttpRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Lookups);
        SoapActions.Enqueue(request.Headers["SOAPAction"].ToString());
        using var body = new StreamReader(request.Body);
        var filter = XDocument.Parse(await body.ReadToEndAsync(cancellationToken)).Descendants().First(e => e.Name.LocalName == "filtro");
        var n1 = filter.Descendants().First(e => e.Name.LocalName == "codOrganismoN1").Value;
        var entries = Entries.Values.Where(e => e.N1 == n1).OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new SiaTestEntry(e.Code, e.Name, e.N1, e.N2, Status: e.Active ? "A" : "B", StatusDescription: e.Active ? "Alta" : "Baja"));
        return Results.Content(SiaXmlBuilder.Envelope(entries), "text/xml; charset=utf-8");
    }
}
