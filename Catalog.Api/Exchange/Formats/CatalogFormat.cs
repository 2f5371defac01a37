using Catalog.Domain;

namespace Catalog.Api.Exchange.Formats;

/// <summary>The file formats catalogs are exchanged in.</summary>
public enum CatalogFormat
{
    /// <summary>UTF-8 text, one procedure a line, <c>;</c>- or <c>,</c>-separated (exports write <c>;</c> and a BOM, as Spanish Excel expects).</summary>
    Csv,
    /// <summary>An Excel workbook: the first sheet, a header row, one procedure a row.</summary>
    Xlsx,
    /// <summary>The catalog as a JSON document, with the same fields as the spreadsheet columns.</summary>
    Json,
    /// <summary>CPSV-AP 3.2.0 JSON-LD (export only): each procedure a <c>cpsv:PublicService</c>.</summary>
    JsonLd,
    /// <summary>CPSV-AP 3.2.0 Turtle (export only): the same graph as <see cref="JsonLd"/>.</summary>
    Turtle,
}

/// <summary>Names, extensions and media types of <see cref="CatalogFormat"/>.</summary>
public static class CatalogFormats
{
    /// <summary>The formats a city catalog can be imported from.</summary>
    public static IReadOnlyList<CatalogFormat> Importable { get; } = [CatalogFormat.Csv, CatalogFormat.Xlsx, CatalogFormat.Json];

    /// <summary>Reads a format from its name or file extension (<c>csv</c>, <c>.xlsx</c>, <c>jsonld</c>, <c>ttl</c>…), or null.</summary>
    public static CatalogFormat? Find(string? text) => text?.Trim().TrimStart('.').ToUpperInvariant() switch
    {
        "CSV" or "TXT" => CatalogFormat.Csv,
        "XLSX" => CatalogFormat.Xlsx,
        "JSON" => CatalogFormat.Json,
        "JSONLD" or "JSON-LD" or "CPSV" or "CPSV-AP" => CatalogFormat.JsonLd,
        "TTL" or "TURTLE" => CatalogFormat.Turtle,
        _ => null,
    };

    /// <summary>The format of a file, told by its extension.</summary>
    public static CatalogFormat FromFileName(string fileName)
        => Find(Path.GetExtension(fileName)) ?? throw new ImportFileException(
            $"Cannot tell the format of '{Path.GetFileName(fileName)}' from its extension; use .csv, .xlsx or .json.");

    public static string Extension(this CatalogFormat format) => format switch
    {
        CatalogFormat.Csv => "csv",
        CatalogFormat.Xlsx => "xlsx",
        CatalogFormat.Json => "json",
        CatalogFormat.JsonLd => "jsonld",
        CatalogFormat.Turtle => "ttl",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(this CatalogFormat format) => format switch
    {
        CatalogFormat.Csv => "text/csv; charset=utf-8",
        CatalogFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        CatalogFormat.Json => "application/json; charset=utf-8",
        CatalogFormat.JsonLd => "application/ld+json; charset=utf-8",
        CatalogFormat.Turtle => "text/turtle; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}

/// <summary>
/// A catalog file that cannot be read as a whole (too big, not UTF-8, no known header, a broken quote…). Nothing is
/// imported; the message says what is wrong and, where it can, on which line.
/// </summary>
public sealed class ImportFileException : DomainRuleException
{
    public ImportFileException(string message) : base(message, "file")
    {
    }

    public ImportFileException()
    {
    }

    public ImportFileException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
