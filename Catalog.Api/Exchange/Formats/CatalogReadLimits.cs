namespace Catalog.Api.Exchange.Formats;

/// <summary>
/// What an imported catalog file may hold, so that reading it stays bounded in memory and time whatever the file (a
/// zip bomb, a cell reference far to the right, a cell of megabytes). Past a limit the file is refused, naming the
/// limit, the part and the row; nothing is written.
/// </summary>
/// <param name="MaxPartBytes">The most bytes one part of an XLSX package may inflate to.</param>
/// <param name="MaxColumns">The most columns, and the last column a cell reference may name.</param>
/// <param name="MaxCellChars">The longest cell text.</param>
/// <param name="MaxSharedStringChars">The most characters of an XLSX shared-string table.</param>
public sealed record CatalogReadLimits(long MaxPartBytes, int MaxColumns, int MaxCellChars, long MaxSharedStringChars)
{
    /// <summary>The limits the options configure (section <c>Exchange</c>).</summary>
    public static CatalogReadLimits From(ExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.MaxImportBytes * Math.Max(1, options.MaxUncompressedRatio), options.MaxColumns, options.MaxCellChars, options.MaxSharedStringChars);
    }
}
