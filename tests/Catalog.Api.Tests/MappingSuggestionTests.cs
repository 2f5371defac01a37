using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Api.Tests;

/// <summary><c>mappingSuggestions</c>: what a council's procedure names may be mapped to.</summary>
public abstract class MappingSuggestionTests(ApiFixture fixture)
{
    private const string Query = """
        query($m: String!, $names: [String!]!, $descriptions: [String], $first: Int) {
          mappingSuggestions(municipality: $m, names: $names, descriptions: $descriptions, first: $first) {
            name referenceProcedures { referenceProcedure { code } score accepted matchedWords } siaEntries { siaEntry { code } score }
          }
        }
        """;

    private async Task<JsonElement> SuggestAsync(string[] names, string?[]? descriptions = null, int first = 3)
    {
        var response = await fixture.Factory.CreateClient().PostAsync(Query, new { m = "28006", names, descriptions, first });
        Assert.False(response.HasErrors, response.ToString());
        return response.Data.GetProperty("mappingSuggestions");
    }

    [SkippableFact]
    public async Task A_name_with_an_obvious_counterpart_gets_it_first_and_accepted()
    {
        var suggestion = (await SuggestAsync(["Licencia de obras mayores"]))[0];

        var best = suggestion.GetProperty("referenceProcedures")[0];
        Assert.Equal("URB-001", best.GetProperty("referenceProcedure").GetProperty("code").GetString());
        Assert.True(best.GetProperty("accepted").GetBoolean());
        Assert.InRange(best.GetProperty("score").GetDouble(), 0.5, 1);
        Assert.NotEmpty(best.GetProperty("matchedWords").EnumerateArray());
    }

    [SkippableFact]
    public async Task Each_name_gets_its_own_suggestions_in_order_and_at_most_first_of_each()
    {
        // The fixture's reference catalog: URB-001 "Licencia de obra mayor", URB-002 "Licencia de actividad", PAD-001 "Alta en el padrón".
        var suggestions = await SuggestAsync(["Empadronamiento", "Licencia de apertura de actividades"], first: 2);

        Assert.Equal(["Empadronamiento", "Licencia de apertura de actividades"], suggestions.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.All(suggestions.EnumerateArray(), s => Assert.InRange(s.GetProperty("referenceProcedures").GetArrayLength(), 1, 2));
        Assert.Equal(["PAD-001", "URB-002"], suggestions.EnumerateArray().Select(s => s.GetProperty("referenceProcedures")[0].GetProperty("referenceProcedure").GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task Descriptions_that_do_not_match_the_names_count_are_refused()
    {
        var response = await fixture.Factory.CreateClient().PostAsync(Query, new { m = "28006", names = new[] { "Uno", "Dos" }, descriptions = new[] { "uno" } });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }
}

public sealed class SqliteMappingSuggestionTests(SqliteApiFixture fixture) : MappingSuggestionTests(fixture), IClassFixture<SqliteApiFixture>;
