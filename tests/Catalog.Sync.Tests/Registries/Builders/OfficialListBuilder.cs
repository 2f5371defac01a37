using Catalog.Sync.Registries.Dir3;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>A unit row of an official list; every field is text so tests can put wrong values in.</summary>
public sealed record ListUnit(string Code, string Name, string Level = "1", string? Parent = null, string? Principal = null,
    string Status = "V", string? Nif = null, string? EntityType = null, string? Hierarchy = "2", string? Province = null,
    string? Edp = null, string? Date = null);

/// <summary>
/// Writes DIR3 open-data lists in the official layout of each of the six variants (docs/registries.md): row 1 and
/// column A empty, header on row 2 from column B, the repeated name headers, EELL's province columns and CONTACTOS,
/// Justicia's CARGADOR, and the two extra sheets.
/// </summary>
public static class OfficialListBuilder
{
    public static string[] Header(Dir3List kind)
    {
        var edpName = kind is Dir3List.Age or Dir3List.Justicia ? "EDP.C_DNM_UD_ORGANICA" : "C_DNM_UD_ORGANICA";
        var header = new List<string>
        {
            "C_ID_UD_ORGANICA", "C_DNM_UD_ORGANICA", "C_ID_NIVEL_ADMON", "C_ID_TIPO_ENT_PUBLICA", "N_NIVEL_JERARQUICO",
            "C_ID_DEP_UD_SUPERIOR", "C_DNM_UD_ORGANICA", "C_ID_DEP_UD_PRINCIPAL", "C_DNM_UD_ORGANICA", "B_SW_DEP_EDP_PRINCIPAL",
            "C_ID_DEP_EDP_PRINCIPAL", edpName, "C_ID_ESTADO", "D_VIG_ALTA_OFICIAL", "NIF_CIF",
        };
        if (kind == Dir3List.Eell)
        {
            header.InsertRange(5, ["C_ID_AMB_PROVINCIA", "C_DESC_PROV"]);
            header.Add("CONTACTOS");
        }

        if (kind == Dir3List.Justicia)
        {
            header.Add("CARGADOR");
        }

        return [.. header];
    }

    public static string SheetName(Dir3List kind) => kind switch
    {
        Dir3List.Age or Dir3List.Universidades => "Unidades AGE V+T",
        Dir3List.Ccaa => "Unidades CCAA V+T",
        Dir3List.Eell => "Unidades EELL V+T",
        Dir3List.Institucionales => "Unidades Institucionales V+T",
        _ => "Unidades Justicia V+T",
    };

    public static string Write(string path, Dir3List kind, IEnumerable<ListUnit> units)
    {
        var header = Header(kind);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddSheet(workbook, SheetName(kind), [[], ["", .. header], .. units.Select(u => Values(kind, header, u))]);
        AddSheet(workbook, "Leyenda de campos", [["Campo", "Descripción"], ["C_ID_UD_ORGANICA", "Código de la unidad"]]);
        AddSheet(workbook, "Catálogos de clasificación", [["C_ID_NIVEL_ADMON", "Descripción"], ["1", "Administración del Estado"]]);
        workbook.Workbook.Save();
        return path;
    }

    private static string?[] Values(Dir3List kind, string[] header, ListUnit u)
    {
        var values = new List<string?>
        {
            "", u.Code, u.Name, u.Level, u.EntityType, u.Hierarchy, u.Parent, u.Parent is null ? null : "Nombre de " + u.Parent,
            u.Principal, u.Principal is null ? null : "Nombre de " + u.Principal, u.Edp is null ? "N" : "S", u.Edp,
            u.Edp is null ? null : "Nombre de " + u.Edp, u.Status, u.Date, u.Nif,
        };
        if (kind == Dir3List.Eell)
        {
            values.InsertRange(6, [u.Province, u.Province is null ? null : "Provincia " + u.Province]);
            values.Add("tel: 910000000");
        }

        if (kind == Dir3List.Justicia)
        {
            values.Add("CARGA");
        }

        return values.Count == header.Length + 1 ? [.. values] : throw new InvalidOperationException("Layout mismatch in the test builder.");
    }

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<string?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowNumber = 0;
        foreach (var values in rows)
        {
            rowNumber++;
            var row = new Row { RowIndex = rowNumber };
            for (var i = 0; i < values.Length; i++)
            {
                if (string.IsNullOrEmpty(values[i]))
                {
                    continue;
                }

                var reference = ColumnLetter(i) + rowNumber;
                // Numbers as number cells, text as inline strings: the official files mix both.
                row.Append(int.TryParse(values[i], out _) && values[i]!.Length < 3
                    ? new Cell { CellReference = reference, CellValue = new CellValue(values[i]!), DataType = CellValues.Number }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[i]!)) });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
