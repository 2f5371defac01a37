using System.IO.Compression;
using System.Text;
using Catalog.Sync.Registries.Dir3;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>
/// Writes an AGE unit list whose sheet and shared-string XML the test gives as text, for what the official files may
/// hold but <see cref="OfficialListBuilder"/> does not write: shared strings, rich text, comments, other encodings.
/// The header row (row 2, from column B) is written for the test; unit rows follow it.
/// </summary>
public static class RawListBuilder
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A cell of row <paramref name="row"/>, column <paramref name="column"/>, with the XML inside it.</summary>
    public static string Cell(string column, int row, string content, string? type = null)
        => $"<c r=\"{column}{row}\"{(type is null ? string.Empty : $" t=\"{type}\"")}>{content}</c>";

    /// <summary>An inline-string cell.</summary>
    public static string Text(string column, int row, string text) => Cell(column, row, $"<is><t>{text}</t></is>", "inlineStr");

    /// <summary>A unit row with a code, a name cell given as XML, level 1, its own parent and status V.</summary>
    public static string UnitRow(int row, string code, string nameCell)
        => $"<row r=\"{row}\">{Text("B", row, code)}{nameCell}{Cell("D", row, "<v>1</v>")}{Text("G", row, code)}{Text("N", row, "V")}</row>";

    public static string Write(string path, string unitRows, string? sharedStrings = null, Encoding? sheetEncoding = null)
    {
        var header = OfficialListBuilder.Header(Dir3List.Age);
        var headerRow = "<row r=\"2\">" + string.Concat(header.Select((h, i) => Text(((char)('B' + i)).ToString(), 2, h))) + "</row>";
        var encoding = sheetEncoding ?? new UTF8Encoding(false);
        var sheet = $"<?xml version=\"1.0\" encoding=\"{encoding.WebName}\"?><worksheet xmlns=\"{MainNamespace}\"><sheetData>{headerRow}{unitRows}</sheetData></worksheet>";

        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""", Encoding.UTF8);
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""", Encoding.UTF8);
        Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MainNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Unidades AGE V+T" sheetId="1" r:id="rId1"/></sheets></workbook>""", Encoding.UTF8);
        Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""", Encoding.UTF8);
        Entry(zip, "xl/worksheets/sheet1.xml", sheet, encoding);
        Entry(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{MainNamespace}\">{sharedStrings}</sst>", Encoding.UTF8);
        return path;
    }

    private static void Entry(ZipArchive zip, string name, string text, Encoding encoding)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(encoding.GetPreamble());
        stream.Write(encoding.GetBytes(text));
    }
}
