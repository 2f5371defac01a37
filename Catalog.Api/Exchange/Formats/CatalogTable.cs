using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Catalog.Api.Exchange.Export;
using Catalog.Domain.Procedures;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace Catalog.Api.Exchange.Formats;

/// <summary>A header of a catalog file: its text, the column it is read as (null when ignored) and, when ignored, why.</summary>
public sealed record DetectedColumn(string Header, CatalogColumn? Column, string? IgnoredBecause);

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
    /// <summary>How many rows before the header may be title rows (a banner, the council's name, a date).</summary>
    public const int MaxTitleRows = 20;

    private readonly Dictionary<CatalogColumn, string> _headers = [];
    private readonly List<DetectedColumn> _detected = [];
    private readonly HashSet<int> _ignored = [];

    /// <summary>The columns present, with the header text the file uses for each.</summary>
    public IReadOnlyDictionary<CatalogColumn, string> Headers => _headers;

    /// <summary>Every header of the file, in order, with the column it was read as (null: ignored) and why.</summary>
    public IReadOnlyList<DetectedColumn> Columns => _detected;

    /// <summary>The headers the import leaves out: unknown to it, mapped to nothing, or naming a column another header already gives.</summary>
    public IEnumerable<DetectedColumn> IgnoredColumns => _detected.Where(c => c.Column is null);

    /// <summary>The header text the file uses for <paramref name="column"/>, or its canonical name when absent.</summary>
    public string HeaderOf(CatalogColumn column) => _headers.GetValueOrDefault(column) ?? CatalogColumns.NameOf(column);

    /// <summary>The data rows, in file order; blank rows are skipped.</summary>
    public abstract IEnumerable<SourceRow> ReadRows();

    /// <summary>Opens <paramref name="stream"/> (seekable) as a catalog file of <paramref name="format"/>; finds and reads its header.</summary>
    /// <param name="limits">What a file may hold; the defaults when null.</param>
    /// <param name="map">Headers mapped by hand; the aliases decide the others.</param>
    public static CatalogTable Open(Stream stream, CatalogFormat format, CatalogReadLimits? limits = null, ColumnMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= CatalogReadLimits.From(new ExchangeOptions());
        map ??= ColumnMap.None;
        CatalogTable table = format switch
        {
            CatalogFormat.Csv => new CsvCatalogTable(stream, limits, map),
            CatalogFormat.Xlsx => new XlsxCatalogTable(stream, limits, map),
            CatalogFormat.Json => new JsonCatalogTable(stream, limits, map),
            _ => throw new ImportFileException($"Catalogs cannot be imported from {format}; use CSV, XLSX or JSON."),
        };
        return table;
    }

    /// <summary>What the file may hold (checked by <see cref="MapHeader"/> and <see cref="ToRow"/> for every format).</summary>
    protected CatalogReadLimits Limits { get; set; } = CatalogReadLimits.From(new ExchangeOptions());

    /// <summary>The headers mapped by hand.</summary>
    protected ColumnMap Map { get; set; } = ColumnMap.None;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>
    /// Whether a row is the header: the first row that names two known columns (a mapped header counts), or one beside
    /// at most one other cell. Rows above it are title rows: a banner, the council's name, a date.
    /// </summary>
    protected bool LooksLikeHeader(IReadOnlyList<string?> cells)
    {
        int known = 0, other = 0;
        foreach (var cell in cells)
        {
            var text = cell?.Trim().TrimStart('\uFEFF').Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if ((Map.TryFind(text, out var mapped) && mapped is not null) || CatalogColumns.Find(text) is not null)
            {
                known++;
            }
            else
            {
                other++;
            }
        }

        return known >= 2 || (known == 1 && other <= 1);
    }

    /// <summary>The refusal for a file in whose first rows no header is found.</summary>
    protected static ImportFileException NoHeader(string where)
        => new($"{where}: the header names no known column. A catalog file has a header row (after any title rows, within the first {MaxTitleRows} rows) naming columns such as: {CatalogColumns.Expected} (Spanish names such as Procedimiento, Clave, Código SIA or Plazo de resolución are accepted too; map others with --map \"Columna=campo\").");

    /// <summary>
    /// Maps header cells to columns: by the hand-made map, else by the aliases. A header no column matches, or one
    /// naming a column an earlier header already gives, is ignored and listed in <see cref="IgnoredColumns"/>; the
    /// local name column is required.
    /// </summary>
    /// <returns>The column of each header cell, null for an empty or ignored header cell.</returns>
    protected CatalogColumn?[] MapHeader(IReadOnlyList<string> header, string where)
    {
        if (header.Count > Limits.MaxColumns)
        {
            throw new ImportFileException($"{where}: the header has {header.Count} fields; a catalog file has at most {Limits.MaxColumns} columns (Exchange:MaxColumns).");
        }

        var columns = new CatalogColumn?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].Trim().TrimStart('\uFEFF').Trim();
            if (text.Length == 0)
            {
                continue;
            }

            CatalogColumn? column;
            if (Map.TryFind(text, out var mapped))
            {
                if (mapped is null)
                {
                    Ignore(i, text, "left out by the column map");
                    continue;
                }

                column = mapped;
            }
            else
            {
                column = CatalogColumns.Find(text);
            }

            if (column is not { } found)
            {
                Ignore(i, text, "not a known column");
                continue;
            }

            if (_headers.TryGetValue(found, out var first))
            {
                Ignore(i, text, $"'{first}' already gives {CatalogColumns.NameOf(found)}");
                continue;
            }

            _headers[found] = text;
            _detected.Add(new DetectedColumn(text, found, null));
            columns[i] = found;
        }

        if (_headers.Count == 0)
        {
            throw NoHeader(where);
        }

        if (!_headers.ContainsKey(CatalogColumn.LocalName))
        {
            throw new ImportFileException($"{where}: the column {CatalogColumns.NameOf(CatalogColumn.LocalName)} (nombre_local, Procedimiento, Denominación) is required; map the column holding the names with --map \"Columna=localName\".");
        }

        return columns;
    }

    private void Ignore(int index, string header, string reason)
    {
        _ignored.Add(index);
        _detected.Add(new DetectedColumn(header, null, reason));
    }

    /// <summary>Builds a row from cells in header order; a value under an empty header is a problem, not silently lost.</summary>
    protected SourceRow ToRow(int number, CatalogColumn?[] columns, IReadOnlyList<string?> values, string? problem = null)
    {
        var cells = new string?[CatalogColumns.All.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i]?.Trim();
            if (string.IsNullOrEmpty(value) || _ignored.Contains(i))
            {
                continue;
            }

            if (value.Length > Limits.MaxCellChars)
            {
                problem ??= $"Field {i + 1} has {value.Length} characters; a cell has at most {Limits.MaxCellChars} (Exchange:MaxCellChars).";
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

    public CsvCatalogTable(Stream stream, CatalogReadLimits limits, ColumnMap map)
    {
        Limits = limits;
        Map = map;
        // Strict UTF-8: a file saved as Windows-1252 ("CSV (separado por comas)" in older Excel) fails loudly instead
        // of turning every accent into garbage. A BOM, if present, is detected and skipped.
        _text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        int? firstLine = null;
        for (var rowsSeen = 0; ;)
        {
            var line = Decode(_text.ReadLine, _headerLine + 1);
            _headerLine++;
            if (line is null)
            {
                throw firstLine is null
                    ? new ImportFileException($"The file is empty. A catalog file starts with a header row of these columns: {CatalogColumns.Expected}.")
                    : NoHeader($"Line {firstLine} (header)");
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            firstLine ??= _headerLine;
            var separator = DetectSeparator(line, _headerLine);
            var names = SplitLine(line, separator, _headerLine);
            // Title rows above the header (a banner, the council's name) are skipped; the header is the first row naming columns.
            if (LooksLikeHeader(names) || ++rowsSeen > MaxTitleRows)
            {
                _separator = separator;
                _columns = MapHeader(names, $"Line {_headerLine} (header)");
                return;
            }
        }
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
                values.Add(WithoutFormulaGuard(Unquote(row[i].Span, fileLine, i + 1)));
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

    /// <summary>
    /// The value without the single quote the export puts before a text starting like a formula (<c>'=…</c>), so an
    /// exported catalog imports back as it was.
    /// </summary>
    private static string? WithoutFormulaGuard(string? value)
        => value is ['\'', _, ..] && CsvSheetWriter.LooksLikeFormula(value[1..]) ? value[1..] : value;

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

/// <summary>
/// XLSX: the Open XML SDK finds the parts; the shared strings and the first sheet are then read with an
/// <see cref="XmlReader"/> (DTDs prohibited), text in chunks, so that what is held stays within
/// <see cref="CatalogReadLimits"/> whatever the file: each part's inflated size is checked before anything is read,
/// a cell past the last column or longer than the longest cell is refused where it is met, and so is a shared-string
/// table larger than its limit. Every reading failure is an <see cref="ImportFileException"/> naming the part and row.
/// </summary>
internal sealed class XlsxCatalogTable : CatalogTable
{
    private const string NotAWorkbook = "The file is not an Excel workbook (.xlsx); save it as 'Libro de Excel (.xlsx)' or export it as CSV UTF-8.";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly CatalogReadLimits _limits;
    private readonly SpreadsheetDocument _document;
    private readonly XmlReader _sheet;
    private readonly string _sheetName;
    private readonly string _sheetPart;
    private readonly List<string> _sharedStrings = [];
    private readonly CatalogColumn?[] _columns;
    private readonly char[] _chunk = new char[4096];
    private readonly StringBuilder _text = new();
    private int _lastRow;

    public XlsxCatalogTable(Stream stream, CatalogReadLimits limits, ColumnMap map)
    {
        _limits = limits;
        Limits = limits;
        Map = map;
        string? oversized;
        try
        {
            oversized = Sync.Registries.ZipParts.FindOversizedPart(stream, limits.MaxPartBytes, "Exchange:MaxUncompressedRatio × Exchange:MaxImportBytes");
        }
        catch (InvalidDataException error)
        {
            throw new ImportFileException(NotAWorkbook, error);
        }

        if (oversized is not null)
        {
            throw new ImportFileException($"The workbook is refused: its {oversized} Nothing was imported.");
        }

        try
        {
            // MaxCharactersInPart bounds the parts the SDK itself parses (the workbook's list of sheets) as well.
            _document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw new ImportFileException(NotAWorkbook, error);
        }

        try
        {
            var workbook = _document.WorkbookPart ?? throw new ImportFileException("The workbook has no sheets.");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new ImportFileException("The workbook has no sheets.");
            var part = sheet.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
            if (part is null)
            {
                throw new ImportFileException($"The first sheet ('{sheet.Name}') cannot be read; it is not a worksheet.");
            }

            _sheetName = sheet.Name?.Value ?? "1";
            _sheetPart = part.Uri.ToString();
            if (workbook.SharedStringTablePart is { } strings)
            {
                ReadSharedStrings(strings);
            }

            _sheet = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);
        }
        catch (Exception error) when (error is XmlException or OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException)
        {
            _document.Dispose();
            throw new ImportFileException($"The workbook cannot be read ({error.Message}); it is damaged or was not written by a spreadsheet program. Nothing was imported.", error);
        }
        catch
        {
            _document.Dispose();
            throw;
        }

        // Title rows above the header (a banner, the council's name, a date) are skipped: the header is the first row naming columns.
        int? firstRow = null;
        var rowsSeen = 0;
        while (NextRow() is { } row)
        {
            if (row.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            firstRow ??= row.Number;
            if (LooksLikeHeader(row.Values) || ++rowsSeen > MaxTitleRows)
            {
                _columns = MapHeader(row.Values.Select(h => h ?? string.Empty).ToList(), $"Sheet '{_sheetName}', row {row.Number} (header)");
                return;
            }
        }

        if (firstRow is { } first)
        {
            _document.Dispose();
            throw NoHeader($"Sheet '{_sheetName}', row {first} (header)");
        }

        throw new ImportFileException($"The first sheet ('{_sheetName}') is empty. It needs a header row of these columns: {CatalogColumns.Expected}.");
    }

    public override IEnumerable<SourceRow> ReadRows()
    {
        while (NextRow() is { } row)
        {
            if (row.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return ToRow(row.Number, _columns, row.Values);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sheet.Dispose();
            _document.Dispose();
        }
    }

    /// <summary>The next row element: its number and its cell texts by column position (cells may be sparse).</summary>
    private (int Number, List<string?> Values)? NextRow()
    {
        try
        {
            while (_sheet.Read())
            {
                if (_sheet.NodeType != XmlNodeType.Element || _sheet.LocalName != "row")
                {
                    continue;
                }

                var number = int.TryParse(_sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _lastRow + 1;
                _lastRow = number;
                var values = new List<string?>();
                if (_sheet.IsEmptyElement)
                {
                    return (number, values);
                }

                var depth = _sheet.Depth;
                var next = 0;
                while (_sheet.Read() && !(_sheet.NodeType == XmlNodeType.EndElement && _sheet.Depth == depth))
                {
                    if (_sheet.NodeType != XmlNodeType.Element || _sheet.LocalName != "c")
                    {
                        continue;
                    }

                    var reference = _sheet.GetAttribute("r");
                    var index = reference is null ? next : ColumnIndex(reference, _limits.MaxColumns);
                    if (index < 0 || index >= _limits.MaxColumns)
                    {
                        throw new ImportFileException(
                            $"Sheet '{_sheetName}', row {number}: cell {Shorten(reference ?? "(unnamed)")} is past column {ColumnName(_limits.MaxColumns - 1)}; a catalog sheet has at most {_limits.MaxColumns} columns (Exchange:MaxColumns). Nothing was imported.");
                    }

                    var text = ReadCell(_sheet.GetAttribute("t"), number);
                    while (values.Count <= index)
                    {
                        values.Add(null);
                    }

                    values[index] = text;
                    next = index + 1;
                }

                return (number, values);
            }

            return null;
        }
        catch (Exception error) when (error is XmlException or InvalidDataException or IOException)
        {
            throw new ImportFileException($"Sheet '{_sheetName}' ({_sheetPart}) cannot be read after row {_lastRow}: {error.Message} Nothing was imported.", error);
        }
    }

    /// <summary>The text of the cell the reader is on (its value, its inline string, or the shared string it names); leaves the reader on its end.</summary>
    private string? ReadCell(string? type, int row)
    {
        if (_sheet.IsEmptyElement)
        {
            return null;
        }

        var depth = _sheet.Depth;
        string? value = null;
        string? inline = null;
        while (_sheet.Read() && !(_sheet.NodeType == XmlNodeType.EndElement && _sheet.Depth == depth))
        {
            if (_sheet.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (_sheet.LocalName)
            {
                case "v":
                    value = ReadElementText(_limits.MaxCellChars, () => $"Sheet '{_sheetName}', row {row}");
                    break;
                case "is":
                    inline = ReadStringItem(() => $"Sheet '{_sheetName}', row {row}");
                    break;
            }
        }

        if (type == "inlineStr")
        {
            return inline;
        }

        if (type == "s" && value is not null)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                ? _sharedStrings[index]
                : throw new ImportFileException($"Sheet '{_sheetName}', row {row}: a cell points at shared string {Shorten(value)}, which the workbook does not have.");
        }

        return value ?? inline;
    }

    /// <summary>Reads every <c>si</c> of the shared-string table, refusing one longer than a cell and a table larger than its limit.</summary>
    private void ReadSharedStrings(SharedStringTablePart part)
    {
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);
        var where = part.Uri.ToString();
        long total = 0;
        var table = Texts(reader);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            var text = table.ReadStringItem(() => $"Shared string {_sharedStrings.Count + 1} ({where})");
            // An empty string counts as one, so that millions of empty items are bounded too.
            total += Math.Max(1, text.Length);
            if (total > _limits.MaxSharedStringChars)
            {
                throw new ImportFileException(
                    $"The shared-string table ({where}) holds more than {_limits.MaxSharedStringChars} characters by string {_sharedStrings.Count + 1} (Exchange:MaxSharedStringChars). Nothing was imported.");
            }

            _sharedStrings.Add(text);
        }
    }

    private TextReading Texts(XmlReader reader) => new(reader, _chunk, _text, _limits.MaxCellChars);

    private string ReadStringItem(Func<string> where) => Texts(_sheet).ReadStringItem(where);

    private string ReadElementText(int max, Func<string> where) => Texts(_sheet).ReadElementText(max, where);

    /// <summary>The column of a cell reference (<c>B3</c> → 1); <paramref name="max"/> for one at or past it, never an overflow.</summary>
    internal static int ColumnIndex(string reference, int max)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > max)
            {
                return max;
            }
        }

        return index - 1;
    }

    private static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    private static string Shorten(string value) => value.Length <= 16 ? value : value[..16] + "…";

    /// <summary>Reads text from an <see cref="XmlReader"/> in chunks, so a text longer than the limit is refused before it is held whole.</summary>
    private readonly struct TextReading(XmlReader reader, char[] chunk, StringBuilder text, int maxChars)
    {
        /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> runs, phonetic guides left out; leaves the reader on its end.</summary>
        public string ReadStringItem(Func<string> where)
        {
            if (reader.IsEmptyElement)
            {
                return string.Empty;
            }

            var depth = reader.Depth;
            string? first = null;
            StringBuilder? runs = null;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "rPh")
                {
                    reader.Skip();
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                    {
                        break;
                    }

                    continue;
                }

                if (reader.LocalName == "t")
                {
                    var run = ReadElementText(maxChars - (runs?.Length ?? first?.Length ?? 0), where);
                    if (first is null)
                    {
                        first = run;
                    }
                    else
                    {
                        (runs ??= new StringBuilder(first)).Append(run);
                    }
                }
            }

            return runs?.ToString() ?? first ?? string.Empty;
        }

        /// <summary>The text inside the element the reader is on, at most <paramref name="max"/> characters; leaves the reader on its end.</summary>
        public string ReadElementText(int max, Func<string> where)
        {
            if (reader.IsEmptyElement)
            {
                return string.Empty;
            }

            var depth = reader.Depth;
            text.Clear();
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                {
                    continue;
                }

                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (text.Length + read > max)
                    {
                        throw new ImportFileException(
                            $"{where()}: a cell has more than {maxChars} characters, the longest a cell may have (Exchange:MaxCellChars). Nothing was imported.");
                    }

                    text.Append(chunk, 0, read);
                }
            }

            return text.ToString();
        }
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

    private readonly Dictionary<string, CatalogColumn> _byName = new(StringComparer.Ordinal);

    public JsonCatalogTable(Stream stream, CatalogReadLimits limits, ColumnMap map)
    {
        Limits = limits;
        Map = map;
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
        if (!names.Any(name => (Map.TryFind(name, out var mapped) ? mapped : CatalogColumns.Find(name)) == CatalogColumn.LocalName))
        {
            names.Add(CatalogColumns.NameOf(CatalogColumn.LocalName));
        }

        var columns = MapHeader(names, "JSON procedures");
        for (var i = 0; i < names.Count; i++)
        {
            if (columns[i] is { } column)
            {
                _byName[names[i]] = column;
            }
        }
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
                if (!_byName.TryGetValue(property.Name, out var column))
                {
                    // An ignored property (unknown, or left out by the map), listed in IgnoredColumns.
                    continue;
                }

                try
                {
                    var text = column == CatalogColumn.LegalBasis ? LegalBasisText(property.Value) : CellText(property.Value);
                    cells[(int)column] = text is { Length: var length } && length > Limits.MaxCellChars
                        ? throw new FormatException($"the value has {length} characters; a cell has at most {Limits.MaxCellChars} (Exchange:MaxCellChars).")
                        : text;
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
