using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Catalog.Testing;

/// <summary>Workbooks for tests: written as Excel writes them, and read back as a person sees them (the first sheet's name and its rows of cell texts).</summary>
public static class Workbooks
{
    /// <summary>The first sheet's name and rows (cells by column; a missing cell is an empty string).</summary>
    public static (string Sheet, List<List<string>> Rows) ReadFirstSheet(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<List<string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText);
            }

            rows.Add(cells);
        }

        return (sheet.Name!.Value!, rows);
    }

    /// <summary>A workbook as Excel writes it: texts in the shared string table, numbers as numbers; the sheet is named Procedimientos.</summary>
    public static MemoryStream Write(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = new Dictionary<string, int>();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case int number:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                            break;
                        case string text:
                            if (!index.TryGetValue(text, out var i))
                            {
                                i = index[text] = index.Count;
                                strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                            }

                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i) });
                            break;
                    }
                }

                data.AppendChild(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Procedimientos" }));
        }

        stream.Position = 0;
        return stream;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
