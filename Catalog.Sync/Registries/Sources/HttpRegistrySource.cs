namespace Catalog.Sync.Registries.Sources;

/// <summary>An HTTP(S) URL fetched with GET: the published DIR3 lists, a SIA export put on a web server.</summary>
public sealed class HttpRegistrySource : IRegistrySource
{
    private readonly HttpClient _client;

    public HttpRegistrySource(RegistrySourceOptions options, HttpClient client)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _client = client ?? throw new ArgumentNullException(nameof(client));
    }

    /// <inheritdoc/>
    public RegistrySourceOptions Options { get; }

    /// <inheritdoc/>
    public async Task<FetchedContent> FetchAsync(CancellationToken cancellationToken = default)
    {
        using var response = await HttpFetch.SendAsync(_client, Options, () => new HttpRequestMessage(HttpMethod.Get, Options.Location), null, cancellationToken);
        var (path, hash, length) = await HttpFetch.SpoolAsync(response, Options, cancellationToken);
        HttpFetch.RefuseHtml(path, response, Options);
        return new FetchedContent(Options, path, Options.Location, hash, length, deleteOnDispose: true);
    }
}
