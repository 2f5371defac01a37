using Catalog.Domain.Registries;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Dir3;
using Catalog.Sync.Tests.Registries.Builders;

namespace Catalog.Sync.Tests.Registries;

/// <summary>The official DIR3 XLSX lists: the real institutional list, each layout variant, and broken files.</summary>
public sealed class Dir3ListReaderTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static List<RegistryRow> ReadAll(string path, out Dir3List kind)
    {
        using var reader = Dir3ListReader.Open(path);
        kind = reader.Kind;
        return [.. reader.ReadRows()];
    }

    [Fact]
    public void The_real_institutional_list_reads_every_unit_with_its_facts()
    {
        var rows = ReadAll(TestFiles.RealInstitutionalList, out var kind);

        Assert.Equal(Dir3List.Institucionales, kind);
        Assert.Equal(1159, rows.Count);
        var units = rows.OfType<UnitRow>().Select(r => r.Unit).ToDictionary(u => u.Code);
        Assert.Equal(1159, units.Count);
        var defensor = units["I00000001"];
        Assert.Equal("Defensor del Pueblo", defensor.Name);
        Assert.Equal(5, defensor.AdministrationLevel);
        Assert.Equal(1, defensor.HierarchyLevel);
        Assert.Equal("I99999999", defensor.ParentCode);
        Assert.Equal("I00000001", defensor.PrincipalCode);
        Assert.Equal("S2804005C", defensor.Nif);
        Assert.Equal(RegistryStatus.Current, defensor.Status);
        Assert.Equal("Institucionales", defensor.SourceList);
        Assert.Equal("Gabinete de Comunicación", units["I00000003"].Name);
    }

    [Fact]
    public void The_real_list_has_one_root_all_current_units_and_every_parent_inside_it()
    {
        var units = ReadAll(TestFiles.RealInstitutionalList, out _).OfType<UnitRow>().Select(r => r.Unit).ToList();
        var codes = units.Select(u => u.Code).ToHashSet();

        Assert.Equal(["I99999999"], units.Where(u => u.ParentCode == u.Code).Select(u => u.Code));
        Assert.All(units, u => Assert.Equal(RegistryStatus.Current, u.Status));
        Assert.All(units, u => Assert.Contains(u.ParentCode!, codes));
        Assert.Equal(614, units.Count(u => u.Nif is not null));
        Assert.Equal(54, units.Count(u => u.EdpPrincipalCode is not null));
    }

    [Theory]
    [InlineData(Dir3List.Age, "E00003901", "1")]
    [InlineData(Dir3List.Ccaa, "A07008911", "2")]
    [InlineData(Dir3List.Eell, "L01280066", "3")]
    [InlineData(Dir3List.Universidades, "U00200001", "4")]
    [InlineData(Dir3List.Institucionales, "I00000001", "5")]
    [InlineData(Dir3List.Justicia, "J00000001", "6")]
    public void Each_official_layout_is_read_and_its_kind_told_from_the_content(Dir3List kind, string code, string level)
    {
        var path = OfficialListBuilder.Write(_files.PathFor($"{kind}.xlsx"), kind,
        [
            new ListUnit(code, "Órgano raíz", level, Parent: code, Principal: code, Nif: "P2800600I", Province: kind == Dir3List.Eell ? "28" : null, Date: "01/02/03"),
            new ListUnit(kind == Dir3List.Eell ? "LA0012345" : code[..^1] + "9", "Área de Cultura, Educación y Participación Ciudadana", level, Parent: code, Principal: code, Status: "T", Hierarchy: "2"),
        ]);

        var rows = ReadAll(path, out var read);

        Assert.Equal(kind, read);
        var units = rows.Cast<UnitRow>().Select(r => r.Unit).ToList();
        Assert.Equal(2, units.Count);
        Assert.Equal("Órgano raíz", units[0].Name);
        Assert.Equal("01/02/03", units[0].OfficialDate);
        Assert.Equal("P2800600I", units[0].Nif);
        Assert.Equal(code, units[1].ParentCode);
        Assert.Equal(RegistryStatus.Transitional, units[1].Status);
        Assert.Equal("Área de Cultura, Educación y Participación Ciudadana", units[1].Name);
        Assert.Equal(kind == Dir3List.Eell ? "28" : null, units[0].ProvinceCode);
    }

    [Fact]
    public void The_list_kind_does_not_depend_on_the_sheet_name()
    {
        // The Universidades list's sheet is named "Unidades AGE V+T"; its units tell it apart.
        var path = OfficialListBuilder.Write(_files.PathFor("universidades.xlsx"), Dir3List.Universidades, [new ListUnit("U02800001", "Universidad", "4", "U02800001")]);

        ReadAll(path, out var kind);

        Assert.Equal(Dir3List.Universidades, kind);
    }

    [Fact]
    public void A_code_of_the_wrong_form_rejects_its_row_naming_row_and_column()
    {
        var path = OfficialListBuilder.Write(_files.PathFor("bad-code.xlsx"), Dir3List.Age,
            [new ListUnit("E00003901", "Bien", Parent: "E00003901"), new ListUnit("E0000390X", "Mal", Parent: "E00003901")]);

        var rejected = Assert.Single(ReadAll(path, out _).OfType<RejectedRow>());

        Assert.Equal(RejectionReason.InvalidCode, rejected.Reason);
        Assert.Equal(4, rejected.Location.Row);
        Assert.Equal("B (C_ID_UD_ORGANICA)", rejected.Column);
        Assert.Contains("E0000390X", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_rejects_its_row()
    {
        var path = OfficialListBuilder.Write(_files.PathFor("bad-status.xlsx"), Dir3List.Age, [new ListUnit("E00003901", "Órgano", Parent: "E00003901", Status: "X")]);

        var rejected = Assert.IsType<RejectedRow>(Assert.Single(ReadAll(path, out _)));

        Assert.Equal(RejectionReason.UnknownStatus, rejected.Reason);
        Assert.Equal("N (C_ID_ESTADO)", rejected.Column);
    }

    [Fact]
    public void A_town_council_code_with_a_wrong_check_digit_is_rejected()
    {
        var path = OfficialListBuilder.Write(_files.PathFor("bad-council.xlsx"), Dir3List.Eell, [new ListUnit("L01280067", "Ayuntamiento", "3", "L01280067")]);

        var rejected = Assert.IsType<RejectedRow>(Assert.Single(ReadAll(path, out _)));

        Assert.Equal(RejectionReason.InvalidCode, rejected.Reason);
    }

    [Fact]
    public void Shared_strings_with_rich_text_are_joined_run_by_run()
    {
        var path = RawListBuilder.Write(_files.PathFor("shared.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Cell("C", 3, "<v>1</v>", "s")),
            "<si><t>Otra</t></si><si><r><t xml:space=\"preserve\">Área de </t></r><r><rPr><b/></rPr><t>Cultura</t></r></si>");

        var unit = Assert.IsType<UnitRow>(Assert.Single(ReadAll(path, out _))).Unit;

        Assert.Equal("Área de Cultura", unit.Name);
    }

    [Fact]
    public void A_cell_naming_a_shared_string_past_the_end_keeps_its_number()
    {
        var path = RawListBuilder.Write(_files.PathFor("past-end.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Cell("C", 3, "<v>7</v>", "s")), "<si><t>Única</t></si>");

        var unit = Assert.IsType<UnitRow>(Assert.Single(ReadAll(path, out _))).Unit;

        Assert.Equal("7", unit.Name);
    }

    [Fact]
    public void References_cdata_and_comments_in_a_cell_read_as_its_text()
    {
        var path = RawListBuilder.Write(_files.PathFor("markup.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Text("C", 3, "Caf&#xE9; &amp; <!-- nota -->t<![CDATA[é]]>")));

        var unit = Assert.IsType<UnitRow>(Assert.Single(ReadAll(path, out _))).Unit;

        Assert.Equal("Café & té", unit.Name);
    }

    [Fact]
    public void A_list_saved_as_utf16_reads_like_one_in_utf8()
    {
        var path = RawListBuilder.Write(_files.PathFor("utf16.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Text("C", 3, "Órgano de Ñandú")), sheetEncoding: System.Text.Encoding.Unicode);

        var unit = Assert.IsType<UnitRow>(Assert.Single(ReadAll(path, out _))).Unit;

        Assert.Equal("Órgano de Ñandú", unit.Name);
    }

    [Fact]
    public void A_sheet_that_is_not_well_formed_is_a_clear_error_naming_the_last_row_read()
    {
        var path = RawListBuilder.Write(_files.PathFor("broken.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Text("C", 3, "Bien")) + "<row r=\"4\"><c r=\"B4\"><v>1</c></row>");

        var error = Assert.Throws<RegistryFormatException>(() => ReadAll(path, out _));

        Assert.Equal("broken.xlsx", error.File);
        Assert.Contains("past row 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_xlsx_is_a_clear_error_naming_the_file()
    {
        var path = _files.Truncated(TestFiles.RealInstitutionalList, "cut.xlsx");

        var error = Assert.Throws<RegistryFormatException>(() => ReadAll(path, out _));

        Assert.Equal("cut.xlsx", error.File);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_in_place_of_the_list_is_a_clear_error()
    {
        var path = _files.Write("list.xlsx", "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head></html>");

        var error = Assert.Throws<RegistryFormatException>(() => ReadAll(path, out _));

        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains("list.xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spreadsheet_without_the_dir3_header_is_refused()
    {
        var path = OfficialListBuilder.Write(_files.PathFor("other.xlsx"), Dir3List.Age, []);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true))
        {
            // Drop the first sheet so the legend (no DIR3 header) comes first.
            var sheets = document.WorkbookPart!.Workbook.Sheets!;
            sheets.RemoveChild(sheets.FirstChild);
            document.WorkbookPart.Workbook.Save();
        }

        var error = Assert.Throws<RegistryFormatException>(() => ReadAll(path, out _));

        Assert.Contains("C_ID_UD_ORGANICA", error.Message, StringComparison.Ordinal);
    }
}
