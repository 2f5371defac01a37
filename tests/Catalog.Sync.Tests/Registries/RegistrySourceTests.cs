using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Sources;
using Catalog.Sync.Tests.Registries.Builders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Catalog.Sync.Tests.Registries.Builders.WebServiceCsvBuilder;

namespace Catalog.Sync.Tests.Registries;

/// <summary>File, HTTP and SOAP sources, the HTTP ones against a real local Kestrel server.</summary>
public sealed class RegistrySourceTests : IClassFixture<LocalRegistryServer>, IDisposable
{
    private static readonly string RealListHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(TestFiles.RealInstitutionalList)));

    private readonly LocalRegistryServer _server;
    private readonly TestFiles _files = new();
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };

    public RegistrySourceTests(LocalRegistryServer server)
    {
        _server = server;
    }

    public void Dispose()
    {
        _client.Dispose();
        _files.Dispose();
    }

    private RegistrySourceOptions Http(string path, Registry registry = Registry.Dir3, int retries = 0, int timeoutSeconds = 10, long maxBytes = 10_000_000) => new()
    {
        Name = "test-" + path,
        Registry = registry,
        Type = RegistrySourceType.Http,
        Location = _server.Url(path),
        Retries = retries,
        RetryDelaySeconds = 0.05,
        TimeoutSeconds = timeoutSeconds,
        MaxBytes = maxBytes,
    };

    [Fact]
    public async Task A_file_source_hashes_the_file_where_it_is()
    {
        await using var content = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, TestFiles.RealInstitutionalList)).FetchAsync();

        Assert.Equal(RealListHash, content.ContentHash);
        Assert.Equal(TestFiles.RealInstitutionalList, content.Path);
    }

    [Fact]
    public async Task A_relative_file_location_resolves_against_the_content_root()
    {
        _files.Write("lists/sia.csv", "CODIGOACTUACION;DENOMINACION\n1;Uno\n");

        await using var content = await new FileRegistrySource(ContentReading.Source(Registry.Sia, "lists/sia.csv"), _files.Folder).FetchAsync();

        Assert.Equal(_files.PathFor("lists/sia.csv"), content.Path);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<RegistrySourceException>(() => new FileRegistrySource(ContentReading.Source(Registry.Dir3, _files.PathFor("nope.xlsx"))).FetchAsync());

        Assert.Contains("nope.xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_source_spools_the_file_and_hashes_it_like_the_file_source()
    {
        string path;
        await using (var content = await new HttpRegistrySource(Http("list.xlsx"), _client).FetchAsync())
        {
            Assert.Equal(RealListHash, content.ContentHash);
            path = content.Path;
            Assert.True(System.IO.File.Exists(path));
        }

        Assert.False(System.IO.File.Exists(path));
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_backoff()
    {
        await using var content = await new HttpRegistrySource(Http("flaky.xlsx", retries: 3), _client).FetchAsync();

        Assert.Equal(RealListHash, content.ContentHash);
    }

    [Fact]
    public async Task A_server_error_that_persists_is_reported_after_the_retries()
    {
        var error = await Assert.ThrowsAsync<RegistrySourceException>(() => new HttpRegistrySource(Http("broken", retries: 2), _client).FetchAsync());

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempt(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_not_found_is_not_retried()
    {
        var error = await Assert.ThrowsAsync<RegistrySourceException>(() => new HttpRegistrySource(Http("missing", retries: 5), _client).FetchAsync());

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_is_reported_as_such()
    {
        var error = await Assert.ThrowsAsync<RegistrySourceException>(() => new HttpRegistrySource(Http("slow", timeoutSeconds: 1), _client).FetchAsync());

        Assert.Contains("did not answer within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_instead_of_the_file_is_refused()
    {
        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => new HttpRegistrySource(Http("login.xlsx"), _client).FetchAsync());

        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains("login.xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_over_the_size_limit_is_refused()
    {
        var error = await Assert.ThrowsAsync<RegistrySourceException>(() => new HttpRegistrySource(Http("big", maxBytes: 1024), _client).FetchAsync());

        Assert.Contains("MaxBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sia_soap_source_posts_the_envelope_and_its_response_reads_as_entries()
    {
        var options = Http("soap/sia", Registry.Sia);
        options.Type = RegistrySourceType.Soap;
        options.Soap = new SoapSourceOptions { Action = "http://www.map.es/sgca/consultar/consultarSIA_v3_1", Envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>" };

        await using var content = await new SoapRegistrySource(options, _client).FetchAsync();
        using var reader = RegistryContentReader.Open(content);

        Assert.Equal("\"http://www.map.es/sgca/consultar/consultarSIA_v3_1\"", _server.LastSoapAction);
        Assert.Equal(["2094606", "2094607"], reader.Rows.OfType<SiaRow>().Select(r => r.Entry.Code));
    }

    [Fact]
    public async Task A_soap_fault_is_reported_with_its_message_and_not_retried()
    {
        var options = Http("soap/fault", Registry.Sia, retries: 3);
        options.Type = RegistrySourceType.Soap;
        options.Soap = new SoapSourceOptions { Action = "x", Envelope = "<e/>" };

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => new SoapRegistrySource(options, _client).FetchAsync());

        Assert.Contains("Usuario o clave incorrectos", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dir3_soap_download_decodes_its_base64_zip()
    {
        var zip = Zip(_files.PathFor("ws.zip"), ("Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento de Alcobendas")])));
        _server.Dir3Zip = await System.IO.File.ReadAllBytesAsync(zip);
        var options = Http("soap/dir3");
        options.Type = RegistrySourceType.Soap;
        options.Soap = new SoapSourceOptions { Action = "exportar", Envelope = "<e/>", Response = SoapResponseContent.Base64Zip };

        await using var content = await new SoapRegistrySource(options, _client).FetchAsync();
        using var reader = RegistryContentReader.Open(content);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_server.Dir3Zip)), content.ContentHash);
        Assert.Equal("L01280066", Assert.IsType<UnitRow>(Assert.Single(reader.Rows)).Unit.Code);
    }

    [Fact]
    public async Task A_dir3_soap_answer_without_the_file_reports_the_services_message()
    {
        var options = Http("soap/dir3-empty");
        options.Type = RegistrySourceType.Soap;
        options.Soap = new SoapSourceOptions { Action = "exportar", Envelope = "<e/>", Response = SoapResponseContent.Base64Zip };

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => new SoapRegistrySource(options, _client).FetchAsync());

        Assert.Contains("Credenciales no válidas", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_come_from_configuration_in_order_with_relative_paths_on_the_content_root()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sync:Sources:0:Name"] = "dir3-eell",
            ["Sync:Sources:0:Registry"] = "Dir3",
            ["Sync:Sources:0:Type"] = "Http",
            ["Sync:Sources:0:Location"] = "https://example.invalid/Listado%20Unidades%20EELL.xlsx",
            ["Sync:Sources:0:Retries"] = "5",
            ["Sync:Sources:1:Name"] = "sia-alcobendas",
            ["Sync:Sources:1:Registry"] = "Sia",
            ["Sync:Sources:1:Type"] = "File",
            ["Sync:Sources:1:Location"] = "data/sia.xml",
            ["Sync:Sources:1:FullList"] = "false",
        }).Build();
        using var provider = new ServiceCollection().AddRegistrySources(configuration).BuildServiceProvider();

        var sources = provider.GetRequiredService<RegistrySources>().All;

        Assert.Equal(["dir3-eell", "sia-alcobendas"], sources.Select(s => s.Options.Name));
        Assert.IsType<HttpRegistrySource>(sources[0]);
        Assert.Equal(5, sources[0].Options.Retries);
        Assert.IsType<FileRegistrySource>(sources[1]);
        Assert.False(sources[1].Options.FullList);
    }

    [Fact]
    public void Two_sources_with_the_same_name_are_refused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sync:Sources:0:Name"] = "dir3",
            ["Sync:Sources:0:Location"] = "a.xlsx",
            ["Sync:Sources:1:Name"] = "DIR3",
            ["Sync:Sources:1:Location"] = "b.xlsx",
        }).Build();
        using var provider = new ServiceCollection().AddRegistrySources(configuration).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<RegistrySources>());

        Assert.Contains("two sources named", error.Message, StringComparison.Ordinal);
    }
}
