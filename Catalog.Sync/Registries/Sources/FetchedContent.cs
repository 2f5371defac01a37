using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// What a source fetched: a local file (or folder) and the SHA-256 of its content. Fetched network content is spooled
/// to a temporary file, deleted when this is disposed; a local file source points at the file itself.
/// </summary>
public sealed class FetchedContent : IDisposable, IAsyncDisposable
{
    private readonly bool _deleteOnDispose;

    /// <summary>Content fetched for <paramref name="source"/>; <paramref name="deleteOnDispose"/> for temporary copies.</summary>
    public FetchedContent(RegistrySourceOptions source, string path, string displayName, string contentHash, long length, bool deleteOnDispose)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Path = path;
        DisplayName = displayName;
        ContentHash = contentHash;
        Length = length;
        _deleteOnDispose = deleteOnDispose;
    }

    /// <summary>The source it came from.</summary>
    public RegistrySourceOptions Source { get; }

    /// <summary>The local file (or folder of CSV files) holding the content.</summary>
    public string Path { get; }

    /// <summary>How the content is named in messages: the file name or the URL.</summary>
    public string DisplayName { get; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string ContentHash { get; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; }

    /// <summary>True when the mirror last loaded exactly this content from this source; the caller may skip it.</summary>
    public bool IsUnchangedSince(RegistrySourceState? state)
        => state?.ContentHash is { } hash && string.Equals(hash, ContentHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>Deletes a temporary copy; a local source's file is left alone.</summary>
    public void Dispose()
    {
        if (!_deleteOnDispose)
        {
            return;
        }

        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
            else
            {
                File.Delete(Path);
            }
        }
        catch (IOException)
        {
            // A temp file still open elsewhere is left for the OS to clean; it holds nothing secret.
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
