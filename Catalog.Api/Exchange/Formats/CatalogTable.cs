using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Api.Exchange.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace Catalog.Api.Exchange.Formats;

/// <summary>One data row of a catalog file: its number as the user sees it, and its cells by <see cref="CatalogColumn"/>.</summary>
public sealed class SourceRow(int number, string?[] cells, string? problem = null)
{
    /// <summary>
    /// The row as a spreadsheet shows it (CSV, XLSX: the header is row 1 unless blank lines precede it; in a CSV without
    /// line breaks inside values this is the line number), or the position in the procedures list (JSON), from 1.
    /// </summary>
    public int Number { get; } = number;

    /// <summary>Trimmed cell text by <see cref="CatalogColumn"/>; null for an empty cell or a column the file lacks.</summary>
    public string? this[CatalogColumn column] => cells[(int)column];

    /// <summary>A problem with the row as a whole (wrong number of fields), or null.</summary>
    public string? Problem { get; } = problem;
}

/// <summary>
/// A catalog file opened for reading: its header (which columns it has, named as the file names them) and its rows,
/// read one at a time so a large file never sits in memory whole. Files are CSV (UTF-8, with or without BOM, <c>;</c>
/// or <c>,</c> told from the header, quoted fields, blank lines skipped), XLSX (first sheet, first non-empty row is the
/// header) or JSON (the shape <see cref="CatalogExporter"/> writes).
/// </summary>
public abstract class CatalogTable : IDisposable
{
    private readonly Dictionary<CatalogColumn, string> _headers = [];

    /// <summary>The columns present, with the header text the file uses for each.</summary>
    public IReadOnlyDictionary<CatalogColumn, string> Headers => _headers;

    /// <summary>The header text the file uses for <paramref name="column"/>, or its canonical name when absent.</summary>
    public string HeaderOf(CatalogColumn column) => _headers.GetValueOrDefault(column) ?? CatalogColumns.NameOf(column);

    /// <summary>The data rows, in file order; blank rows are skipped.</summary>
    public abstract IEnumerable<SourceRow> ReadRows();

    /// <summary>Opens <paramref name="stream"/> (seekable) as a catalog file of <paramref name="format"/>; reads its header.</summary>
    public static CatalogTable Open(Stream stream, CatalogFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            CatalogFormat.Csv => new CsvCatalogTable(stream),
            CatalogFormat.Xlsx => new XlsxCatalogTable(stream),
            CatalogFormat.Json => new JsonCatalogTable(stream),
            _ => throw new ImportFileException($"Catalogs cannot be imported from {format}; use CSV, XLSX or JSON."),
        };
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Maps header cells to columns; refuses unknown or repeated headers and a missing local name column.</summary>
    /// <returns>The column of each header cell, null for an empty header cell.</returns>
    protected CatalogColumn?[] MapHeader(IReadOnlyList<string> header, string where)
    {
        var columns = new CatalogColumn?[header.Count];
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].Trim().TrimStart('\uFEFF').Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (CatalogColumns.Find(text) is not { } column)
            {
                unknown.Add($"'{text}'");
                continue;
            }

            if (_headers.TryGetValue(column, out var first))
            {
                throw new ImportFileException($"{where}: '{first}' and '{text}' both name the column {CatalogColumns.NameOf(column)}; keep one.");
            }

            _headers[column] = text;
            columns[i] = column;
        }

        if (_headers.Count == 0)
        {
            throw new ImportFileException(
                $"{where}: the header names no known column. A catalog file starts with a header row of these columns: {CatalogColumns.Expected} (Spanish names such as nombre_local or codigo_sia are accepted too).");
        }

        if (unknown.Count > 0)
        {
            throw new ImportFileException(
                $"{where}: unknown column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}. Known columns: {CatalogColumns.Expected}.");
        }

        if (!_headers.ContainsKey(CatalogColumn.LocalName))
        {
            throw new ImportFileException($"{where}: the column {CatalogColumns.NameOf(CatalogColumn.LocalName)} (nombre_local) is required.");
        }

        return columns;
    }

    /// <summary>Builds a row from cells in header order; a value under an empty header is a problem, not silently lost.</summary>
    protected static SourceRow ToRow(int number, CatalogColumn?[] columns, IReadOnlyList<string?> values, string? problem = null)
    {
        var cells = new string?[CatalogColumns.All.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i]?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (i >= columns.Length || columns[i] is not { } column)
            {
                problem ??= $"Field {i + 1} ('{Shorten(value)}') has no column header; the header has {columns.Length} fields.";
                continue;
            }

            cells[(int)column] = value;
        }

        return new SourceRow(number, cells, problem);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>
/// CSV read with Sep. Quotes are checked here rather than by Sep because Sep, lenient by design, reads an unclosed
/// quote to the end of the file; a catalog import must instead name the line where the quote opened.
/// </summary>
internal sealed class CsvCatalogTable : CatalogTable
{
    private readonly StreamReader _text;
    private readonly char _separator;
    private readonly int _headerLine;
    private readonly CatalogColumn?[] _columns;

