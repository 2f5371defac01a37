using System.Reflection;
using System.Text.Json;
using Catalog.Api.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests;

/// <summary>
/// Lists and loaders read only the columns the selection needs, and never serve a field from a row read without it.
/// </summary>
public abstract class ProjectionTests(ApiFixture fixture)
{
    [SkippableFact]
    public async Task A_page_reads_only_the_columns_its_selection_needs()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var response = await client.PostAsync("""{ cityProcedures(municipality: "28006", first: 5) { edges { node { localName } } } }""");

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(5, response.Data.GetProperty("cityProcedures").GetProperty("edges").GetArrayLength());
        var page = Assert.Single(counter.Queries);
        Assert.Contains("LocalName", page, StringComparison.Ordinal);
        Assert.Contains("SearchName", page, StringComparison.Ordinal); // the order's column, for cursors
        Assert.DoesNotContain("LegalBasis", page, StringComparison.Ordinal);
        Assert.DoesNotContain("WithdrawalReason", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Items_of_a_connection_get_the_fields_they_select()
    {
        var client = fixture.Factory.CreateClient();

        var items = await client.PostAsync("""{ cityProcedures(municipality: "28006", first: 3) { items { localName siaCode responsibleUnitCode } } }""");
        var edges = await client.PostAsync("""{ cityProcedures(municipality: "28006", first: 3) { edges { node { localName siaCode responsibleUnitCode } } } }""");

        Assert.False(items.HasErrors, items.ToString());
        var fromEdges = edges.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetRawText());
        Assert.Equal(fromEdges, items.Data.GetProperty("cityProcedures").GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
        Assert.Equal(ApiTestData.SiaCode, items.Data.GetProperty("cityProcedures").GetProperty("items")[0].GetProperty("siaCode").GetString());
    }

    [SkippableFact]
    public async Task Joined_rows_read_only_the_columns_of_the_fields_asked_for()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var response = await client.PostAsync("""{ cityProcedures(municipality: "28006", siaCode: "2094606", first: 5) { edges { node { siaEntry { name } } } } }""");

        Assert.False(response.HasErrors, response.ToString());
        Assert.All(response.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray(),
            edge => Assert.Equal("Licencia de obra mayor", edge.GetProperty("node").GetProperty("siaEntry").GetProperty("name").GetString()));
        var entries = Assert.Single(counter.Queries, q => q.Contains("SiaEntries", StringComparison.Ordinal));
        Assert.DoesNotContain("Subjects", entries, StringComparison.Ordinal);
        Assert.DoesNotContain("ResponsibleN1", entries, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_field_asking_for_more_than_a_row_already_loaded_gets_it_read_again()
    {
        var client = fixture.Factory.CreateClient();
        // The wide selection sits behind the municipality loader, so it asks for the SIA entries after the narrow
        // selection has loaded them with the code alone.
        const string Wide = """
            wide: cityProcedures(municipality: "28006", first: 1) { edges { node { municipality {
              cityProcedures(first: 3) { edges { node { siaEntry { code name kind responsibleN1 responsibleUnitCode } } } } } } } }
            """;

        var both = await client.PostAsync($$"""{ narrow: cityProcedures(municipality: "28006", first: 3) { edges { node { siaEntry { code } } } } {{Wide}} }""");
        var alone = await client.PostAsync($$"""{ {{Wide}} }""");

        Assert.False(both.HasErrors, both.ToString());
        Assert.Equal(alone.Data.GetProperty("wide").GetRawText(), both.Data.GetProperty("wide").GetRawText());
        var entry = both.Data.GetProperty("wide").GetProperty("edges")[0].GetProperty("node").GetProperty("municipality")
            .GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node").GetProperty("siaEntry");
        Assert.Equal("Licencia de obra mayor", entry.GetProperty("name").GetString());
        Assert.Equal("P", entry.GetProperty("kind").GetString());
        Assert.Equal(ApiTestData.AlcobendasCouncil, entry.GetProperty("responsibleN1").GetString());
    }

    [SkippableFact]
    public async Task A_loader_asked_for_more_than_it_read_reads_the_row_again()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        // A unit's municipality is found from its code, not a foreign key: it goes through the municipality loader. The
        // wide selection sits behind a chain of ancestors (loader batches), so it is asked for after the narrow one
        // has been read.
        var response = await client.PostAsync($$"""
            { narrow: unit(dir3Code: "{{ApiTestData.AlcobendasCouncil}}") { municipality { name } }
              wide: unit(dir3Code: "{{ApiTestData.LicensingService}}") { ancestors { code municipality { name regionName } } } }
            """);

        Assert.False(response.HasErrors, response.ToString());
        var council = response.Data.GetProperty("wide").GetProperty("ancestors").EnumerateArray().Single(a => a.GetProperty("code").GetString() == ApiTestData.AlcobendasCouncil);
        Assert.Equal("Comunidad de Madrid", council.GetProperty("municipality").GetProperty("regionName").GetString());
        // The loader's statements (the root lookup is the one with the council joined).
        var municipalities = counter.Queries.Where(q => q.Contains("\"Municipalities\"", StringComparison.Ordinal) && !q.Contains("JOIN", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, municipalities.Count);
        Assert.DoesNotContain("RegionName", municipalities[0], StringComparison.Ordinal);
        Assert.Contains("RegionName", municipalities[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Fields_selected_through_fragments_are_read()
    {
        var client = fixture.Factory.CreateClient();

        var direct = await client.PostAsync("""
            { cityProcedures(municipality: "28006", first: 4) { edges { node { localName siaCode status responsibleUnit { code name } } } } }
            """);
        var fragments = await client.PostAsync("""
            { cityProcedures(municipality: "28006", first: 4) { edges { node { ...names ... on CityProcedure { status responsibleUnit { ...unit } } } } } }
            fragment names on CityProcedure { localName siaCode }
            fragment unit on Unit { code name }
            """);

        Assert.False(fragments.HasErrors, fragments.ToString());
        Assert.Equal(Normalized(direct.Data), Normalized(fragments.Data));
        Assert.Equal(ApiTestData.SiaCode, fragments.Data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node").GetProperty("siaCode").GetString());
    }

    [SkippableFact]
    public async Task A_selected_field_that_declares_nothing_makes_the_whole_row_read()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        // `coverage` computes from the whole municipality: it declares no members, so nothing is left out.
        var response = await client.PostAsync("""{ cityProcedures(municipality: "28006", first: 1) { edges { node { municipality { name coverage { mapped } } } } } }""");

        Assert.False(response.HasErrors, response.ToString());
        // The municipality is joined into the page's statement.
        var page = Assert.Single(counter.Queries, q => q.Contains("\"Municipalities\" AS", StringComparison.Ordinal));
        Assert.Contains("RegionName", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_page_reads_the_rows_its_nodes_point_at_in_its_own_statement()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var response = await client.PostAsync("""
            { cityProcedures(municipality: "29067", first: 10, orderBy: NAME, direction: DESC) { edges { node {
              localName isOffered
              siaEntry { name }
              responsibleUnit { code name parent { code } }
              referenceProcedure { code process { code } }
            } } } }
            """);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Single(counter.Queries);
        var nodes = response.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        // The joins keep the page's order (here descending by name).
        Assert.Equal(["Licencia urbanística de obra", "Alta en el padrón"], nodes.Select(n => n.GetProperty("localName").GetString()));
        var works = nodes.Single(n => n.GetProperty("isOffered").GetBoolean());
        Assert.Equal("Licencia de obra mayor", works.GetProperty("siaEntry").GetProperty("name").GetString());
        Assert.Equal(ApiTestData.MalagaCouncil, works.GetProperty("responsibleUnit").GetProperty("code").GetString());
        // The council names itself as its parent: it is a root, and the join does not change that.
        Assert.Equal(JsonValueKind.Null, works.GetProperty("responsibleUnit").GetProperty("parent").ValueKind);
        Assert.Equal("URB-001", works.GetProperty("referenceProcedure").GetProperty("code").GetString());
        Assert.Equal("URB", works.GetProperty("referenceProcedure").GetProperty("process").GetProperty("code").GetString());
        var notOffered = nodes.Single(n => !n.GetProperty("isOffered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, notOffered.GetProperty("siaEntry").ValueKind);
        Assert.Equal(JsonValueKind.Null, notOffered.GetProperty("responsibleUnit").ValueKind);
        Assert.Equal("PAD-001", notOffered.GetProperty("referenceProcedure").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_page_read_backwards_with_joins_keeps_its_order()
    {
        var client = fixture.Factory.CreateClient();
        const string MunicipalityNode = "ineCode council { code }";
        const string ProcedureNode = "localName municipality { name } responsibleUnit { code parent { code } }";

        await AssertBackwardsAsync(client, "municipalities", """provinceCode: "28", orderBy: INE_CODE""", MunicipalityNode);
        await AssertBackwardsAsync(client, "cityProcedures", """municipality: "28006", orderBy: NAME, direction: DESC""", ProcedureNode);
    }

    // The three rows before the eighth, read backwards, are the fifth to seventh read forwards.
    private static async Task AssertBackwardsAsync(HttpClient client, string field, string filter, string node)
    {
        var forward = await client.PostAsync($$"""{ {{field}}({{filter}}, first: 8) { pageInfo { endCursor } edges { node { {{node}} } } } }""");
        Assert.False(forward.HasErrors, forward.ToString());
        var cursor = forward.Data.GetProperty(field).GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var backward = await client.PostAsync($$"""{ {{field}}({{filter}}, last: 3, before: "{{cursor}}") { edges { node { {{node}} } } } }""");

        Assert.False(backward.HasErrors, backward.ToString());
        List<string> Nodes(GraphQLResponse response) => [.. response.Data.GetProperty(field).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetRawText())];
        Assert.Equal(Nodes(forward).Skip(4).Take(3), Nodes(backward));
    }

    [SkippableFact]
    public async Task A_key_that_matches_no_row_gives_null_from_the_join_without_another_statement()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        // Only two councils are in the test mirror: the others' DIR3 codes match no unit.
        var response = await client.PostAsync("""{ municipalities(first: 100, provinceCode: "28") { edges { node { ineCode council { code name } } } } }""");

        Assert.False(response.HasErrors, response.ToString());
        Assert.Single(counter.Queries);
        var councils = response.Data.GetProperty("municipalities").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("node").GetProperty("ineCode").GetString()!, e => e.GetProperty("node").GetProperty("council"));
        Assert.Equal("Ayuntamiento de Alcobendas", councils["28006"].GetProperty("name").GetString());
        Assert.True(councils.Count > 50);
        Assert.All(councils.Where(c => c.Key != "28006"), c => Assert.Equal(JsonValueKind.Null, c.Value.ValueKind));
    }

    [SkippableFact]
    public async Task One_entity_by_its_code_comes_with_its_joined_rows_in_one_statement()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var municipality = await client.PostAsync("""{ municipality(code: "L01280066") { name council { code name } } }""");
        var municipalityQueries = counter.Queries.ToList();
        counter.Reset();
        var unit = await client.PostAsync($$"""{ unit(dir3Code: "{{ApiTestData.LicensingService}}") { name parent { name parent { name } } principal { code } } }""");
        var unitQueries = counter.Queries.ToList();
        var missing = await client.PostAsync("""{ unit(dir3Code: "L01280060") { name } }""");

        Assert.False(municipality.HasErrors, municipality.ToString());
        Assert.Equal("Ayuntamiento de Alcobendas", municipality.Data.GetProperty("municipality").GetProperty("council").GetProperty("name").GetString());
        var page = Assert.Single(municipalityQueries);
        Assert.DoesNotContain("RegionName", page, StringComparison.Ordinal);
        Assert.False(unit.HasErrors, unit.ToString());
        Assert.Single(unitQueries);
        var parent = unit.Data.GetProperty("unit").GetProperty("parent");
        Assert.Equal("Área de Urbanismo", parent.GetProperty("name").GetString());
        Assert.Equal("Ayuntamiento de Alcobendas", parent.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(ApiTestData.AlcobendasCouncil, unit.Data.GetProperty("unit").GetProperty("principal").GetProperty("code").GetString());
        Assert.True(missing.HasErrors);
    }

    [SkippableFact]
    public async Task Only_the_attributes_a_selection_shows_are_read()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var term = await client.PostAsync("""{ cityProcedures(municipality: "29067", first: 5) { edges { node { attributes { silenceEffect resolutionTerm { amount unit } } } } } }""");
        var termQuery = Assert.Single(counter.Queries);
        counter.Reset();
        var legal = await client.PostAsync("""{ cityProcedures(municipality: "29067", first: 5) { edges { node { attributes { legalBasis { title } } } } } }""");
        var legalQuery = Assert.Single(counter.Queries);

        Assert.False(term.HasErrors, term.ToString());
        Assert.False(legal.HasErrors, legal.ToString());
        Assert.Contains("ResolutionTermAmount", termQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("LegalBasis", termQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Fees", termQuery, StringComparison.Ordinal);
        Assert.Contains("LegalBasis", legalQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("SilenceEffect", legalQuery, StringComparison.Ordinal);
        var works = term.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("attributes"))
            .Single(a => a.GetProperty("silenceEffect").ValueKind != JsonValueKind.Null);
        Assert.Equal("POSITIVE", works.GetProperty("silenceEffect").GetString());
        Assert.Equal(2, works.GetProperty("resolutionTerm").GetProperty("amount").GetInt32());
    }

    private static string Normalized(JsonElement data)
    {
        // Same fields in another order: compare the node objects field by field.
        var nodes = data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
        return string.Join("\n", nodes.Select(n => string.Join(";", n.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetRawText()}"))));
    }
}

public sealed class SqliteProjectionTests(SqliteApiFixture fixture) : ProjectionTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresProjectionTests(PostgresApiFixture fixture) : ProjectionTests(fixture), IClassFixture<PostgresApiFixture>;

/// <summary>What fields declare they read names real members, and shapes combine as sets.</summary>
public sealed class ProjectionDeclarationTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [SkippableFact]
    public async Task Every_member_a_field_declares_it_reads_is_a_member_a_projection_can_fill()
    {
        var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var checkedFields = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            var source = type.GetType().BaseType is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)
                ? generic.GetGenericArguments()[0]
                : null;
            foreach (var field in type.Fields)
            {
                if (Projection.ReadsOf(field) is not { } reads || source is null)
                {
                    continue;
                }

                foreach (var member in reads)
                {
                    var property = source.GetProperty(member, BindingFlags.Instance | BindingFlags.Public);
                    Assert.True(property is { CanWrite: true }, $"{type.Name}.{field.Name} declares it reads {source.Name}.{member}, which is not a settable member.");
                    checkedFields++;
                }
            }
        }

        Assert.True(checkedFields > 50, $"Only {checkedFields} declarations were found.");
    }

    [Fact]
    public void Shapes_cover_their_subsets_and_the_whole_covers_everything()
    {
        var small = Shape.Of(["Code"]);
        var large = Shape.Of(["Code", "Name"]);

        Assert.True(large.Covers(small));
        Assert.False(small.Covers(large));
        Assert.True(Shape.Whole.Covers(large));
        Assert.False(large.Covers(Shape.Whole));
        Assert.Same(large, small.Union(large));
        Assert.Same(Shape.Whole, large.Union(Shape.Whole));
        Assert.Equal("Code,Name,Status", small.Union(Shape.Of(["Status", "Name"])).Key);
        // A value read whole covers its parts; its parts do not cover it.
        Assert.True(Shape.Of(["Attributes"]).Covers(Shape.Of(["Attributes.Fees"])));
        Assert.False(Shape.Of(["Attributes.Fees"]).Covers(Shape.Of(["Attributes"])));
        Assert.False(Shape.Of(["Attributes.Fees"]).Covers(Shape.Of(["Attributes.LegalBasis"])));
    }
}
