namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// A place registry content is fetched from: a local file or folder, an HTTP(S) URL or a SOAP endpoint. Fetching
/// gives a local copy and its SHA-256, so an unchanged source can be skipped (see
/// <see cref="FetchedContent.IsUnchangedSince"/>); reading and loading are the loader's job.
/// </summary>
public interface IRegistrySource
{
    RegistrySourceOptions Options { get; }

    /// <summary>
    /// Fetches the content. Throws <see cref="RegistrySourceException"/> when it cannot be had (after retries), and
    /// <see cref="RegistryFormatException"/> when what came is not a file (an HTML page, a SOAP fault).
    /// </summary>
    Task<FetchedContent> FetchAsync(CancellationToken cancellationToken = default);
}

/// <summary>A source could not be fetched: missing file, HTTP error, timeout, content too large.</summary>
public sealed class RegistrySourceException : Exception
{
    public RegistrySourceException(string source, string message, Exception? innerException = null)
        : base($"Registry source '{source}': {message}", innerException)
    {
        Source = source;
    }

    public RegistrySourceException()
    {
    }

    public RegistrySourceException(string message) : base(message)
    {
    }

    public RegistrySourceException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The configured source's name.</summary>
    public new string? Source { get; }
}