    public CsvCatalogTable(Stream stream)
    {
        // Strict UTF-8: a file saved as Windows-1252 ("CSV (separado por comas)" in older Excel) fails loudly instead
        // of turning every accent into garbage. A BOM, if present, is detected and skipped.
        _text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        string? header;
        do
        {
            header = Decode(_text.ReadLine, _headerLine + 1);
            _headerLine++;
        }
        while (header is not null && string.IsNullOrWhiteSpace(header));

        if (header is null)
        {
            throw new ImportFileException($"The file is empty. A catalog file starts with a header row of these columns: {CatalogColumns.Expected}.");
        }

        _separator = DetectSeparator(header, _headerLine);
        var names = SplitLine(header, _separator, _headerLine);
        _columns = MapHeader(names, $"Line {_headerLine} (header)");
    }

    public override IEnumerable<SourceRow> ReadRows()
    {
        using var reader = Sep.New(_separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(_text);
        var values = new List<string?>(_columns.Length);
        var enumerator = reader.GetEnumerator();
        // Where each row starts in the file, for quote errors. Counted from the previous row's end because Sep
        // reports the first row's start line as its end line when it reads without a header.
        var startLine = _headerLine + 1;
        while (Decode(enumerator.MoveNext, _headerLine))
        {
            var row = enumerator.Current;
            var fileLine = startLine;
            startLine = _headerLine + row.LineNumberToExcl;
            // Rows are numbered as a spreadsheet shows them: a value with line breaks stays one row.
            var line = _headerLine + row.RowIndex + 1;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            values.Clear();
            for (var i = 0; i < row.ColCount; i++)
            {
                values.Add(Unquote(row[i].Span, fileLine, i + 1));
            }

            yield return ToRow(line, _columns, values, row.ColCount > _columns.Length
                ? $"The row has {row.ColCount} fields but the header has {_columns.Length}; a value containing '{_separator}' must be in double quotes."
                : null);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
        }
    }

    private static T Decode<T>(Func<T> read, int line)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException error)
        {
            throw new ImportFileException(
                $"The file is not UTF-8 text (invalid bytes near line {line}). In Excel, save it as 'CSV UTF-8 (delimitado por comas)'.", error);
        }
    }

    /// <summary>The separator is whichever of <c>;</c> and <c>,</c> the header uses; a tab-separated header is refused.</summary>
    private static char DetectSeparator(string header, int line)
    {
        int semicolons = 0, commas = 0, tabs = 0, inQuotes = 0;
        foreach (var ch in header)
        {
            switch (ch)
            {
                case '"': inQuotes ^= 1; break;
                case ';' when inQuotes == 0: semicolons++; break;
                case ',' when inQuotes == 0: commas++; break;
                case '\t' when inQuotes == 0: tabs++; break;
            }
        }

        if (tabs > semicolons && tabs > commas)
        {
            throw new ImportFileException(
                $"Line {line} (header) is separated by tabs. Catalog CSV files are separated by ';' or ','; the columns are: {CatalogColumns.Expected}.");
        }

        return semicolons >= commas ? ';' : ',';
    }

    private static List<string> SplitLine(string line, char separator, int lineNumber)
    {
        using var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromText(line);
        var fields = new List<string>();
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                fields.Add(Unquote(row[i].Span, lineNumber, i + 1) ?? string.Empty);
            }
        }

        return fields;
    }

    /// <summary>Removes RFC 4180 quoting; a quote that is opened and never closed is a broken file.</summary>
    private static string? Unquote(ReadOnlySpan<char> raw, int line, int field)
    {
        if (raw.IsEmpty)
        {
            return null;
        }

        var quotes = raw.Count('"');
        if (quotes == 0)
        {
            return raw.ToString();
        }

        if (raw[0] == '"')
        {
            if (raw.Length >= 2 && raw[^1] == '"' && QuotesArePaired(raw[1..^1]))
            {
                return raw[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
            }
        }
        else if (quotes % 2 == 0 && !raw.Contains('\n'))
        {
            // A quote inside an unquoted value (5" screen ") is taken literally, as spreadsheets read it.
            return raw.ToString();
        }

        throw new ImportFileException(
            $"Line {line}, field {field}: a double quote is opened and never closed (or a quote inside a quoted value is not doubled). Everything after it would be read as one value; fix the quote and import again.");
    }

    private static bool QuotesArePaired(ReadOnlySpan<char> inner)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}

