namespace Catalog.Api.Exchange;

/// <summary>Options of catalog import and export (section <c>Exchange</c>).</summary>
public sealed class ExchangeOptions
{
    /// <summary>
    /// Files larger than this are refused before they are read. The default, 32 MB, takes a 100,000-procedure catalog
    /// with every column filled (about 30 MB of CSV).
    /// </summary>
    public long MaxImportBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// How many times <see cref="MaxImportBytes"/> one part of an XLSX file may inflate to: a few megabytes of deflate can
    /// stand for gigabytes, so a workbook with a larger part is refused before it is read. Default 4 (128 MB a part).
    /// </summary>
    public int MaxUncompressedRatio { get; set; } = 4;

    /// <summary>The most columns a catalog file may have, and the last column a cell may name. Default 64 (a catalog has 17).</summary>
    public int MaxColumns { get; set; } = 64;

    /// <summary>The longest text of one cell. Default 32,767, Excel's own limit.</summary>
    public int MaxCellChars { get; set; } = 32_767;

    /// <summary>The most characters an XLSX shared-string table may hold in all (it is held while the sheet is read). Default 32 Mi.</summary>
    public long MaxSharedStringChars { get; set; } = 32L << 20;

    /// <summary>
    /// The public address of the catalog, used to mint the IRIs of CPSV-AP exports (<c>{base}/municipalities/28006/procedures/42</c>).
    /// Null: the address of the request (HTTP) or <c>http://localhost:5080</c> (command line).
    /// </summary>
    public Uri? PublicBaseUri { get; set; }
}
