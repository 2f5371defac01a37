using Catalog.Domain.Registries;
using Catalog.Sync.Registries;
using Catalog.Sync.Tests.Registries.Builders;
using static Catalog.Sync.Tests.Registries.Builders.WebServiceCsvBuilder;

namespace Catalog.Sync.Tests.Registries;

/// <summary>The CSV files of the DIR3 download web services, as a ZIP, a folder or a single file.</summary>
public sealed class Dir3WebServiceReaderTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string FullZip(string name = "dir3.zip") => Zip(_files.PathFor(name),
        ("Unidades.csv", File(56, [
            UnitLine("L01280066", "Ayuntamiento de Alcobendas", nif: "P2800600I", province: "28"),
            UnitLine("LA0012345", "Área de Urbanismo y Medio Ambiente", parent: "L01280066", root: "L01280066", province: "28", entityType: ""),
            UnitLine("LA0012346", "Concejalía extinguida", status: "E", parent: "L01280066", root: "L01280066"),
        ])),
        ("HistoricosUO.csv", File(9, [HistoryLine("LA0012346", "LA0012345", "Fusión de áreas")])),
        ("Oficinas.csv", File(28, [OfficeLine("O00002062", "Oficina de Atención Ciudadana", "L01280066")])),
        ("RelacionesOrganizativasOFI.csv", File(5, [RelationLine("O00002062", "LA0012345")])),
        ("ContactosUO.csv", "not mirrored\n"));

    [Fact]
    public async Task A_download_zip_gives_units_history_offices_and_relations()
    {
        var rows = await ContentReading.ReadAsync(Registry.Dir3, FullZip());

        var units = rows.OfType<UnitRow>().Select(r => r.Unit).ToList();
        Assert.Equal(["L01280066", "LA0012345", "LA0012346"], units.Select(u => u.Code));
        var area = units[1];
        Assert.Equal("Área de Urbanismo y Medio Ambiente", area.Name);
        Assert.Equal("L01280066", area.ParentCode);
        Assert.Equal("L01280066", area.PrincipalCode);
        Assert.Equal(3, area.AdministrationLevel);
        Assert.Equal("28", area.ProvinceCode);
        Assert.Equal("WS", area.SourceList);
        Assert.Equal("P2800600I", units[0].Nif);
        Assert.Equal(RegistryStatus.Extinguished, units[2].Status);

        var succession = Assert.Single(rows.OfType<SuccessionRow>()).Succession;
        Assert.Equal(("LA0012346", "LA0012345", "Fusión de áreas"), (succession.PredecessorCode, succession.SuccessorCode, succession.Reason));
        var office = Assert.Single(rows.OfType<OfficeRow>()).Office;
        Assert.Equal(("O00002062", "Oficina de Atención Ciudadana", "L01280066", "28006", "Plaza Mayor 1", "28100"),
            (office.Code, office.Name, office.ResponsibleUnitCode, office.MunicipalityIneCode, office.Address, office.PostalCode));
        var relation = Assert.Single(rows.OfType<OfficeRelationRow>()).Relation;
        Assert.Equal(("O00002062", "LA0012345", RegistryStatus.Current), (relation.OfficeCode, relation.UnitCode, relation.Status));
        Assert.Empty(rows.OfType<RejectedRow>());
    }

    [Fact]
    public async Task A_folder_of_extracted_files_reads_like_the_zip()
    {
        var folder = _files.PathFor("download");
        _files.Write("download/Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento de Alcobendas")]));
        _files.Write("download/Oficinas.csv", File(28, [OfficeLine("O00002062", "Registro General", "L01280066")]));

        var rows = await ContentReading.ReadAsync(Registry.Dir3, folder);

        Assert.Single(rows.OfType<UnitRow>());
        Assert.Single(rows.OfType<OfficeRow>());
    }

    [Fact]
    public async Task A_row_with_a_wrong_column_count_is_rejected_with_its_line()
    {
        var path = _files.Write("Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento"), "L01280796;1;Madrid;;;V"]));

        var rows = await ContentReading.ReadAsync(Registry.Dir3, path);

        var rejected = Assert.Single(rows.OfType<RejectedRow>());
        Assert.Equal(RejectionReason.WrongColumnCount, rejected.Reason);
        Assert.Equal(3, rejected.Location.Row);
        Assert.Contains("6 columns", rejected.Message, StringComparison.Ordinal);
        Assert.Single(rows.OfType<UnitRow>());
    }

    [Fact]
    public async Task A_file_with_too_few_columns_for_the_layout_is_refused()
    {
        var path = _files.Write("Oficinas.csv", "CODIGO,NOMBRE\nO00002062,Registro\n");

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Dir3, path));

        Assert.Contains("Oficinas.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_and_a_bad_code_are_rejected_with_their_columns()
    {
        var path = _files.Write("Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento", status: "Z"), UnitLine("XX", "Mal")]));

        var rejected = (await ContentReading.ReadAsync(Registry.Dir3, path)).OfType<RejectedRow>().ToList();

        Assert.Equal([RejectionReason.UnknownStatus, RejectionReason.InvalidCode], rejected.Select(r => r.Reason));
        Assert.Equal(["6 (status)", "1 (code)"], rejected.Select(r => r.Column));
    }

    [Fact]
    public async Task A_truncated_zip_is_a_clear_error_naming_the_file()
    {
        var path = _files.Truncated(FullZip("whole.zip"), "cut.zip", 0.6);

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Dir3, path));

        Assert.Contains("cut.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_without_dir3_files_is_refused()
    {
        var path = Zip(_files.PathFor("other.zip"), ("readme.txt", "hola"));

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Dir3, path));

        Assert.Contains("Unidades.csv", error.Message, StringComparison.Ordinal);
    }
}
