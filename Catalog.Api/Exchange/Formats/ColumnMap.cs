namespace Catalog.Api.Exchange.Formats;

/// <summary>
/// Columns a person maps by hand: a header of the file (as the file writes it; case, accents and punctuation do not
/// count) to the catalog column it holds, or to none to leave it out. What the map says wins over the aliases, so a
/// council's <c>Unidad</c> can be read as the description or <c>Código</c> left out. Written <c>Columna=campo</c>
/// on the command line (<c>--map "Trámite=localName"</c>, <c>--map "Notas="</c>).
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, CatalogColumn?> _byHeader = new(StringComparer.Ordinal);

    /// <summary>A map that maps nothing: the aliases decide.</summary>
    public static ColumnMap None { get; } = new();

    /// <summary>Whether the map names any header.</summary>
    public bool IsEmpty => _byHeader.Count == 0;

    /// <summary>Maps <paramref name="header"/> to <paramref name="column"/>; null leaves the header's column out of the import.</summary>
    public ColumnMap Add(string header, CatalogColumn? column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        _byHeader[CatalogColumns.Key(header)] = column;
        return this;
    }

    /// <summary>True when the map names <paramref name="header"/>; <paramref name="column"/> is then what it maps to (null: left out).</summary>
    public bool TryFind(string header, out CatalogColumn? column) => _byHeader.TryGetValue(CatalogColumns.Key(header), out column);

    /// <summary>
    /// Reads <c>Header=field</c> entries; the field is a column's name or any of its aliases, or empty to leave the header out.
    /// </summary>
    /// <exception cref="ImportFileException">An entry has no <c>=</c>, no header, or names no column.</exception>
    public static ColumnMap Parse(IEnumerable<string>? entries)
    {
        var map = new ColumnMap();
        foreach (var entry in entries ?? [])
        {
            var split = entry.LastIndexOf('=');
            if (split <= 0 || entry[..split].Trim().Length == 0)
            {
                throw new ImportFileException($"Column map '{entry}' must be written 'Header=field' (e.g. 'Trámite=localName'), or 'Header=' to leave a column out.");
            }

            map.Add(entry[..split].Trim(), Field(entry[(split + 1)..].Trim(), entry));
        }

        return map;
    }

    /// <summary>The column a field name names; null for an empty name (leave the header out).</summary>
    public static CatalogColumn? Field(string field, string? entry = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0)
        {
            return null;
        }

        return CatalogColumns.FindField(field)
            ?? throw new ImportFileException($"Column map '{entry ?? field}': '{field}' is not a catalog column. Columns: {CatalogColumns.Expected}.");
    }
}
