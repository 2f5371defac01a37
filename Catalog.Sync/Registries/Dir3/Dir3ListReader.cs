using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Catalog.Domain.Registries;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Catalog.Sync.Registries.Dir3;

/// <summary>
/// Reads one of the six official DIR3 open-data unit lists (XLSX), streaming: rows are read one at a time from the
/// sheet's XML, so memory stays flat however long the list is (only the shared-string table is held).
/// </summary>
/// <remarks>
/// The layout (see docs/registries.md): row 1 and column A empty, header on row 2 from column B. Four columns share
/// the header <c>C_DNM_UD_ORGANICA</c>, so columns are found by position relative to unique anchor headers, never by
/// name alone. EELL inserts <c>C_ID_AMB_PROVINCIA, C_DESC_PROV</c> and adds <c>CONTACTOS</c>; Justicia adds
/// <c>CARGADOR</c>. The list's kind is told by its content: those extra columns, else the administration level of its
/// units. The OpenXML SDK opens the package and finds the parts; the shared strings and the sheet are then read with
/// <see cref="RegistryXmlReader"/>, which is several times faster than materialising SDK elements per row and faster
/// than an <see cref="XmlReader"/>. The per-row and per-cell methods are compiled optimised at their first call, as
/// the reader's are (see its remarks).
/// </remarks>
public sealed class Dir3ListReader : IDisposable
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const int HeaderSearchRows = 10;
    private const int KindSearchRows = 200;

    /// <summary>The most columns a row may reach (the lists have at most 19): a cell far to the right would size every row to it.</summary>
    public const int MaxColumns = 256;

    /// <summary>The longest cell text, Excel's own limit: no list Excel wrote has a longer one.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>The most characters the shared-string table may hold in all (it is the one part held in memory).</summary>
    public const long MaxSharedStringChars = 64L << 20;

    private readonly SpreadsheetDocument _document;
    private readonly List<string> _sharedStrings;
    private readonly RegistryXmlReader _sheet;
    private readonly Layout _layout;
    private readonly Queue<(long Row, string?[] Cells)> _buffered = new();
    private readonly string _file;
    private string?[] _cells = new string?[32];
    private long _lastRow;

    private Dir3ListReader(string file, SpreadsheetDocument document, List<string> sharedStrings, RegistryXmlReader sheet, string sheetName)
    {
        _file = file;
        _document = document;
        _sharedStrings = sharedStrings;
        _sheet = sheet;
        SheetName = sheetName;
        _layout = ReadHeader();
        Kind = DetectKind();
    }

    /// <summary>The list this file is, told from its content.</summary>
    public Dir3List Kind { get; }

    /// <summary>The name of the sheet read (the first one; its name varies and is not relied on).</summary>
    public string SheetName { get; }

    /// <summary>Opens a list. Throws <see cref="RegistryFormatException"/> naming the file when it is not a readable list.</summary>
    /// <param name="maxPartBytes">The most bytes one part of the package may inflate to (the source's <c>MaxPartBytes</c>).</param>
    public static Dir3ListReader Open(string path, string? displayName = null, long maxPartBytes = Sources.RegistrySourceOptions.DefaultMaxPartBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = displayName ?? Path.GetFileName(path);
        var sniffed = ContentSniffer.SniffFile(path);
        if (sniffed != SniffedContent.Zip)
        {
            throw new RegistryFormatException(file, sniffed == SniffedContent.Html
                ? $"is an HTML page, not an XLSX list (it starts with \"{ContentSniffer.Excerpt(path)}\")."
                : $"is not an XLSX file (an XLSX file is a ZIP archive; this content is {sniffed}).");
        }

        SpreadsheetDocument? document = null;
        try
        {
            if (ZipParts.FindOversizedPart(path, maxPartBytes, "MaxPartBytes of the source") is { } oversized)
            {
                throw new RegistryFormatException(file, $"is refused: its {oversized}");
            }

            document = SpreadsheetDocument.Open(path, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new RegistryFormatException(file, "has no workbook part; it is not a spreadsheet.");
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new RegistryFormatException(file, "has no sheets.");
            var sheetPart = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
            var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart, file);
            var sheet = new RegistryXmlReader(RegistryXmlReader.OpenUtf8(() => sheetPart.GetStream(FileMode.Open, FileAccess.Read)));
            return new Dir3ListReader(file, document, sharedStrings, sheet, firstSheet.Name?.Value ?? "?");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or FormatException or OpenXmlPackageException or InvalidOperationException or ArgumentException)
        {
            document?.Dispose();
            throw new RegistryFormatException(file, $"is not a readable XLSX file ({e.Message}). It may be truncated or corrupt.", e);
        }
        catch
        {
            document?.Dispose();
            throw;
        }
    }

    /// <summary>The list's rows, in order: accepted units and rejected rows. Blank rows are skipped.</summary>
    public IEnumerable<RegistryRow> ReadRows()
    {
        var sourceList = Kind.SourceListName();
        while (true)
        {
            (long Row, string?[] Cells) row;
            if (_buffered.Count > 0)
            {
                row = _buffered.Dequeue();
            }
            else
            {
                var next = NextRow();
                if (next is null)
                {
                    yield break;
                }

                row = (next.Value, _cells);
            }

            if (IsBlank(row.Cells))
            {
                continue;
            }

            yield return MapUnit(new RowLocation(_file, row.Row), row.Cells, sourceList);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RegistryRow MapUnit(RowLocation at, string?[] cells, string sourceList)
    {
        var l = _layout;
        return Dir3Fields.Unit(at, sourceList, l.Field(cells, l.Code), l.Field(cells, l.UnitName), l.Field(cells, l.Level), l.Field(cells, l.Hierarchy),
            l.Field(cells, l.Parent), l.Field(cells, l.Principal), l.Field(cells, l.Edp), l.Field(cells, l.Status), l.Field(cells, l.Province),
            l.Field(cells, l.EntityType), l.Field(cells, l.Date), l.Field(cells, l.Nif));
    }

    private Layout ReadHeader()
    {
        for (var i = 0; i < HeaderSearchRows; i++)
        {
            var row = NextRow();
            if (row is null)
            {
                break;
            }

            var headers = _cells.Select(c => c?.Trim()).ToArray();
            if (Array.IndexOf(headers, "C_ID_UD_ORGANICA") >= 0)
            {
                return Layout.From(headers, _file, row.Value);
            }
        }

        throw new RegistryFormatException(_file,
            $"sheet '{SheetName}' has no header row with C_ID_UD_ORGANICA in its first {HeaderSearchRows} rows; it is not a DIR3 unit list.");
    }

    private Dir3List DetectKind()
    {
        if (_layout.Loader >= 0)
        {
            return Dir3List.Justicia;
        }

        if (_layout.Province >= 0 || _layout.Contacts >= 0)
        {
            return Dir3List.Eell;
        }

        // Peek ahead for the first unit with a readable administration level; the rows are kept for ReadRows.
        for (var i = 0; i < KindSearchRows; i++)
        {
            var row = NextRow();
            if (row is null)
            {
                break;
            }

            var cells = (string?[])_cells.Clone();
            _buffered.Enqueue((row.Value, cells));
            if (int.TryParse(Cell(cells, _layout.Level)?.Trim(), out var level) && Dir3Lists.ForAdministrationLevel(level) is { } list)
            {
                return list;
            }
        }

        throw new RegistryFormatException(_file, $"sheet '{SheetName}' has no unit with a known C_ID_NIVEL_ADMON (1 to 6), so the list's kind cannot be told.");
    }

    /// <summary>Moves to the next <c>row</c> element and fills <see cref="_cells"/>; returns its row number, or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long? NextRow()
    {
        try
        {
            while (_sheet.Read())
            {
                if (_sheet.Node != RegistryXmlNode.Element || !_sheet.IsNamed("row"u8))
                {
                    continue;
                }

                Array.Clear(_cells);
                var rowNumber = _sheet.TryGetAttribute("r"u8, out var r) && long.TryParse(r, out var number) ? number : _lastRow + 1;
                _lastRow = rowNumber;
                if (_sheet.IsEmptyElement)
                {
                    return rowNumber;
                }

                var depth = _sheet.Depth;
                var column = -1;
                while (_sheet.Read() && !(_sheet.Node == RegistryXmlNode.EndElement && _sheet.Depth == depth))
                {
                    if (_sheet.Node == RegistryXmlNode.Element && _sheet.IsNamed("c"u8))
                    {
                        column = _sheet.TryGetAttribute("r"u8, out var reference) ? ColumnIndex(reference) : column + 1;
                        if (column is < 0 or >= MaxColumns)
                        {
                            throw new RegistryFormatException(_file,
                                $"sheet '{SheetName}', row {rowNumber}: cell {(reference.IsEmpty ? "(unnamed)" : Shorten(reference))} is past column {ColumnLetter(MaxColumns - 1)}, the last one read (the limit is {MaxColumns} columns).");
                        }

                        var isSharedString = _sheet.TryGetAttribute("t"u8, out var type) && type.SequenceEqual("s");
                        var value = ReadCellValue(isSharedString, rowNumber);
                        if (column >= _cells.Length)
                        {
                            Array.Resize(ref _cells, Math.Max(column + 1, _cells.Length * 2));
                        }

                        _cells[column] = value;
                    }
                }

                return rowNumber;
            }

            return null;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw new RegistryFormatException(_file, $"sheet '{SheetName}' cannot be read past row {_lastRow} ({e.Message}); the file may be truncated.", e);
        }
    }

    /// <summary>Reads a cell's value (<c>v</c>, or the <c>t</c> runs of an inline string), leaving the reader on the cell's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadCellValue(bool isSharedString, long rowNumber)
    {
        if (_sheet.IsEmptyElement)
        {
            return null;
        }

        var depth = _sheet.Depth;
        string? value = null;
        // The runs of an inline string after the first, joined in linear time.
        StringBuilder? runs = null;
        // When the value is a plain number naming a shared string, that string's index, kept instead of the text.
        var sharedIndex = -1;
        var inValue = false;
        var inText = false;
        while (_sheet.Read())
        {
            switch (_sheet.Node)
            {
                case RegistryXmlNode.Element:
                    inValue = !_sheet.IsEmptyElement && _sheet.IsNamed("v"u8);
                    inText = !_sheet.IsEmptyElement && _sheet.IsNamed("t"u8);
                    break;
                case RegistryXmlNode.Text:
                    if (inValue)
                    {
                        sharedIndex = isSharedString && _sheet.TryGetTextAsNumber(out var number) && number < _sharedStrings.Count ? number : -1;
                        value = sharedIndex >= 0 ? null : _sheet.Text;
                    }
                    else if (inText)
                    {
                        var before = sharedIndex >= 0 ? sharedIndex.ToString(CultureInfo.InvariantCulture) : value;
                        if (runs is not null)
                        {
                            runs.Append(_sheet.Text);
                        }
                        else if (before is null)
                        {
                            value = _sheet.Text;
                        }
                        else
                        {
                            runs = new StringBuilder(before).Append(_sheet.Text);
                            value = null;
                        }

                        sharedIndex = -1;
                    }

                    if ((runs?.Length ?? value?.Length ?? 0) > MaxCellChars)
                    {
                        throw new RegistryFormatException(_file, $"sheet '{SheetName}', row {rowNumber}: a cell has more than {MaxCellChars:#,0} characters, the longest cell read.");
                    }

                    break;
                case RegistryXmlNode.EndElement:
                    if (_sheet.Depth == depth)
                    {
                        if (runs is not null)
                        {
                            return runs.ToString();
                        }

                        return sharedIndex >= 0 ? _sharedStrings[sharedIndex]
                            : isSharedString && int.TryParse(value, out var index) && index >= 0 && index < _sharedStrings.Count ? _sharedStrings[index] : value;
                    }

                    inValue = inText = false;
                    break;
            }
        }

        return runs?.ToString() ?? (sharedIndex >= 0 ? sharedIndex.ToString(CultureInfo.InvariantCulture) : value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> ReadSharedStrings(SharedStringTablePart? part, string file)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = new RegistryXmlReader(RegistryXmlReader.OpenUtf8(() => part.GetStream(FileMode.Open, FileAccess.Read)));
        // The text of the si being read: most have one t, whose string is kept as it is; runs are joined in linear time.
        var text = string.Empty;
        StringBuilder? runs = null;
        long total = 0;
        var inPhonetic = false;
        void Add(string value)
        {
            total += value.Length;
            if (value.Length > MaxCellChars)
            {
                throw new RegistryFormatException(file, $"shared string {strings.Count + 1:#,0} (part {part.Uri}) has {value.Length:#,0} characters; the longest read is {MaxCellChars:#,0}.");
            }

            if (total > MaxSharedStringChars)
            {
                throw new RegistryFormatException(file, $"the shared-string table (part {part.Uri}) holds more than {MaxSharedStringChars:#,0} characters by string {strings.Count + 1:#,0}, the most read.");
            }

            strings.Add(value);
        }

        string Text() => runs?.ToString() ?? text;

        while (reader.Read())
        {
            if (reader.Node == RegistryXmlNode.Element)
            {
                if (reader.IsNamed("si"u8))
                {
                    text = string.Empty;
                    runs = null;
                    if (reader.IsEmptyElement)
                    {
                        Add(string.Empty);
                    }
                }
                else if (reader.IsNamed("rPh"u8))
                {
                    // Phonetic guides are not part of the cell's text.
                    inPhonetic = !reader.IsEmptyElement;
                }
                else if (reader.IsNamed("t"u8) && !inPhonetic && reader.NamespaceUri == MainNamespace)
                {
                    var run = reader.ReadElementContent();
                    if (text.Length == 0 && runs is null)
                    {
                        text = run;
                    }
                    else
                    {
                        (runs ??= new StringBuilder(text)).Append(run);
                        if (runs.Length > MaxCellChars)
                        {
                            Add(runs.ToString());
                        }
                    }

                    if (reader.Node == RegistryXmlNode.EndElement && reader.IsNamed("si"u8))
                    {
                        Add(Text());
                    }
                }
            }
            else if (reader.Node == RegistryXmlNode.EndElement)
            {
                if (reader.IsNamed("si"u8))
                {
                    Add(Text());
                }
                else if (reader.IsNamed("rPh"u8))
                {
                    inPhonetic = false;
                }
            }
        }

        return strings;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>The column of a cell reference (<c>B3</c> → 1); <see cref="MaxColumns"/> or more for one past the limit, never an overflow.</summary>
    private static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (ch - 'A' + 1);
            if (index > MaxColumns)
            {
                return MaxColumns;
            }
        }

        return index - 1;
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 16 ? text.ToString() : string.Concat(text[..16], "…");

    private static string ColumnLetter(int index)
    {
        // At most a few letters (index is below MaxColumns): prepending is cheap here.
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    private static string? Cell(string?[] cells, int index) => index >= 0 && index < cells.Length ? cells[index] : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBlank(string?[] cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        _sheet.Dispose();
        _document.Dispose();
    }

    /// <summary>Column positions resolved from the header row; -1 where a list has no such column.</summary>
    private sealed record Layout(string[] Headers, int Code, int UnitName, int Level, int EntityType, int Hierarchy, int Province,
        int Parent, int Principal, int Edp, int Status, int Date, int Nif, int Contacts, int Loader)
    {
        /// <summary>How each column is named in messages, worked out once rather than for every field of every row.</summary>
        private readonly string[] _columnNames = Headers.Select((header, index) => $"{ColumnLetter(index)} ({header})").ToArray();

        public static Layout From(string?[] headers, string file, long row)
        {
            var names = headers.Select(h => h ?? string.Empty).ToArray();
            int Find(string header) => Array.IndexOf(names, header);
            int Require(string header) => Find(header) is var i and >= 0
                ? i
                : throw new RegistryFormatException(file, $"the header on row {row} has no {header} column; found: {string.Join(", ", names.Where(n => n.Length > 0))}.");

            var code = Require("C_ID_UD_ORGANICA");
            // The unit's own name is the C_DNM_UD_ORGANICA right after its code; the other three name columns follow
            // the superior, principal and EDP codes and share the header.
            if (code + 1 >= names.Length || !names[code + 1].EndsWith("C_DNM_UD_ORGANICA", StringComparison.Ordinal))
            {
                throw new RegistryFormatException(file, $"the header on row {row} has no C_DNM_UD_ORGANICA right after C_ID_UD_ORGANICA.");
            }

            return new Layout(names, code, code + 1, Require("C_ID_NIVEL_ADMON"), Find("C_ID_TIPO_ENT_PUBLICA"), Find("N_NIVEL_JERARQUICO"),
                Find("C_ID_AMB_PROVINCIA"), Require("C_ID_DEP_UD_SUPERIOR"), Find("C_ID_DEP_UD_PRINCIPAL"), Find("C_ID_DEP_EDP_PRINCIPAL"),
                Require("C_ID_ESTADO"), Find("D_VIG_ALTA_OFICIAL"), Find("NIF_CIF"), Find("CONTACTOS"), Find("CARGADOR"));
        }

        /// <summary>How a column is named in messages: its letter and header, e.g. <c>N (C_ID_ESTADO)</c>.</summary>
        public string Name(int index) => index < 0 ? "?" : _columnNames[index];

        /// <summary>A row's cell in a column, with the column's name.</summary>
        public Field Field(string?[] cells, int index) => new(Cell(cells, index), Name(index));
    }
}
