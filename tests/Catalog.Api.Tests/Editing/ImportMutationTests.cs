using System.Net.Http.Headers;
using System.Text;
using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Api.Tests.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests.Editing;

/// <summary>The <c>importCityCatalog</c> mutation through HTTP: base64 and multipart uploads, dry runs, scope.</summary>
public abstract class ImportMutationTests(ApiFixture fixture)
{
    private const string Import = "mutation($m: String!, $content: String, $file: Upload, $dry: Boolean!) { importCityCatalog(municipality: $m, format: CSV, content: $content, file: $file, dryRun: $dry) { committed dryRun created updated invalid rows { row problems { column message } } } }";

    private static string NewSia() => Random.Shared.Next(8_000_000, 8_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private WriteAccess Access => new(fixture.Factory.Services, new TestDatabaseAccess(fixture.Database.CreateContext));

    private static string Csv(params string[] rows)
        => string.Join("\r\n", [ExchangeTestData.SpanishHeader, .. rows]) + "\r\n";

    private async Task<int> CountAsync(string ine, string name)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.CityProcedures.CountAsync(p => p.MunicipalityIneCode == ine && p.LocalName == name);
    }

    private async Task<GraphQLResponse> PostAsync(HttpRequestMessage request, string token)
    {
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var client = fixture.Factory.CreateClient();
        return await GraphQLClient.SendAsync(client, request);
    }

    private Task<GraphQLResponse> ImportBase64Async(string ine, string csv, bool dryRun, string token)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = Import, variables = new { m = ine, content = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)), dry = dryRun } });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return PostAsync(request, token);
    }

    [SkippableFact]
    public async Task A_dry_run_reports_each_row_and_writes_nothing()
    {
        var name = "Licencia " + Guid.NewGuid().ToString("N")[..8];
        var response = await ImportBase64Async("28006", Csv(ExchangeTestData.Row("IM-1", name, NewSia()), ExchangeTestData.Row("IM-2", "Otra", "", "L01280060")),
            dryRun: true, Access.Token(CatalogRole.Editor, "28006"));

        Assert.False(response.HasErrors, response.ToString());
        var report = response.Data.GetProperty("importCityCatalog");
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal(1, report.GetProperty("invalid").GetInt32());
        var problem = report.GetProperty("rows")[0];
        Assert.Equal(3, problem.GetProperty("row").GetInt32());
        Assert.Contains("check digit", problem.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("28006", name));
    }

    [SkippableFact]
    public async Task A_valid_file_is_committed_and_audited_as_an_import()
    {
        var name = "Licencia " + Guid.NewGuid().ToString("N")[..8];
        var response = await ImportBase64Async("L01280066", Csv(ExchangeTestData.Row("IM-" + Guid.NewGuid().ToString("N")[..6], name, NewSia())), dryRun: false,
            Access.Token(CatalogRole.Editor, "28006"));

        Assert.False(response.HasErrors, response.ToString());
        Assert.True(response.Data.GetProperty("importCityCatalog").GetProperty("committed").GetBoolean());
        Assert.Equal(1, await CountAsync("28006", name));
        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.ChangeLog.AnyAsync(c => c.Action == "import" && c.MunicipalityIneCode == "28006" && c.Actor == "test-editor-28006"));
    }

    [SkippableFact]
    public async Task A_file_uploaded_as_multipart_is_imported()
    {
        var name = "Licencia " + Guid.NewGuid().ToString("N")[..8];
        var operations = System.Text.Json.JsonSerializer.Serialize(new { query = Import, variables = new { m = "28006", file = (string?)null, dry = false } });
        var form = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8), "operations" },
            { new StringContent("{\"0\": [\"variables.file\"]}", Encoding.UTF8), "map" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(ExchangeTestData.Row("UP-" + Guid.NewGuid().ToString("N")[..6], name, NewSia())))), "0", "catalogo.csv" },
        };

        var response = await PostAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form }, Access.Token(CatalogRole.Admin));

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(1, response.Data.GetProperty("importCityCatalog").GetProperty("created").GetInt32());
        Assert.Equal(1, await CountAsync("28006", name));
    }

    [SkippableFact]
    public async Task An_editor_cannot_import_into_another_city()
    {
        var response = await ImportBase64Async("29067", Csv(ExchangeTestData.Row("IM-1", "Licencia", NewSia())), dryRun: true, Access.Token(CatalogRole.Editor, "28006"));
        Assert.Equal(CatalogErrors.Forbidden, response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Content_that_is_not_base64_is_refused_as_bad_input()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = Import, variables = new { m = "28006", content = "%%% no es base64 %%%", dry = true } });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await PostAsync(request, Access.Token(CatalogRole.Admin));
        Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task The_token_command_issues_a_token_the_api_accepts()
    {
        var output = new StringWriter();
        var exit = await ApiCommandLine.InvokeAsync(["token", "--role", "editor", "--municipality", "L01280066", "--subject", "cli-user"], services: fixture.Factory.Services, output: output, error: TextWriter.Null);
        Assert.Equal(0, exit);

        var response = await ImportBase64Async("28006", Csv(ExchangeTestData.Row("TK-1", "Licencia", NewSia())), dryRun: true, output.ToString().Trim());
        Assert.False(response.HasErrors, response.ToString());
    }

    [SkippableFact]
    public async Task The_token_command_refuses_an_editor_without_a_municipality()
    {
        var error = new StringWriter();
        var exit = await ApiCommandLine.InvokeAsync(["token", "--role", "editor"], services: fixture.Factory.Services, output: TextWriter.Null, error: error);
        Assert.Equal(2, exit);
        Assert.Contains("--municipality", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteImportMutationTests(SqliteApiFixture fixture) : ImportMutationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresImportMutationTests(PostgresApiFixture fixture) : ImportMutationTests(fixture), IClassFixture<PostgresApiFixture>;
