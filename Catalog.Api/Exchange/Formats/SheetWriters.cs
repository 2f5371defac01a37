using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Catalog.Api.Exchange.Formats;

/// <summary>Writes a table (a header, then rows of text) as CSV or XLSX, one row at a time.</summary>
internal abstract class SheetWriter : IAsyncDisposable
{
    public abstract ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken);

    /// <summary>Finishes the file; nothing written before this is guaranteed to be complete.</summary>
    public abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public static SheetWriter Create(CatalogFormat format, Stream output, string sheetName) => format switch
    {
        CatalogFormat.Csv => new CsvSheetWriter(output),
        CatalogFormat.Xlsx => new XlsxSheetWriter(output, sheetName),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a spreadsheet format."),
    };
}

/// <summary>
/// CSV as Spanish Excel opens it by double click: UTF-8 with a BOM, <c>;</c>-separated, CRLF line ends, fields quoted
/// when they hold a separator, quote or line break. Written by hand rather than with Sep's writer because Sep writes
/// synchronously to a TextWriter, and an HTTP response must be written asynchronously. A cell that starts like a
/// formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return) is prefixed with a single quote, as OWASP
/// advises against CSV injection: a spreadsheet then shows it as text instead of running it.
/// </summary>
internal sealed class CsvSheetWriter(Stream output) : SheetWriter
{
    public const char Separator = ';';

    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true);
    private readonly StringBuilder _line = new();

    public override async ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        _line.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(Separator);
            }

            Append(cells[i]);
        }

        _line.Append("\r\n");
        await _writer.WriteAsync(_line, cancellationToken);
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.FlushAsync(cancellationToken);

    public override ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Whether a spreadsheet would take a cell with this text for a formula.</summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private void Append(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (LooksLikeFormula(value))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _line.Append(value);
            return;
        }

        _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>
/// XLSX written with the Open XML SDK's forward-only writer: rows stream into the sheet part, texts are inline strings
/// (no shared string table to hold in memory), and the header row is frozen. The package format needs a seekable
/// stream, so the exporter hands this a temporary file when the destination is a response. Inline strings are never
/// formulas, so a text starting with <c>=</c> stays text; a character XML does not allow (a control character stored
/// before texts were checked) is written as U+FFFD rather than failing the whole file.
/// </summary>
internal sealed class XlsxSheetWriter : SheetWriter
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private uint _row;
    private bool _completed;

    public XlsxSheetWriter(Stream output, string sheetName)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        _writer = OpenXmlWriter.Create(sheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        _writer.WriteStartElement(new SheetData());
    }

    public override ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        _row++;
        _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, _row.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
            {
                continue;
            }

            _writer.WriteElement(new Cell(new InlineString(new Text(XmlSafe(cells[i]!)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = ColumnName(i) + _row,
                DataType = CellValues.InlineString,
            });
        }

        _writer.WriteEndElement();
        return ValueTask.CompletedTask;
    }

    public override ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (!_completed)
        {
            _writer.WriteEndElement(); // SheetData
            _writer.WriteEndElement(); // Worksheet
            _writer.Close();
            _document.Dispose();
            _completed = true;
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _writer.Dispose();
            _document.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The text with every character XML 1.0 does not allow replaced by U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(ch).Append(text[++i]);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(ch) ? ch : '\uFFFD');
            }
        }

        return safe.ToString();
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
