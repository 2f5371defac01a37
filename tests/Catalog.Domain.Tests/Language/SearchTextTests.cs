using Catalog.Domain.Language;

namespace Catalog.Domain.Tests.Language;

/// <summary>What the full-text index holds and how a query is read against it and ranked.</summary>
public sealed class SearchTextTests
{
    private static IReadOnlyList<string> Tokens(string name) => SearchText.Tokens(SearchText.Of([name], []));

    private static bool Finds(string query, string name)
    {
        var tokens = Tokens(name).ToHashSet(StringComparer.Ordinal);
        return SearchText.Parse(query).Terms.All(t => t.Meet(tokens).Partial);
    }

    [Theory]
    [InlineData("obras mayores", "Licencia de obra mayor")]
    [InlineData("obras mayores", "Licencia urbanística")]
    [InlineData("empadronamiento", "Alta en el padrón")]
    [InlineData("padron", "Alta en el Padrón de habitantes")]
    [InlineData("licencias urbanisticas", "Licencia urbanística de obra mayor")]
    [InlineData("villa", "Villanueva de la Serena")]
    [InlineData("URB-001", "URB-001")]
    public void A_query_finds_what_people_mean(string query, string name) => Assert.True(Finds(query, name), $"'{query}' should find '{name}'");

    [Theory]
    [InlineData("obra menor", "Licencia de obra mayor")]
    [InlineData("licencia terraza", "Licencia de obra mayor")]
    [InlineData("empadronamiento", "Empresa municipal de aguas")]
    public void A_query_does_not_find_what_it_does_not_say(string query, string name) => Assert.False(Finds(query, name), $"'{query}' should not find '{name}'");

    [Fact]
    public void A_city_procedure_carries_its_municipality_and_codes_as_tokens()
    {
        var tokens = SearchText.Tokens(SearchText.Of(["Vado permanente"], ["2094606", "LIC-7"], "28006"));
        Assert.Contains("2094606", tokens);
        Assert.Contains("lic", tokens);
        Assert.Contains(SearchText.MunicipalityToken("28006"), tokens);
    }

    [Fact]
    public void Without_synonyms_a_place_name_is_only_its_words()
    {
        var place = SearchText.Tokens(SearchText.Of(["Padrón"], [], synonyms: false)).ToHashSet(StringComparer.Ordinal);
        Assert.False(SearchText.Parse("empadronamiento").Terms.All(t => t.Meet(place).Partial));
        Assert.True(SearchText.Parse("padrón").Terms.All(t => t.Meet(place).Partial));
    }

    [Fact]
    public void Only_stop_words_is_nothing_to_look_for()
        => Assert.True(SearchText.Parse("de la y el").IsEmpty);

    [Fact]
    public void The_name_that_says_it_ranks_above_a_synonym_and_above_the_description()
    {
        var query = SearchText.Parse("obras mayores");
        var says = SearchRanking.Score(query, "Licencia de obra mayor", SearchText.Of(["Licencia de obra mayor"], [])).Score;
        var synonym = SearchRanking.Score(query, "Licencia urbanística", SearchText.Of(["Licencia urbanística"], [])).Score;
        var described = SearchRanking.Score(query, "Permiso de edificar", SearchText.Of(["Permiso de edificar", "Para obras mayores"], [])).Score;
        Assert.True(says > synonym, $"{says} > {synonym}");
        Assert.True(synonym > described, $"{synonym} > {described}");
        Assert.Equal(["obras mayores"], SearchRanking.Score(query, "Licencia de obra mayor", SearchText.Of(["Licencia de obra mayor"], [])).Matched);
    }

    [Fact]
    public void A_query_of_only_common_procedure_words_looks_for_them()
    {
        // `trámite` and `solicitud` tell no procedure from another, so beside other words they are left out; alone,
        // they are what the person looks for (it found nothing before).
        Assert.True(Finds("trámite", "Trámite de alegaciones"));
        Assert.True(Finds("solicitud municipal", "Solicitud de ayuda municipal"));
        Assert.False(Finds("trámite", "Licencia de obra mayor"));
        Assert.Equal(["tramite"], SearchRanking.Score(SearchText.Parse("Trámite"), "Trámite de alegaciones", SearchText.Of(["Trámite de alegaciones"], [])).Matched);
        Assert.True(Finds("solicitud de licencia de obras", "Licencia de obra mayor"));
    }

    [Fact]
    public void A_code_typed_whole_scores_one()
        => Assert.Equal(1.0, SearchRanking.Score(SearchText.Parse("2094606"), "Vado", SearchText.Of(["Vado"], ["2094606"])).Score);
}
