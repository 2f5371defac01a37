using System.Text;
using Catalog.Db.Seed;
using Catalog.Domain.Municipalities;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using nietras.SeparatedValues;

namespace Catalog.Db.Tests;

/// <summary>The municipality list is read with its CSV quoting, and the MunicipalityNames migration repairs a database seeded without it.</summary>
public static class ShippedMunicipalityListTests
{
    [Fact]
    public static void The_seed_reads_quoted_names_without_their_quotes()
    {
        var municipalities = CatalogSeeder.ReadMunicipalities().ToDictionary(m => m.IneCode, StringComparer.Ordinal);

        Assert.Equal(8131, municipalities.Count);
        Assert.DoesNotContain(municipalities.Values, m => m.Name.Contains('"', StringComparison.Ordinal) || m.ProvinceName.Contains('"', StringComparison.Ordinal));
        Assert.Equal(("Coruña, A", "A Coruña", "Coruña, A", "A Coruña"),
            (municipalities["15030"].Name, municipalities["15030"].DisplayName, municipalities["15030"].ProvinceName, municipalities["15030"].ProvinceDisplayName));
        Assert.Equal("Las Palmas de Gran Canaria", municipalities["35016"].DisplayName);
        Assert.Equal("L'Hospitalet de Llobregat", municipalities["08101"].DisplayName);
        Assert.Equal("Saus, Camallera i Llampaies", municipalities["17187"].DisplayName);
    }

    [Fact]
    public static void A_quoted_field_holding_the_separator_is_one_field()
    {
        const string Csv = "ine_code,check_digit,name,province_code,province,ccaa_code,ccaa,town_council_dir3\n"
            + "15030,8,\"Coruña, A\",15,\"Coruña, A\",12,Galicia,L01150308\n"
            + "17187,0,\"Saus, Camallera i Llampaies\",17,Girona,09,Cataluña,L01171870\n";

        var read = CatalogSeeder.ReadMunicipalities(new MemoryStream(Encoding.UTF8.GetBytes(Csv))).ToList();

        Assert.Equal([("Coruña, A", "Coruña, A", "12"), ("Saus, Camallera i Llampaies", "Girona", "09")], read.Select(m => (m.Name, m.ProvinceName, m.RegionCode)));
    }

    [Fact]
    public static void Every_name_ine_inverts_reads_in_natural_order()
    {
        var articles = new[] { ", El", ", La", ", Los", ", Las", ", L'", ", Els", ", Les", ", Es", ", Sa", ", Ses", ", O", ", A", ", Os", ", As" };
        var inverted = CatalogSeeder.ReadMunicipalities()
            .Where(m => m.DisplayName.Split('/').Any(form => articles.Any(a => form.EndsWith(a, StringComparison.OrdinalIgnoreCase))))
            .Select(m => m.DisplayName);

        Assert.Empty(inverted);
    }
}

/// <summary>A database seeded before MunicipalityNames is repaired by it; run once per provider by the classes below.</summary>
public abstract class MunicipalityNamesSuite(TestDatabase database)
{
    private const string Migration = "_MunicipalityNames";

    [SkippableFact]
    public async Task The_migration_repairs_a_database_seeded_without_csv_quoting()
    {
        await using (var db = database.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith(Migration, StringComparison.Ordinal)) - 1];
            await migrator.MigrateAsync(before);
            await SeedTheOldWayAsync(db);
            Assert.Equal("\"Coruña, A\"", await NameOfAsync(db, "15030"));

            await migrator.MigrateAsync();
        }

        await using var check = database.CreateContext();
        var expected = CatalogSeeder.ReadMunicipalities().ToDictionary(m => m.IneCode, Names, StringComparer.Ordinal);
        var repaired = await check.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.IneCode, Names, StringComparer.Ordinal);
        Assert.Equal(("Coruña, A", "A Coruña", "coruna, a | a coruna", "Coruña, A", "A Coruña"), repaired["15030"]);
        Assert.Equal(expected.Count, repaired.Count);
        Assert.Empty(expected.Where(e => repaired[e.Key] != e.Value).Select(e => $"{e.Key}: {repaired[e.Key]} instead of {e.Value}"));
    }

    private static (string, string, string, string, string) Names(Municipality m) => (m.Name, m.DisplayName, m.SearchName, m.ProvinceName, m.ProvinceDisplayName);

    /// <summary>What the seed stored before it read CSV quoting: every field as written, quotes and all (the name trimmed).</summary>
    private static async Task SeedTheOldWayAsync(CatalogDbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var stream = File.OpenRead(RepositoryPaths.Combine("db", "Seed", "Data", "municipios-ine.csv"));
        using var reader = Sep.Reader().From(stream);
        foreach (var row in reader)
        {
            string ine = row["ine_code"].ToString(), name = row["name"].ToString().Trim(), province = row["province"].ToString();
            var digit = int.Parse(row["check_digit"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            string provinceCode = row["province_code"].ToString(), regionCode = row["ccaa_code"].ToString(), region = row["ccaa"].ToString();
            string council = row["town_council_dir3"].ToString(), search = Domain.Text.Fold(name);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Municipalities" ("IneCode", "CheckDigit", "Name", "SearchName", "ProvinceCode", "ProvinceName", "RegionCode", "RegionName", "CouncilDir3Code")
                VALUES ({ine}, {digit}, {name}, {search}, {provinceCode}, {province}, {regionCode}, {region}, {council})
                """);
        }

        await transaction.CommitAsync();
    }

    private static async Task<string> NameOfAsync(CatalogDbContext db, string ine)
        => await db.Database.SqlQuery<string>($"""SELECT "Name" AS "Value" FROM "Municipalities" WHERE "IneCode" = {ine}""").SingleAsync();
}

public sealed class SqliteMunicipalityNamesTests(SqliteTestDatabase database) : MunicipalityNamesSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresMunicipalityNamesTests(PostgresTestDatabase database) : MunicipalityNamesSuite(database), IClassFixture<PostgresTestDatabase>;
