using System.IO.Compression;

namespace Catalog.Sync.Registries;

/// <summary>
/// Checks what each part of a ZIP package (an XLSX, a ZIP of CSVs) inflates to before any of it is read. A few
/// megabytes of deflate can stand for gigabytes of repeated bytes; the declared size of every part is checked against
/// a limit, and .NET's inflater stops at the declared size, so a part cannot grow past it when it is read.
/// </summary>
public static class ZipParts
{
    /// <summary>Refuses a package with a part that inflates to more than <paramref name="maxPartBytes"/>.</summary>
    /// <param name="package">The package, seekable; its position is restored.</param>
    /// <param name="maxPartBytes">The most bytes one part may inflate to.</param>
    /// <param name="limitName">How the limit is configured, for the message (e.g. <c>Exchange:MaxUncompressedRatio</c>).</param>
    /// <returns>The message naming the part and the limit when one is over it, else null.</returns>
    /// <exception cref="InvalidDataException">The package is not a readable ZIP archive.</exception>
    public static string? FindOversizedPart(Stream package, long maxPartBytes, string limitName)
    {
        ArgumentNullException.ThrowIfNull(package);
        var start = package.Position;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > maxPartBytes)
                {
                    return $"part '{entry.FullName}' inflates to {entry.Length:#,0} bytes ({entry.CompressedLength:#,0} compressed); "
                        + $"the limit is {maxPartBytes:#,0} bytes a part ({limitName}).";
                }
            }

            return null;
        }
        finally
        {
            package.Position = start;
        }
    }

    /// <summary>As <see cref="FindOversizedPart(Stream, long, string)"/> for a file.</summary>
    public static string? FindOversizedPart(string path, long maxPartBytes, string limitName)
    {
        using var file = File.OpenRead(path);
        return FindOversizedPart(file, maxPartBytes, limitName);
    }
}