/// <summary>XLSX read with the Open XML SDK's forward-only reader, one row element at a time.</summary>
internal sealed class XlsxCatalogTable : CatalogTable
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private readonly CatalogColumn?[] _columns;

    public XlsxCatalogTable(Stream stream)
    {
        try
        {
            _document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new ImportFileException("The file is not an Excel workbook (.xlsx); save it as 'Libro de Excel (.xlsx)' or export it as CSV UTF-8.", error);
        }

        var workbook = _document.WorkbookPart ?? throw new ImportFileException("The workbook has no sheets.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new ImportFileException("The workbook has no sheets.");
        var part = sheet.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
        if (part is null)
        {
            throw new ImportFileException($"The first sheet ('{sheet.Name}') cannot be read; it is not a worksheet.");
        }

        // The shared string table holds each distinct text once; far smaller than the sheet.
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToArray() ?? [];
        _reader = OpenXmlReader.Create(part);
        var sheetName = sheet.Name?.Value ?? "1";
        while (NextRow() is { } row)
        {
            var header = Values(row);
            if (header.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            _columns = MapHeader(header.Select(h => h ?? string.Empty).ToList(), $"Sheet '{sheetName}', row {RowNumber(row)} (header)");
            return;
        }

        throw new ImportFileException($"The first sheet ('{sheetName}') is empty. It needs a header row of these columns: {CatalogColumns.Expected}.");
    }

    public override IEnumerable<SourceRow> ReadRows()
    {
        while (NextRow() is { } row)
        {
            var values = Values(row);
            if (values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return ToRow(RowNumber(row), _columns, values);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
        }
    }

    private Row? NextRow()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
            {
                return (Row)_reader.LoadCurrentElement()!;
            }
        }

        return null;
    }

    private static int RowNumber(Row row) => (int)(row.RowIndex?.Value ?? 0);

    /// <summary>The row's cell texts by column position; cells may be sparse, so position comes from the cell reference.</summary>
    private List<string?> Values(Row row)
    {
        var values = new List<string?>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            while (values.Count < index)
            {
                values.Add(null);
            }

            values.Add(Text(cell));
            next = index + 1;
        }

        return values;
    }

    private string? Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                ? _sharedStrings[index]
                : throw new ImportFileException($"Cell {cell.CellReference} points at shared string {raw}, which the workbook does not have.");
        }

        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>
/// JSON as <see cref="CatalogExporter"/> writes it: an object with a <c>procedures</c> array (or the array alone), each
/// procedure an object whose properties are the column names. Values are turned into the cell text the spreadsheets
/// use, so one validation serves every format.
/// </summary>
internal sealed class JsonCatalogTable : CatalogTable
{
    private readonly JsonDocument _document;
    private readonly JsonElement _procedures;

    public JsonCatalogTable(Stream stream)
    {
        try
        {
            _document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new ImportFileException($"The file is not valid JSON: {error.Message}", error);
        }

        var root = _document.RootElement;
        _procedures = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("procedures", out var list) && list.ValueKind == JsonValueKind.Array ? list
            : throw new ImportFileException("The JSON file must be an object with a 'procedures' array (as the export writes it) or an array of procedures.");
        var names = _procedures.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object)
            .SelectMany(p => p.EnumerateObject().Select(property => property.Name)).Distinct(StringComparer.Ordinal).ToList();
        if (!names.Any(name => CatalogColumns.Find(name) == CatalogColumn.LocalName))
        {
            names.Add(CatalogColumns.NameOf(CatalogColumn.LocalName));
        }

        MapHeader(names, "JSON procedures");
    }

    public override IEnumerable<SourceRow> ReadRows()
    {
        var number = 0;
        foreach (var procedure in _procedures.EnumerateArray())
        {
            number++;
            var cells = new string?[CatalogColumns.All.Count];
            if (procedure.ValueKind != JsonValueKind.Object)
            {
                yield return new SourceRow(number, cells, $"Procedure {number} is not a JSON object.");
                continue;
            }

            string? problem = null;
            foreach (var property in procedure.EnumerateObject())
            {
                var column = CatalogColumns.Find(property.Name)!.Value;
                try
                {
                    cells[(int)column] = column == CatalogColumn.LegalBasis ? LegalBasisText(property.Value) : CellText(property.Value);
                }
                catch (FormatException error)
                {
                    problem ??= $"Property '{property.Name}': {error.Message}";
                }
            }

            yield return new SourceRow(number, cells, problem);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _document.Dispose();
        }
    }

    private static string? CellText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(CatalogVocabulary.ListSeparator, value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()
            : throw new FormatException("a list must hold text values."))),
        _ => throw new FormatException($"a {value.ValueKind} is not expected here."),
    };

    private static string? LegalBasisText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return CellText(value);
        }

        var lines = value.EnumerateArray().Select(reference => reference.ValueKind == JsonValueKind.Object
            ? $"{Field(reference, "rank")} {CatalogVocabulary.LegalFieldSeparator} {Field(reference, "number")} {CatalogVocabulary.LegalFieldSeparator} {Field(reference, "title")}"
            : throw new FormatException("each legal reference must be an object with rank, number and title."));
        return string.Join("\n", lines);
    }

    private static string? Field(JsonElement reference, string name)
        => reference.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
