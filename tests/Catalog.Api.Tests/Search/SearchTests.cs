using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests.Search;

/// <summary>
/// <c>search</c> as people use it, on each database: Spanish words as typed find what the catalogs call otherwise, codes
/// find their object, and the index follows every write. The SQLite and PostgreSQL classes assert the same ordered
/// results, so both engines answer the same.
/// </summary>
public abstract class SearchTests(ApiFixture fixture)
{
    /// <summary>Gijón: a catalog only these tests write to, with names as councils publish them.</summary>
    private static readonly IneCode Gijon = IneCode.Parse("33024");

    private static readonly string[] GijonNames =
    [
        "Licencia de obra mayor",
        "Licencia de obra menor",
        "Alta en el padrón municipal de habitantes",
        "Tarjeta de estacionamiento para residentes",
        "Ocupación de la vía pública con terrazas y veladores",
        "Ayudas de emergencia social",
    ];

    private async Task SeedGijonAsync()
    {
        {
            await using var db = fixture.Database.CreateContext();
            if (await db.CityProcedures.AnyAsync(p => p.MunicipalityIneCode == Gijon.Value))
            {
                return;
            }

            var sia = 3_300_001;
            foreach (var name in GijonNames)
            {
                db.CityProcedures.Add(Build.CityProcedure(Gijon, name, siaCode: (sia++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            await db.SaveChangesAsync();
        }
    }

    private const string Query = """
        query($t: String!, $m: String, $first: Int, $after: String) {
          search(text: $t, municipality: $m, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            items { kind name score matched node { id ... on CityProcedure { municipalityIneCode siaCode } ... on Municipality { ineCode } } }
          }
        }
        """;

    private async Task<System.Text.Json.JsonElement> SearchAsync(string text, string? municipality = null, int first = 20, string? after = null)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.PostAsync(Query, new { t = text, m = municipality, first, after });
        Assert.False(response.HasErrors, response.ToString());
        return response.Data.GetProperty("search");
    }

    private static List<string> Names(System.Text.Json.JsonElement search)
        => search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [SkippableFact]
    public async Task Plural_words_find_the_singular_name_and_synonyms_find_other_words_for_the_same_thing()
    {
        await SeedGijonAsync();
        // "obras mayores" is "obra mayor" in the plural; best first: the name that says it, then what says it otherwise.
        var building = await SearchAsync("obras mayores", municipality: "33024");
        Assert.Equal(["Licencia de obra mayor", "Licencia de obra menor"], Names(building));
        Assert.True(building.GetProperty("items")[0].GetProperty("score").GetDouble() > building.GetProperty("items")[1].GetProperty("score").GetDouble());

        // Neither "empadronamiento" nor "aparcamiento" is in any of these names.
        Assert.Equal(["Alta en el padrón municipal de habitantes"], Names(await SearchAsync("empadronamiento", municipality: "33024")));
        Assert.Equal(["Tarjeta de estacionamiento para residentes"], Names(await SearchAsync("aparcamiento", municipality: "33024")));
        Assert.Equal(["Ocupación de la vía pública con terrazas y veladores"], Names(await SearchAsync("TERRAZAS vía publica", municipality: "33024")));
    }

    [SkippableFact]
    public async Task Accents_case_and_unfinished_words_do_not_matter()
    {
        await SeedGijonAsync();
        Assert.Equal(["Alta en el padrón municipal de habitantes"], Names(await SearchAsync("PADRON habit", municipality: "33024")));
        var malaga = await SearchAsync("malaga");
        var first = malaga.GetProperty("items")[0];
        Assert.Equal("MUNICIPALITY", first.GetProperty("kind").GetString());
        Assert.Equal("Málaga", first.GetProperty("name").GetString());
        Assert.Equal(1.0, first.GetProperty("score").GetDouble());
        // The province's other municipalities follow: their province is Málaga, their name is not.
        Assert.True(malaga.GetProperty("totalCount").GetInt32() > 50);
        Assert.Contains("Villanueva de la Serena", Names(await SearchAsync("villanue", first: 100)));
    }

    [SkippableFact]
    public async Task Codes_find_their_object_first()
    {
        await SeedGijonAsync();
        var bySia = (await SearchAsync("3300001")).GetProperty("items");
        Assert.Equal("Licencia de obra mayor", bySia[0].GetProperty("name").GetString());
        Assert.Equal("33024", bySia[0].GetProperty("node").GetProperty("municipalityIneCode").GetString());
        Assert.Equal(1.0, bySia[0].GetProperty("score").GetDouble());
        var byIne = (await SearchAsync("29067")).GetProperty("items");
        Assert.Equal("29067", byIne[0].GetProperty("node").GetProperty("ineCode").GetString());
        var byDir3 = (await SearchAsync(ApiTestData.AlcobendasCouncil)).GetProperty("items");
        Assert.Equal("Alcobendas", byDir3[0].GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task The_index_follows_creations_renames_and_withdrawals()
    {
        await SeedGijonAsync();
        long id;
        await using (var db = fixture.Database.CreateContext())
        {
            var created = Build.CityProcedure(Gijon, "Autorización de rodaje cinematográfico", siaCode: null);
            db.CityProcedures.Add(created);
            await db.SaveChangesAsync();
            id = created.Id;
        }

        Assert.Equal(["Autorización de rodaje cinematográfico"], Names(await SearchAsync("rodajes", municipality: "33024")));
        await using (var db = fixture.Database.CreateContext())
        {
            var procedure = await db.CityProcedures.SingleAsync(p => p.Id == id);
            procedure.Describe("Permiso de filmación en la vía pública", "Para grabar películas y anuncios en calles y plazas.", procedure.Attributes, Build.Now);
            await db.SaveChangesAsync();
        }

        // "rodaje" and "filmación" are one group, so the new name is found by the old word; the description is searched too.
        Assert.Equal(["Permiso de filmación en la vía pública"], Names(await SearchAsync("rodajes", municipality: "33024")));
        Assert.Equal(["Permiso de filmación en la vía pública"], Names(await SearchAsync("películas anuncios", municipality: "33024")));
        Assert.Empty(Names(await SearchAsync("cinematográfico", municipality: "33024")));
        await using (var db = fixture.Database.CreateContext())
        {
            (await db.CityProcedures.SingleAsync(p => p.Id == id)).Withdraw("Ya no se tramita", Build.Now);
            await db.SaveChangesAsync();
        }

        Assert.Empty(Names(await SearchAsync("filmación", municipality: "33024")));
    }

    [SkippableFact]
    public async Task Results_page_with_cursors_without_repeating_or_skipping()
    {
        await SeedGijonAsync();
        var all = Names(await SearchAsync("villa", first: 100));
        var paged = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var search = await SearchAsync("villa", first: 10, after: after);
            paged.AddRange(Names(search));
            after = search.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(all, paged);
        Assert.Equal(100, all.Count);
    }

    [SkippableFact]
    public async Task Bad_input_gets_a_clear_error_and_stop_words_alone_find_nothing()
    {
        using var client = fixture.Factory.CreateClient();
        var tooLong = await client.PostAsync(Query, new { t = new string('a', 201) });
        Assert.Contains("at most 200", tooLong.ToString(), StringComparison.Ordinal);
        var badCity = await client.PostAsync(Query, new { t = "licencia", m = "Gijón" });
        Assert.True(badCity.HasErrors);
        var nothing = await SearchAsync("de la y");
        Assert.Equal(0, nothing.GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteSearchTests(SqliteApiFixture fixture) : SearchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresSearchTests(PostgresApiFixture fixture) : SearchTests(fixture), IClassFixture<PostgresApiFixture>;
