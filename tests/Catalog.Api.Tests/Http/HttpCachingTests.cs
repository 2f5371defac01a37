using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Api.Auth;

namespace Catalog.Api.Tests.Http;

/// <summary>
/// What a citizen portal or a cache between it and the catalog sees: public reads carry an ETag and Cache-Control and
/// answer 304 when nothing changed; signed-in and failed answers are never stored.
/// </summary>
public sealed class HttpCachingTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Query = "{ municipality(code: \"28006\") { name } }";

    private static HttpRequestMessage Get(string url, string? ifNoneMatch = null, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    private static string GraphQLUrl(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    [SkippableFact]
    public async Task A_public_query_by_GET_carries_an_ETag_and_public_Cache_Control()
    {
        using var response = await fixture.Factory.CreateClient().SendAsync(Get(GraphQLUrl(Query)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromMinutes(1), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("Authorization", response.Headers.Vary);
        Assert.Contains("Alcobendas", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Asking_again_with_the_ETag_gets_304_without_a_body()
    {
        var client = fixture.Factory.CreateClient();
        using var first = await client.SendAsync(Get(GraphQLUrl(Query)));

        using var again = await client.SendAsync(Get(GraphQLUrl(Query), first.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_changed_answer_gets_a_new_ETag_and_the_old_one_no_longer_matches()
    {
        var client = fixture.Factory.CreateClient();
        var token = new Editing.WriteAccess(fixture.Factory.Services, null!).Token(CatalogRole.Editor, "28006");
        var name = $"Trámite de caché {Guid.NewGuid():N}";
        var query = "{ cityProcedures(municipality: \"28006\", search: \"" + name + "\", first: 5) { items { localName } } }";
        using var before = await client.SendAsync(Get(GraphQLUrl(query)));

        await CreateProcedureAsync(client, token, name);
        using var after = await client.SendAsync(Get(GraphQLUrl(query), before.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains(name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_signed_in_callers_answer_is_never_stored_and_has_no_ETag()
    {
        var token = new Editing.WriteAccess(fixture.Factory.Services, null!).Token(CatalogRole.Admin);

        using var response = await fixture.Factory.CreateClient().SendAsync(Get(GraphQLUrl(Query), bearer: token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(response.Headers.CacheControl?.Private);
    }

    [SkippableFact]
    public async Task An_answer_with_errors_is_never_stored()
    {
        // Legacy JSON answers a validation error with 200, so the status alone would not keep it out of caches.
        using var request = Get(GraphQLUrl("{ municipality(code: \"28006\") { noSuchField } }"));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [SkippableFact]
    public async Task A_POST_is_not_given_validators()
    {
        var response = await fixture.Factory.CreateClient().PostAsync(
            "/graphql", new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [SkippableTheory]
    [InlineData("/export/reference-catalog.csv")]
    [InlineData("/export/municipalities/28006/catalog.csv")]
    public async Task An_export_carries_an_ETag_that_answers_304(string url)
    {
        var client = fixture.Factory.CreateClient();
        using var first = await client.SendAsync(Get(url));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);

        using var again = await client.SendAsync(Get(url, first.Headers.ETag.Tag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/export/municipalities/28006/catalog.json")]
    [InlineData("/export/coverage.xlsx")]
    public async Task Exports_that_record_when_they_were_made_still_carry_Cache_Control_and_an_ETag(string url)
    {
        // The JSON says when it was exported and an XLSX package stamps its parts, so their bytes (and ETags) differ
        // from one request to the next; caches still keep them for max-age.
        using var response = await fixture.Factory.CreateClient().SendAsync(Get(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [SkippableFact]
    public async Task A_failed_export_is_not_given_validators()
    {
        using var response = await fixture.Factory.CreateClient().SendAsync(Get("/export/municipalities/28006/catalog.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private static async Task CreateProcedureAsync(HttpClient client, string token, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = "mutation($n: String!) { createCityProcedure(input: { municipality: \"28006\", localName: $n, silenceEffect: NEGATIVE }) { cityProcedure { id } } }",
                variables = new { n = name },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"errors\"", text, StringComparison.Ordinal);
    }
}
