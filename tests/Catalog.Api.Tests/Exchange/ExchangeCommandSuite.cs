using System.Text.Json;
using Catalog.Api.Exchange;
using Catalog.Db;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>The <c>import</c> and <c>export</c> commands, run on the services the API program gives them.</summary>
public abstract class ExchangeCommandSuite(TestDatabase database) : IDisposable
{
    private readonly List<string> _files = [];
    private readonly Dictionary<string, string?> _settings = [];
    private ServiceProvider? _services;

    protected TestDatabase Database { get; } = database;

    private IServiceProvider Services => _services ??= new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddCatalogDatabase(Database.Options)
        .AddCatalogExchange(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build())
        .BuildServiceProvider();

    public void Dispose()
    {
        _services?.Dispose();
        foreach (var file in _files)
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }

    private string TempFile(string extension, string? content = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-command-{Guid.NewGuid():N}.{extension}");
        _files.Add(path);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    /// <summary>Runs a command line of the API program, as typed after <c>dotnet run --project Catalog.Api --</c>, on the test's services.</summary>
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ApiCommandLine.InvokeAsync(args, services: Services, output: output, error: error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> CityAsync()
    {
        await Database.SeedAsync();
        return (await FreshMunicipalityAsync(Database)).IneCode;
    }

    [SkippableFact]
    public async Task Import_with_dry_run_prints_the_report_and_writes_nothing()
    {
        var ine = await CityAsync();
        var file = TempFile("csv", SpanishHeader + "\n" + Row("A-1", "Uno", "2094606") + "\n");

        var (exit, output, _) = await RunAsync("import", "--municipality", ine, "--file", file, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("Dry run:", output, StringComparison.Ordinal);
        Assert.Contains("1 rows from Csv: 1 to create, 0 to update, 0 unchanged, 0 invalid.", output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
    }

    [SkippableFact]
    public async Task Import_commits_as_the_admin_named_by_as()
    {
        var ine = await CityAsync();
        var file = TempFile("csv", SpanishHeader + "\n" + Row("A-1", "Uno", "2094606") + "\n");

        var (exit, output, _) = await RunAsync("import", "--municipality", ine, "--file", file, "--as", "alice");

        Assert.Equal(0, exit);
        Assert.StartsWith("Imported:", output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        var entry = await db.ChangeLog.SingleAsync(e => e.MunicipalityIneCode == ine);
        Assert.Equal(("alice", "admin", "import"), (entry.Actor, entry.Role, entry.Action));
    }

    [SkippableFact]
    public async Task Import_of_invalid_rows_exits_with_1_and_lists_each_problem()
    {
        var ine = await CityAsync();
        var file = TempFile("csv", SpanishHeader + "\n" + Row("A-1", "Uno", "2094606") + "\n" + Row("A-2", "Dos", "2094606") + "\n");

        var (exit, output, _) = await RunAsync("import", "--municipality", ine, "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Contains("  row 3, codigo_sia: SIA code 2094606 is repeated: row 2 has it too.", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_of_an_unreadable_file_exits_with_1_and_says_why()
    {
        var ine = await CityAsync();
        var file = TempFile("csv", "localName\tsiaCode\nUno\t1\n");

        var (exit, _, error) = await RunAsync("import", "--municipality", ine, "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.GetFileName(file)}: Line 1 (header) is separated by tabs.", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_writes_a_workbook_that_imports_back_unchanged()
    {
        var ine = await CityAsync();
        await RunAsync("import", "--municipality", ine, "--file", TempFile("csv", SpanishHeader + "\n" + Row("A-1", "Uno", "2094606") + "\n"));
        var workbook = TempFile("xlsx");

        var (exit, output, _) = await RunAsync("export", "--municipality", ine, "--format", "xlsx", "--out", workbook);

        Assert.Equal(0, exit);
        Assert.StartsWith($"Wrote {workbook}", output, StringComparison.Ordinal);
        var (_, again, _) = await RunAsync("import", "--municipality", ine, "--file", workbook, "--dry-run");
        Assert.Contains("1 rows from Xlsx: 0 to create, 0 to update, 1 unchanged, 0 invalid.", again, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_of_the_reference_catalog_as_JSON_LD_goes_to_the_output()
    {
        await Database.SeedAsync();

        var (exit, output, _) = await RunAsync("export", "--reference", "--format", "jsonld", "--base-uri", "https://catalogo.example.es");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("@graph")[0];
        Assert.StartsWith("https://catalogo.example.es/reference-procedures/", first.GetProperty("@id").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_of_the_reference_catalog_as_Turtle_goes_to_the_output()
    {
        await Database.SeedAsync();

        var (exit, output, _) = await RunAsync("export", "--reference", "--format", "ttl", "--base-uri", "https://catalogo.example.es");

        Assert.Equal(0, exit);
        Assert.StartsWith("@prefix cpsv: <http://purl.org/vocab/cpsv#> .", output, StringComparison.Ordinal);
        Assert.Contains("\n<https://catalogo.example.es/reference-procedures/URB-001> a cpsv:PublicService ;", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_takes_the_base_uri_of_the_command_line_over_the_configured_one()
    {
        _settings["Exchange:PublicBaseUri"] = "https://configurado.example.es/";
        await Database.SeedAsync();

        var (exit, output, _) = await RunAsync("export", "--reference", "--format", "jsonld", "--base-uri", "https://catalogo.example.es");

        Assert.Equal(0, exit);
        Assert.Contains("\"https://catalogo.example.es/reference-procedures/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("configurado.example.es", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_without_a_base_uri_mints_IRIs_under_the_configured_public_base()
    {
        _settings["Exchange:PublicBaseUri"] = "https://configurado.example.es/";
        await Database.SeedAsync();

        var (exit, output, _) = await RunAsync("export", "--reference", "--format", "jsonld");

        Assert.Equal(0, exit);
        Assert.Contains("\"https://configurado.example.es/reference-procedures/", output, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("--format", "csv")]
    [InlineData("--reference", "--municipality", "28006", "--format", "csv")]
    [InlineData("--reference", "--format", "pdf")]
    [InlineData("--municipality", "28006", "--format", "xlsx")]
    public async Task Export_refuses_a_command_line_that_does_not_say_what_to_write(params string[] args)
    {
        _ = Database.Options;

        var (exit, output, error) = await RunAsync(["export", .. args]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("export --help", error, StringComparison.Ordinal);
    }
}

public sealed class SqliteExchangeCommandTests(SqliteTestDatabase database) : ExchangeCommandSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExchangeCommandTests(PostgresTestDatabase database) : ExchangeCommandSuite(database), IClassFixture<PostgresTestDatabase>;
