using System.Net;
using System.Text;
using System.Text.Json;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>The export endpoints through the real HTTP pipeline, on every provider, with the demo catalogs loaded.</summary>
public abstract class ExportEndpointSuite(TestDatabase database) : IDisposable
{
    // Catalog.Sync, which the API references, also has a public Program; any type of the API assembly names its entry point.
    private WebApplicationFactory<DatabaseStartupOptions>? _app;

    protected TestDatabase Database { get; } = database;

    private HttpClient Client()
    {
        _app ??= new WebApplicationFactory<DatabaseStartupOptions>().WithWebHostBuilder(host => host
            .UseSetting("Database:Provider", Database.Provider.ToString())
            .UseSetting("ConnectionStrings:Catalog", Database.Options.ConnectionString)
            .UseSetting("Database:SeedDemoData", "true"));
        return _app.CreateClient();
    }

    public void Dispose()
    {
        _app?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Downloads a file, checking that it answers 200 with the content type and file name given; its bytes.</summary>
    private async Task<byte[]> DownloadAsync(string path, string contentType, string fileName)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [SkippableFact]
    public async Task A_city_catalog_downloads_as_CSV_with_its_file_name()
    {
        var bytes = await DownloadAsync("/export/municipalities/28006/catalog.csv", "text/csv; charset=utf-8", "catalog-28006.csv");

        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(';', CatalogColumns.All.Select(CatalogColumns.NameOf)), text, StringComparison.Ordinal);
        Assert.Contains("\r\nALC-URB-01;Licencia de obra mayor;", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_city_catalog_named_by_its_council_DIR3_code_downloads_as_XLSX_that_imports_back_unchanged()
    {
        using var response = await Client().GetAsync(new Uri("/export/municipalities/L01280066/catalog.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CatalogFormat.Xlsx.ContentType(), response.Content.Headers.ContentType!.MediaType);
        var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var report = await Importer(Database).ImportAsync(Admin, "28006", workbook, CatalogFormat.Xlsx, dryRun: true);
        Assert.NotEmpty(report.Rows);
        Assert.All(report.Rows, row => Assert.Equal(ImportOutcome.Unchanged, row.Outcome));
    }

    [SkippableFact]
    public async Task A_city_catalog_downloads_as_CPSV_AP_JSON_LD_with_IRIs_of_this_server()
    {
        using var response = await Client().GetAsync(new Uri("/export/municipalities/28006/catalog.jsonld", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var service = json.RootElement.GetProperty("@graph").EnumerateArray().First();
        Assert.Equal("cpsv:PublicService", service.GetProperty("@type").GetString());
        Assert.StartsWith("http://localhost/municipalities/28006/procedures/", service.GetProperty("@id").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_configured_public_base_address_names_the_IRIs_instead_of_the_request_address()
    {
        _ = Client();
        using var app = _app!.WithWebHostBuilder(host => host.UseSetting("Exchange:PublicBaseUri", "https://catalogo.example.es/"));

        var text = await app.CreateClient().GetStringAsync(new Uri("/export/municipalities/28006/catalog.jsonld", UriKind.Relative));

        Assert.Contains("\"https://catalogo.example.es/municipalities/28006/procedures/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost/", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_city_catalog_downloads_as_CPSV_AP_Turtle()
    {
        var text = Encoding.UTF8.GetString(await DownloadAsync("/export/municipalities/29067/catalog.ttl", "text/turtle; charset=utf-8", "catalog-29067.ttl"));

        Assert.Contains("\n<http://localhost/municipalities/29067/procedures/", text, StringComparison.Ordinal);
        Assert.Contains("> a cpsv:PublicService ;", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_reference_catalog_downloads_as_JSON()
    {
        using var response = await Client().GetAsync(new Uri("/export/reference-catalog.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("reference-catalog.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Assert.Equal(105, json.RootElement.GetProperty("procedures").GetArrayLength());
    }

    [SkippableTheory]
    [InlineData("/export/municipalities/52999/catalog.csv", HttpStatusCode.NotFound, "No municipality has INE code 52999")]
    [InlineData("/export/municipalities/2800X/catalog.csv", HttpStatusCode.BadRequest, "'X' is not a digit")]
    [InlineData("/export/municipalities/L01280067/catalog.json", HttpStatusCode.BadRequest, "check digit")]
    [InlineData("/export/municipalities/28006/catalog.pdf", HttpStatusCode.BadRequest, "'pdf' is not an export format; use csv, xlsx, json, jsonld or ttl.")]
    [InlineData("/export/reference-catalog.xml", HttpStatusCode.BadRequest, "'xml' is not an export format")]
    public async Task A_bad_or_unknown_code_or_format_is_answered_with_a_problem_that_says_why(string path, HttpStatusCode status, string message)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteExportEndpointTests(SqliteTestDatabase database) : ExportEndpointSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExportEndpointTests(PostgresTestDatabase database) : ExportEndpointSuite(database), IClassFixture<PostgresTestDatabase>;
