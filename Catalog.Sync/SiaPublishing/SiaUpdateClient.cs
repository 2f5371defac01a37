using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Catalog.Domain.Registries;
using Catalog.Domain.SiaPublishing;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Sia;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Calls SIA's update service once per operation (<c>actualizarSIA_v3_1</c>) and its query service to look an entry up
/// (<c>consultarSIA_v3_1</c>), with the conventions of the SOAP registry source: SOAP 1.1, <c>text/xml</c>, a quoted
/// SOAPAction, one timeout per call. It never retries: the queue decides when to try again, so no call is repeated
/// behind the queue's back.
/// </summary>
public sealed class SiaUpdateClient
{
    /// <summary>The SOAPAction of <c>consultarSIA_v3_1</c>.</summary>
    public const string LookupAction = "http://www.map.es/sgca/consultar/consultarSIA_v3_1";

    /// <summary>The query request's namespace (carm-es/eeutil-misc's <c>ParamSIA</c> models, version 3_1).</summary>
    public static readonly XNamespace LookupParam = "http://www.map.es/sgca/consultar/messages/v3_1/ParamSIA";

    private readonly HttpClient _client;
    private readonly SiaPublishOptions _options;
    private readonly SiaCredentials _credentials;

    public SiaUpdateClient(HttpClient client, SiaPublishOptions options, SiaCredentials? credentials = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _credentials = credentials ?? new SiaCredentials(options.User, options.Password, null);
    }

    /// <summary>An HTTP handler presenting the configured client certificate, if any.</summary>
    public static HttpMessageHandler CreateHandler(SiaPublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.LoadCertificate() is { } certificate)
        {
            handler.SslOptions.ClientCertificates = [certificate];
        }

        return handler;
    }

    /// <summary>The credentials of the settings: user, password and the certificate's public part.</summary>
    public static SiaCredentials CredentialsFrom(SiaPublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var certificate = options.LoadCertificate();
        return new SiaCredentials(options.User, options.Password, certificate is null ? null : Convert.ToBase64String(certificate.RawData));
    }

    /// <summary>The envelope that is sent.</summary>
    public string Envelope(SiaActuacion actuacion, SiaOperation operation)
        => SiaUpdateRequest.Envelope(actuacion, operation, _credentials).ToString();

    /// <summary>The same envelope as kept for the audit and shown by a dry run: SIA's password is never stored or shown.</summary>
    public string AuditEnvelope(SiaActuacion actuacion, SiaOperation operation)
        => SiaUpdateRequest.Envelope(actuacion, operation, _credentials with { Password = _credentials.Password is null ? null : "********" }).ToString();

    /// <summary>Sends one operation and reads the answer; every outcome, failures included, comes back as a result.</summary>
    public async Task<SiaPublishResult> SendAsync(SiaActuacion actuacion, SiaOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actuacion);
        var request = Envelope(actuacion, operation);
        var (status, body, failure) = await PostAsync(_options.Endpoint, SiaUpdateRequest.Action, request, cancellationToken);
        return failure is not null
            ? new SiaPublishResult(SiaOutcome.Transient, null, null, null, failure, request, body, status)
            : SiaUpdateResponse.Read(request, body, status ?? 0, actuacion.SourceCode, operation);
    }

    /// <summary>
    /// The entries SIA has for the responsible organism <paramref name="organismN1"/> (and <paramref name="organismN2"/>),
    /// deregistered ones included; null when SIA could not be asked (the caller must not assume the entry is absent).
    /// </summary>
    public async Task<IReadOnlyList<SiaEntry>?> LookupAsync(string organismN1, string? organismN2, string? siaCode, CancellationToken cancellationToken = default)
    {
        var request = new XDocument(new XElement(SiaUpdateRequest.Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soapenv", SiaUpdateRequest.Soap),
            new XElement(SiaUpdateRequest.Soap + "Body",
                new XElement(LookupParam + "paramSIA", new XAttribute("xmlns", LookupParam.NamespaceName),
                    _credentials.User is null ? null : new XElement(LookupParam + "user", _credentials.User),
                    _credentials.Password is null ? null : new XElement(LookupParam + "password", _credentials.Password),
                    _credentials.Certificate is null ? null : new XElement(LookupParam + "certificado", _credentials.Certificate),
                    new XElement(LookupParam + "filtro",
                        new XElement(LookupParam + "anioVolTramitaciones", DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture)),
                        new XElement(LookupParam + "organismo",
                            new XElement(LookupParam + "codOrganismoN1", organismN1),
                            organismN2 is null ? null : new XElement(LookupParam + "codOrganismoN2", organismN2)),
                        siaCode is null ? null : new XElement(LookupParam + "codigoActuacion", siaCode),
                        new XElement(LookupParam + "obtenerBajas", "S")))))).ToString();
        var (status, body, failure) = await PostAsync(_options.LookupEndpoint, LookupAction, request, cancellationToken);
        if (failure is not null || status is not (>= 200 and < 300) || body is null)
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"catalog-sia-lookup-{Guid.NewGuid():N}.xml");
        try
        {
            await File.WriteAllTextAsync(path, body, Encoding.UTF8, cancellationToken);
            return SiaResponseReader.ReadRows(path, "consultarSIA").OfType<SiaRow>().Select(r => r.Entry).ToList();
        }
        catch (RegistryFormatException)
        {
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One POST; a failure to get any answer is described in Spanish instead of thrown.</summary>
    private async Task<(int? Status, string? Body, string? Failure)> PostAsync(string endpoint, string action, string envelope, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
            };
            message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));
            using var response = await _client.SendAsync(message, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout && !body.Contains("Fault", StringComparison.Ordinal))
            {
                return ((int)response.StatusCode, body, $"SIA no está disponible: respondió HTTP {(int)response.StatusCode}. Se volverá a intentar.");
            }

            return ((int)response.StatusCode, body, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null, $"SIA no respondió en {_options.TimeoutSeconds} s. Se volverá a intentar.");
        }
        catch (HttpRequestException e)
        {
            return (null, null, $"No se pudo conectar con SIA ({e.Message}). Se volverá a intentar.");
        }
    }
}
