using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests;

/// <summary>The GraphQL-over-HTTP rules, through the real pipeline: every bad request gets a clear error, never a 500.</summary>
public abstract class GraphQLHttpTests(ApiFixture fixture)
{
    private const string GraphQLJson = "application/graphql-response+json";

    private HttpClient Client => fixture.Factory.CreateClient();

    [SkippableFact]
    public async Task A_query_posted_as_json_gets_data_as_graphql_response_json()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28079\") { name } }");

        Assert.Equal(200, response.Status);
        Assert.Equal(GraphQLJson, response.ContentType);
        Assert.Equal("Madrid", response.Data.GetProperty("municipality").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task A_client_that_accepts_only_json_gets_application_json()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28079\") { name } }", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
    }

    [SkippableFact]
    public async Task A_client_without_accept_header_gets_application_json()
    {
        var response = await Client.PostJsonAsync("{\"query\":\"{ __typename }\"}", accept: "");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
    }

    [SkippableFact]
    public async Task A_client_that_accepts_neither_json_type_gets_406()
    {
        var response = await Client.PostJsonAsync("{\"query\":\"{ __typename }\"}", accept: "text/html");

        Assert.Equal(406, response.Status);
        Assert.Contains("application/graphql-response+json", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_body_that_is_not_json_content_gets_415()
    {
        var response = await Client.PostJsonAsync("{ __typename }", contentType: "text/plain");

        Assert.Equal(415, response.Status);
        Assert.Contains("application/json", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Malformed_json_gets_400_saying_so()
    {
        var response = await Client.PostJsonAsync("{\"query\": \"{ __typename }\"");

        Assert.Equal(400, response.Status);
        Assert.StartsWith("The request body is not valid JSON", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("\"query\"", "must be a JSON object")]
    [InlineData("{}", "has no `query`")]
    [InlineData("{\"query\": 42}", "`query` must be a string")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "`variables` must be an object")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 3}", "`operationName` must be a string")]
    public async Task A_body_that_is_not_a_graphql_request_gets_400(string body, string message)
    {
        var response = await Client.PostJsonAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains(message, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_syntax_error_gets_400_under_graphql_response_json_with_its_location()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28079\") { name }");

        Assert.Equal(400, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.True(response.FirstError.TryGetProperty("locations", out _));
    }

    [SkippableFact]
    public async Task A_syntax_error_gets_200_under_legacy_json()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28079\") { name }", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.True(response.HasErrors);
    }

    [SkippableFact]
    public async Task An_unknown_field_gets_a_validation_error_naming_it()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28079\") { mayor } }");

        Assert.Equal(400, response.Status);
        Assert.Contains("mayor", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_variable_of_the_wrong_type_gets_an_error_naming_it()
    {
        var response = await Client.PostAsync("query($n: Int) { municipalities(first: $n) { totalCount } }", new { n = "ten" });

        Assert.Equal(400, response.Status);
        Assert.Contains("$n", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Variables_and_operation_name_select_what_runs()
    {
        const string document = "query One($code: String!) { municipality(code: $code) { name } } query Two { __typename }";

        var response = await Client.PostAsync(document, new { code = "29067" }, operationName: "One");

        Assert.Equal(200, response.Status);
        Assert.Equal("Málaga", response.Data.GetProperty("municipality").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_operation_name_gets_an_error()
    {
        var response = await Client.PostAsync("query One { __typename }", operationName: "Three");

        Assert.Equal(400, response.Status);
        Assert.Contains("Three", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_query_runs_over_get()
    {
        var response = await Client.GetQueryAsync("query($c: String!) { municipality(code: $c) { ineCode } }", "{\"c\":\"L01280796\"}");

        Assert.Equal(200, response.Status);
        Assert.Equal("28079", response.Data.GetProperty("municipality").GetProperty("ineCode").GetString());
    }

    [SkippableFact]
    public async Task A_mutation_over_get_gets_405_and_is_not_run()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { withdraw }"));
        request.Headers.Add("Accept", GraphQLJson);
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("queries only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Other_methods_get_405_with_allow()
    {
        using var response = await Client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [SkippableFact]
    public async Task A_body_without_a_length_is_read_whole_and_stopped_at_the_limit()
    {
        var small = Encoding.UTF8.GetBytes("{\"query\":\"{ municipality(code: \\\"28079\\\") { name } }\"}");
        var large = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }" + new string(' ', 1024 * 1024) + "\"}");

        var answered = await SendUnsizedAsync(small);
        var refused = await SendUnsizedAsync(large);

        Assert.Equal(200, answered.Status);
        Assert.Equal("Madrid", answered.Data.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal(413, refused.Status);
    }

    private async Task<GraphQLResponse> SendUnsizedAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnsizedContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", GraphQLJson);
        return await GraphQLClient.SendAsync(Client, request);
    }

    /// <summary>A body sent in small pieces with no Content-Length, as a chunked upload is.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 4096)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(4096, body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [SkippableFact]
    public async Task A_one_megabyte_query_gets_413()
    {
        var query = "{ __typename }" + new string(' ', 1024 * 1024);

        var response = await Client.PostAsync(query);

        Assert.Equal(413, response.Status);
        Assert.Contains("larger than", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_query_fifty_levels_deep_is_refused()
    {
        var query = "{ unit(dir3Code: \"L01280066\") { " + string.Concat(Enumerable.Repeat("parent { ", 49)) + "code" + new string('}', 49) + " } }";

        var response = await Client.PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Contains("depth", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_query_with_ten_thousand_aliases_is_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename ")) + "}";

        var response = await Client.PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Equal("TOO_MANY_FIELDS", response.FirstErrorCode);
        Assert.Contains("more than 2000 fields", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_query_too_complex_is_refused_for_complexity()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: cityProcedures(first: 100) {{ edges {{ node {{ localName municipality {{ name }} }} }} }} "));

        var response = await Client.PostAsync("{ " + aliases + "}");

        Assert.Equal(400, response.Status);
        Assert.Contains("complexity", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_repeated_document_is_kept_once_and_answers_the_same()
    {
        var documents = fixture.Factory.Services.GetRequiredService<Catalog.Api.GraphQL.DocumentCache>();
        const string Query = "query Repeated($code: String!) { municipality(code: $code) { name provinceName } }";

        var first = await Client.PostAsync(Query, new { code = "28079" });
        var kept = documents.Count;
        var second = await Client.PostAsync(Query, new { code = "28079" });
        var other = await Client.PostAsync(Query, new { code = "28006" });

        Assert.Equal(first.Data.GetRawText(), second.Data.GetRawText());
        Assert.Equal("Alcobendas", other.Data.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal(kept, documents.Count);
    }

    [SkippableFact]
    public async Task A_repeated_document_still_has_its_variables_checked()
    {
        const string Query = "query Checked($code: String!) { municipality(code: $code) { name } }";
        Assert.False((await Client.PostAsync(Query, new { code = "28079" })).HasErrors);

        var wrong = await Client.PostAsync(Query, new { code = 28079 });
        var missing = await Client.PostAsync(Query, new { });

        Assert.Equal(400, wrong.Status);
        Assert.Contains("$code", wrong.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal(400, missing.Status);
    }

    [SkippableFact]
    public async Task A_repeated_document_is_weighed_again_with_its_new_variables()
    {
        // The document passes with one row; the same document asking for a full page of coverages is too complex.
        const string Query = "query Weighed($n: Int!) { municipalities(first: $n) { edges { node { coverage { total } } } } }";
        var one = await Client.PostAsync(Query, new { n = 1 });

        var page = await Client.PostAsync(Query, new { n = 100 });

        AssertOneRowAllowedAndPageRefusedForComplexity(one, page);
    }

    [SkippableFact]
    public async Task Skip_and_include_follow_each_request_s_variables_on_a_repeated_document()
    {
        const string Query = "query Shown($show: Boolean!) { cityProcedures(municipality: \"28006\", first: 2) { edges { node { localName siaCode @include(if: $show) } } } }";

        var shown = await Client.PostAsync(Query, new { show = true });
        var hidden = await Client.PostAsync(Query, new { show = false });
        var shownAgain = await Client.PostAsync(Query, new { show = true });

        static JsonElement First(GraphQLResponse r) => r.Data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node");
        Assert.True(First(shown).TryGetProperty("siaCode", out _));
        Assert.False(First(hidden).TryGetProperty("siaCode", out _));
        Assert.True(First(shownAgain).TryGetProperty("siaCode", out _));
    }

    [SkippableFact]
    public async Task One_selection_on_different_types_gets_each_type_s_fields()
    {
        const string Query = "query Any($id: ID!) { node(id: $id) { __typename ... on Unit { name } ... on CityProcedure { localName } } }";
        var page = await Client.PostAsync("{ cityProcedures(municipality: \"28006\", first: 1) { edges { node { id localName } } } }");
        var procedure = page.Data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node");

        var unit = await Client.PostAsync(Query, new { id = Catalog.Api.GraphQL.GlobalId.Encode("Unit", ApiTestData.AlcobendasCouncil) });
        var city = await Client.PostAsync(Query, new { id = procedure.GetProperty("id").GetString() });
        var unitAgain = await Client.PostAsync(Query, new { id = Catalog.Api.GraphQL.GlobalId.Encode("Unit", ApiTestData.AlcobendasCouncil) });

        Assert.Equal("""{"__typename":"Unit","name":"Ayuntamiento de Alcobendas"}""", unit.Data.GetProperty("node").GetRawText());
        Assert.Equal($$"""{"__typename":"CityProcedure","localName":{{JsonSerializer.Serialize(procedure.GetProperty("localName").GetString())}}}""", city.Data.GetProperty("node").GetRawText());
        Assert.Equal(unit.Data.GetRawText(), unitAgain.Data.GetRawText());
    }

    [SkippableFact]
    public async Task Coverage_weighs_more_than_a_row_so_a_page_of_coverages_is_refused()
    {
        var one = await Client.PostAsync("{ municipalities(first: 1) { edges { node { coverage { total } } } } }");
        var page = await Client.PostAsync("{ municipalities(first: 100) { edges { node { coverage { total } } } } }");

        AssertOneRowAllowedAndPageRefusedForComplexity(one, page);
    }

    private static void AssertOneRowAllowedAndPageRefusedForComplexity(GraphQLResponse one, GraphQLResponse page)
    {
        Assert.Equal(200, one.Status);
        Assert.Equal(400, page.Status);
        Assert.Contains("complexity", page.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task The_introspection_query_of_graphiql_is_allowed()
    {
        const string fullType = "fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        var query = "{ __schema { types { name description fields(includeDeprecated: true) { name description args { name description type { ...T } defaultValue } type { ...T } } inputFields { name type { ...T } } interfaces { ...T } enumValues(includeDeprecated: true) { name description } possibleTypes { ...T } } directives { name locations args { name type { ...T } } } } } " + fullType;

        var response = await Client.PostAsync(query);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(200, response.Status);
    }

    [SkippableFact]
    public async Task A_page_of_a_million_rows_is_refused_as_bad_input()
    {
        var response = await Client.PostAsync("{ municipalities(first: 1000000) { edges { node { name } } } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("between 0 and 100", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("not-a-cursor!")]
    [InlineData("TkFNRR9tYWRyaWQ")]
    [InlineData("SU5FHzI4MDc5")]
    public async Task A_forged_cursor_is_refused_as_bad_input(string cursor)
    {
        var response = await Client.PostAsync("query($c: String) { municipalities(first: 5, after: $c) { edges { node { name } } } }", new { c = cursor });

        Assert.Equal(200, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("not a cursor of this list", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Errors_carry_no_stack_traces_outside_development()
    {
        var response = await Client.PostAsync("{ municipality(code: \"99999\") { name } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.DoesNotContain("   at ", response.Body.ToString(), StringComparison.Ordinal);
        Assert.False(response.FirstError.GetProperty("extensions").TryGetProperty("details", out _));
    }

    [SkippableFact]
    public async Task The_server_keeps_serving_after_bad_requests()
    {
        var client = Client;
        await client.PostJsonAsync("{");
        await client.PostJsonAsync("[]");
        await client.PostAsync("{ " + new string('{', 5000));
        await client.PostAsync("{ municipalities(first: 1000000) { totalCount } }");

        var response = await client.PostAsync("{ municipalities(provinceCode: \"28\") { totalCount } }");

        Assert.Equal(200, response.Status);
        Assert.Equal(179, response.Data.GetProperty("municipalities").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var factory = fixture.CreateFactory(new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "false" });

        var response = await factory.CreateClient().PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(400, response.Status);
        Assert.Contains("ntrospection", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Introspection_is_on_by_default()
    {
        var response = await Client.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", response.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task A_request_that_runs_too_long_is_stopped_with_a_timeout_error()
    {
        await using var factory = fixture.CreateFactory(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.0000001" });

        // Twenty statements one after another: far longer than the timer, however fast each one is.
        var pages = string.Concat(Enumerable.Range(0, 10).Select(i => $"p{i}: municipalities(first: 100, search: \"{(char)('a' + i)}\") {{ totalCount edges {{ node {{ name council {{ name }} }} }} }} "));
        var response = await factory.CreateClient().PostAsync("{ " + pages + "}");

        Assert.True(response.HasErrors);
        Assert.Contains("time", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Liveness_answers_without_asking_the_database()
    {
        using var response = await Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task Readiness_checks_the_database()
    {
        using var ready = await Client.GetAsync("/health/ready");
        await using var broken = fixture.CreateFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "none.db")};Mode=ReadOnly",
        });
        using var notReady = await broken.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
    }
}

public sealed class SqliteGraphQLHttpTests(SqliteApiFixture fixture) : GraphQLHttpTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresGraphQLHttpTests(PostgresApiFixture fixture) : GraphQLHttpTests(fixture), IClassFixture<PostgresApiFixture>;
