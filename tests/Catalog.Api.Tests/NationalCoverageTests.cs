using System.Text.Json;
using Catalog.Db.Seed;
using Catalog.Testing;

namespace Catalog.Api.Tests;

/// <summary>
/// The national view: per reference procedure, per autonomous community and province, and the ranking. Over the API
/// test data (Alcobendas maps URB-001, Málaga maps URB-001 and declines PAD-001) plus <see cref="CoverageTestData"/>.
/// </summary>
public abstract class NationalCoverageTests(CoverageApiFixture fixture)
{
    private static readonly IReadOnlyList<Catalog.Domain.Municipalities.Municipality> Municipalities = CatalogSeeder.ReadMunicipalities().ToList();

    private HttpClient Client => fixture.Factory.CreateClient();

    private async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await Client.PostAsync(query, variables);
        Assert.False(response.HasErrors, response.ToString());
        return response.Data;
    }

    private static int[] Counts(JsonElement element, params string[] fields) => [.. fields.Select(f => element.GetProperty(f).GetInt32())];

    [SkippableFact]
    public async Task Each_current_reference_procedure_counts_the_municipalities_implementing_declining_or_silent()
    {
        var data = await DataAsync("{ nationalCoverage { referenceProcedures procedures { procedure { code } municipalities implementing notOffering silent implementingShare } } }");

        var national = data.GetProperty("nationalCoverage");
        Assert.Equal(3, national.GetProperty("referenceProcedures").GetInt32());
        var procedures = national.GetProperty("procedures").EnumerateArray().ToDictionary(p => p.GetProperty("procedure").GetProperty("code").GetString()!);
        // Retired RET-001 is left out, though Gijón maps it.
        Assert.Equal(["PAD-001", "URB-001", "URB-002"], procedures.Keys);
        var all = Municipalities.Count;
        // URB-001: Alcobendas (120 procedures, counted once), Málaga, València; Madrid's is withdrawn.
        Assert.Equal([all, 3, 0, all - 3], Counts(procedures["URB-001"], "municipalities", "implementing", "notOffering", "silent"));
        Assert.Equal([all, 2, 1, all - 3], Counts(procedures["URB-002"], "municipalities", "implementing", "notOffering", "silent"));
        // PAD-001: Gijón both offers and declines it, which counts as offering.
        Assert.Equal([all, 2, 1, all - 3], Counts(procedures["PAD-001"], "municipalities", "implementing", "notOffering", "silent"));
        Assert.Equal(Math.Round(3.0 / all, 4), procedures["URB-001"].GetProperty("implementingShare").GetDouble());
    }

    [SkippableFact]
    public async Task Procedures_can_be_limited_to_one_process()
    {
        var data = await DataAsync("{ nationalCoverage { procedures(processCode: \"URB\") { procedure { code } } } }");

        Assert.Equal(["URB-001", "URB-002"], data.GetProperty("nationalCoverage").GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("procedure").GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task Each_autonomous_community_sums_its_municipalities_mappings()
    {
        var data = await DataAsync("{ nationalCoverage { regions { regionCode regionName municipalities municipalitiesImplementing total mapped notOffered missing mappedShare } } }");

        var regions = data.GetProperty("nationalCoverage").GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(19, regions.Count);
        Assert.Equal(Enumerable.Range(1, 19).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), regions.Select(r => r.GetProperty("regionCode").GetString()));
        var madrid = regions.Single(r => r.GetProperty("regionCode").GetString() == "13");
        var inMadrid = Municipalities.Count(m => m.RegionCode == "13");
        Assert.Equal("Comunidad de Madrid", madrid.GetProperty("regionName").GetString());
        // Alcobendas maps URB-001 and declines URB-002; Madrid maps URB-002.
        Assert.Equal([inMadrid, 2, inMadrid * 3, 2, 1, (inMadrid * 3) - 3], Counts(madrid, "municipalities", "municipalitiesImplementing", "total", "mapped", "notOffered", "missing"));
        Assert.Equal(Math.Round(2.0 / (inMadrid * 3), 4), madrid.GetProperty("mappedShare").GetDouble());
        var valencia = regions.Single(r => r.GetProperty("regionCode").GetString() == "10");
        Assert.Equal([1, 3, 0], Counts(valencia, "municipalitiesImplementing", "mapped", "notOffered"));
        Assert.Equal(Municipalities.Count, regions.Sum(r => r.GetProperty("municipalities").GetInt32()));
    }

    [SkippableFact]
    public async Task Provinces_carry_their_community_and_can_be_limited_to_one()
    {
        var data = await DataAsync("{ nationalCoverage { all: provinces { provinceCode } andalusia: provinces(regionCode: \"01\") { provinceCode provinceName regionName municipalities mapped notOffered } } }");

        var national = data.GetProperty("nationalCoverage");
        Assert.Equal(52, national.GetProperty("all").GetArrayLength());
        var andalusia = national.GetProperty("andalusia").EnumerateArray().ToList();
        Assert.Equal(["04", "11", "14", "18", "21", "23", "29", "41"], andalusia.Select(p => p.GetProperty("provinceCode").GetString()));
        var malaga = andalusia.Single(p => p.GetProperty("provinceCode").GetString() == "29");
        Assert.Equal("Andalucía", malaga.GetProperty("regionName").GetString());
        Assert.Equal([Municipalities.Count(m => m.ProvinceCode == "29"), 1, 1], Counts(malaga, "municipalities", "mapped", "notOffered"));
    }

    [SkippableFact]
    public async Task The_ranking_puts_the_best_covered_first_with_ties_in_ine_code_order()
    {
        var data = await DataAsync("{ coverageRanking(first: 6) { totalCount edges { node { municipality { ineCode } total mapped notOffered missing mappedShare } } } }");

        var ranking = data.GetProperty("coverageRanking");
        Assert.Equal(Municipalities.Count, ranking.GetProperty("totalCount").GetInt32());
        var nodes = ranking.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["46250", "28006", "28079", "29067", "33024", "01001"], nodes.Select(n => n.GetProperty("municipality").GetProperty("ineCode").GetString()));
        Assert.Equal([3, 3, 0, 0], Counts(nodes[0], "total", "mapped", "notOffered", "missing"));
        Assert.Equal([3, 1, 1, 1], Counts(nodes[1], "total", "mapped", "notOffered", "missing"));
        Assert.Equal([3, 0, 0, 3], Counts(nodes[5], "total", "mapped", "notOffered", "missing"));
        Assert.Equal(1, nodes[0].GetProperty("mappedShare").GetDouble());
    }

    [SkippableFact]
    public async Task The_ranking_pages_on_with_its_cursors()
    {
        var first = await DataAsync("{ coverageRanking(first: 2) { pageInfo { endCursor hasNextPage } } }");
        var cursor = first.GetProperty("coverageRanking").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await DataAsync("query($after: String) { coverageRanking(first: 3, after: $after) { edges { node { municipality { ineCode } } } } }", new { after = cursor });

        Assert.Equal(["28079", "29067", "33024"], next.GetProperty("coverageRanking").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("municipality").GetProperty("ineCode").GetString()));
    }

    [SkippableFact]
    public async Task The_ranking_filters_by_community_or_province_and_can_start_from_the_worst()
    {
        var data = await DataAsync("""
            {
              madrid: coverageRanking(regionCode: "13", first: 2) { totalCount edges { node { municipality { ineCode } } } }
              malaga: coverageRanking(provinceCode: "29", first: 1) { totalCount edges { node { municipality { ineCode } } } }
              worst: coverageRanking(regionCode: "13", order: WORST_FIRST, last: 2) { edges { node { municipality { ineCode } } } }
            }
            """);

        static IEnumerable<string?> Codes(JsonElement connection) => connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("municipality").GetProperty("ineCode").GetString());
        Assert.Equal(Municipalities.Count(m => m.RegionCode == "13"), data.GetProperty("madrid").GetProperty("totalCount").GetInt32());
        Assert.Equal(["28006", "28079"], Codes(data.GetProperty("madrid")));
        Assert.Equal(Municipalities.Count(m => m.ProvinceCode == "29"), data.GetProperty("malaga").GetProperty("totalCount").GetInt32());
        Assert.Equal(["29067"], Codes(data.GetProperty("malaga")));
        // The last of worst-first are the best, in the same order as the start of best-first's ties.
        Assert.Equal(["28006", "28079"], Codes(data.GetProperty("worst")));
    }

    [SkippableTheory]
    [InlineData("regionCode", "20")]
    [InlineData("regionCode", "1")]
    [InlineData("provinceCode", "53")]
    [InlineData("provinceCode", "Madrid")]
    public async Task A_bad_area_code_is_refused(string argument, string code)
    {
        var response = await Client.PostAsync($"query($c: String) {{ coverageRanking({argument}: $c) {{ totalCount }} }}", new { c = code });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains($"`{argument}` is a two-digit INE code", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_write_through_the_api_shows_in_the_next_read()
    {
        await using var host = fixture.CreateFactory(new Dictionary<string, string?>());
        using var client = host.CreateClient();
        const string Query = "{ nationalCoverage { procedures(processCode: \"URB\") { procedure { code } notOffering } } coverageRanking(regionCode: \"16\", first: 1) { items { municipality { ineCode } notOffered } } }";
        static int NotOffering(JsonElement data) => data.GetProperty("nationalCoverage").GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("procedure").GetProperty("code").GetString() == "URB-001").GetProperty("notOffering").GetInt32();
        var before = await client.PostAsync(Query);
        Assert.False(before.HasErrors, before.ToString());

        var token = new Editing.WriteAccess(host.Services, new Editing.TestDatabaseAccess(fixture.Database.CreateContext)).Token(Catalog.Api.Auth.CatalogRole.Admin);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var write = await client.PostAsync("mutation { declareNotOffered(municipality: \"01001\", referenceCode: \"URB-001\", reason: \"Lo presta la Diputación\") { isOffered } }");
        Assert.False(write.HasErrors, write.ToString());
        var after = await client.PostAsync(Query);

        Assert.False(after.HasErrors, after.ToString());
        Assert.Equal(NotOffering(before.Data) + 1, NotOffering(after.Data));
    }
}

public sealed class SqliteNationalCoverageTests(SqliteCoverageApiFixture fixture) : NationalCoverageTests(fixture), IClassFixture<SqliteCoverageApiFixture>;

public sealed class PostgresNationalCoverageTests(PostgresCoverageApiFixture fixture) : NationalCoverageTests(fixture), IClassFixture<PostgresCoverageApiFixture>;
