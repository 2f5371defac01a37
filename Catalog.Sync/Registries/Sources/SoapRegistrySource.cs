using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// A SOAP endpoint called with a configured envelope: SIA's <c>consultarSIA_v3_1</c> (the response envelope is the
/// content; the SIA reader finds <c>enviaSIA</c> in it) or a DIR3 download service (the response carries a base64
/// ZIP of CSV files, decoded here to a temporary file). A SOAP fault is reported with its fault string and is not
/// retried; HTTP failures and timeouts are retried like any HTTP source.
/// </summary>
public sealed class SoapRegistrySource : IRegistrySource
{
    private readonly HttpClient _client;
    private readonly SoapSourceOptions _soap;
    private readonly string? _contentRoot;

    public SoapRegistrySource(RegistrySourceOptions options, HttpClient client, string? contentRoot = null)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _soap = options.Soap ?? throw new ArgumentException($"Registry source '{options.Name}' is of type Soap but has no Soap settings.", nameof(options));
        _contentRoot = contentRoot;
    }

    /// <inheritdoc/>
    public RegistrySourceOptions Options { get; }

    /// <inheritdoc/>
    public async Task<FetchedContent> FetchAsync(CancellationToken cancellationToken = default)
    {
        var envelope = _soap.Envelope
            ?? (_soap.EnvelopeFile is { } file ? await File.ReadAllTextAsync(Path.GetFullPath(file, _contentRoot ?? Directory.GetCurrentDirectory()), cancellationToken) : null)
            ?? throw new RegistrySourceException(Options.Name, "has neither Soap:Envelope nor Soap:EnvelopeFile.");

        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Options.Location)
            {
                Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
            };
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{_soap.Action}\"");
            return request;
        }

        using var response = await HttpFetch.SendAsync(_client, Options, Request, RefuseFaultAsync, cancellationToken);
        var (path, hash, length) = await HttpFetch.SpoolAsync(response, Options, cancellationToken);
        HttpFetch.RefuseHtml(path, response, Options);
        try
        {
            if (_soap.Response == SoapResponseContent.Xml)
            {
                return new FetchedContent(Options, path, Options.Location, hash, length, deleteOnDispose: true);
            }

            var (zip, zipHash, zipLength) = ExtractBase64(path);
            return new FetchedContent(Options, zip, Options.Location, zipHash, zipLength, deleteOnDispose: true);
        }
        finally
        {
            if (_soap.Response != SoapResponseContent.Xml)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>A SOAP fault comes with HTTP 500: it is the service's answer, not a transient failure.</summary>
    private async Task RefuseFaultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!body.Contains("Fault", StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            var document = System.Xml.Linq.XDocument.Parse(body);
            var fault = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Fault");
            if (fault is not null)
            {
                var text = fault.Descendants().FirstOrDefault(e => e.Name.LocalName is "faultstring" or "Text")?.Value ?? fault.Value;
                throw new RegistryFormatException(Options.Location, $"answered with a SOAP fault: {text.Trim()}");
            }
        }
        catch (XmlException)
        {
            // Not XML after all: an ordinary HTTP failure, retried as such.
        }
    }

    /// <summary>Decodes the base64 element of the response, streaming, into a ZIP file; hashes the ZIP.</summary>
    private (string Path, string Hash, long Length) ExtractBase64(string responsePath)
    {
        var zipPath = HttpFetch.TempFile();
        try
        {
            using var reader = XmlReader.Create(responsePath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (reader.LocalName == "Fault")
                {
                    throw new RegistryFormatException(Options.Location, "answered with a SOAP fault: " + reader.ReadInnerXml());
                }

                if (reader.LocalName.Equals(_soap.ResponseElement, StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement)
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    using var zip = File.Create(zipPath);
                    var buffer = new byte[65536];
                    long total = 0;
                    int read;
                    while ((read = reader.ReadElementContentAsBase64(buffer, 0, buffer.Length)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        zip.Write(buffer, 0, read);
                        total += read;
                    }

                    return (zipPath, Convert.ToHexStringLower(hash.GetHashAndReset()), total);
                }

                if (reader.LocalName is "codigo" or "descripcion")
                {
                    // Reading the content moves to the next node, which may be the next element: do not skip it.
                    fields[reader.LocalName] = reader.ReadElementContentAsString();
                    continue;
                }

                reader.Read();
            }

            throw new RegistryFormatException(Options.Location,
                $"answered without a <{_soap.ResponseElement}> element{(fields.Count > 0 ? ": " + string.Join(", ", fields.Select(f => $"{f.Key} {f.Value}")) : string.Empty)}.");
        }
        catch (Exception e) when (e is XmlException or FormatException)
        {
            File.Delete(zipPath);
            throw new RegistryFormatException(Options.Location, $"answered with a response that cannot be read ({e.Message}).", e);
        }
        catch
        {
            File.Delete(zipPath);
            throw;
        }
    }
}
