using System.Security.Cryptography;

namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// A local file, or a folder of DIR3 web-service CSV files. Nothing is copied: the content is read where it is, and
/// hashed (a folder's hash covers its file names and contents, in name order).
/// </summary>
public sealed class FileRegistrySource : IRegistrySource
{
    private readonly string _path;

    /// <param name="contentRoot">What a relative <see cref="RegistrySourceOptions.Location"/> resolves against.</param>
    public FileRegistrySource(RegistrySourceOptions options, string? contentRoot = null)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _path = Path.GetFullPath(options.Location, contentRoot ?? Directory.GetCurrentDirectory());
    }

    /// <inheritdoc/>
    public RegistrySourceOptions Options { get; }

    /// <inheritdoc/>
    public async Task<FetchedContent> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(_path))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            foreach (var file in Directory.EnumerateFiles(_path).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
                await using var stream = File.OpenRead(file);
                length += await AppendAsync(hash, stream, cancellationToken);
            }

            return new FetchedContent(Options, _path, Path.GetFileName(_path), Convert.ToHexStringLower(hash.GetHashAndReset()), length, deleteOnDispose: false);
        }

        if (!File.Exists(_path))
        {
            throw new RegistrySourceException(Options.Name, $"file '{_path}' does not exist.");
        }

        await using (var stream = File.OpenRead(_path))
        {
            if (stream.Length > Options.MaxBytes)
            {
                throw new RegistrySourceException(Options.Name, $"file '{_path}' has {stream.Length:N0} bytes, more than the {Options.MaxBytes:N0} allowed (MaxBytes).");
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var length = await AppendAsync(hash, stream, cancellationToken);
            return new FetchedContent(Options, _path, Path.GetFileName(_path), Convert.ToHexStringLower(hash.GetHashAndReset()), length, deleteOnDispose: false);
        }
    }

    private static async Task<long> AppendAsync(IncrementalHash hash, Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            total += read;
        }

        return total;
    }
}
