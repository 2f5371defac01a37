using Catalog.Db.Seed;
using Catalog.Domain.Municipalities;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalog.Db.Migrations;

/// <summary>
/// The data step of the <c>MunicipalityNames</c> migration, called by its Up() on every provider and kept out of the
/// generated files so it survives their regeneration. Databases seeded before it hold the INE list as it was read
/// without CSV quoting: 608 municipality names and three province names with their quotes (<c>"Coruña, A"</c>), and no
/// display names. It strips the quotes from every row, then gives each municipality of the shipped list whose display
/// name differs from its official name (an article INE moved to the end) its display and search names, computed by the
/// domain's <see cref="PlaceName"/> as a fresh seed would. Running it on an empty or already clean table changes nothing.
/// </summary>
internal static class MunicipalityNamesRepair
{
    public static void Apply(MigrationBuilder migrationBuilder)
    {
        // One statement for every row, the seed's or not: standard SQL, where the right-hand sides see the row as it was.
        var (open, close) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer" ? ("[", "]") : ("\"", "\"");
        string Column(string name) => open + name + close;
        string Unquoted(string name) => $"REPLACE({Column(name)}, '\"', '')";
        migrationBuilder.Sql(
            $"UPDATE {Column("Municipalities")} SET "
            + $"{Column("Name")} = {Unquoted("Name")}, {Column("DisplayName")} = {Unquoted("Name")}, "
            + $"{Column("SearchName")} = {Unquoted("SearchName")}, "
            + $"{Column("ProvinceName")} = {Unquoted("ProvinceName")}, {Column("ProvinceDisplayName")} = {Unquoted("ProvinceName")};");

        var municipalities = CatalogSeeder.ReadMunicipalities().ToList();
        foreach (var province in municipalities.Where(m => m.ProvinceDisplayName != m.ProvinceName).DistinctBy(m => m.ProvinceCode))
        {
            migrationBuilder.UpdateData("Municipalities", "ProvinceCode", province.ProvinceCode, "ProvinceDisplayName", province.ProvinceDisplayName);
        }

        foreach (var municipality in municipalities.Where(m => m.DisplayName != m.Name))
        {
            migrationBuilder.UpdateData("Municipalities", "IneCode", municipality.IneCode,
                ["DisplayName", "SearchName"], [municipality.DisplayName, municipality.SearchName]);
        }
    }
}
