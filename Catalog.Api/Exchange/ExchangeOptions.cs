namespace Catalog.Api.Exchange;

/// <summary>Options of catalog import and export (section <c>Exchange</c>).</summary>
public sealed class ExchangeOptions
{
    /// <summary>Files larger than this are refused before they are read (default 20 MB).</summary>
    public long MaxImportBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// The public address of the catalog, used to mint the IRIs of CPSV-AP exports (<c>{base}/municipalities/28006/procedures/42</c>).
    /// Null: the address of the request (HTTP) or <c>http://localhost:5080</c> (command line).
    /// </summary>
    public Uri? PublicBaseUri { get; set; }
}
