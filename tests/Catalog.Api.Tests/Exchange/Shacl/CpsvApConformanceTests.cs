using System.Text.Json;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Domain.CityCatalog;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests.Exchange.Shacl;

/// <summary>
/// The CPSV-AP exports of the demo data the API seeds (each demo city and the reference catalog), in every RDF format,
/// written once into a temporary folder and checked by one run of the SHACL engine.
/// </summary>
public sealed class DemoCatalogExports : IAsyncLifetime
{
    public static readonly Uri BaseUri = new("https://catalogo.example.es/");

    /// <summary>The RDF formats the catalogs are exported in.</summary>
    public static readonly CatalogFormat[] Formats = [CatalogFormat.JsonLd, CatalogFormat.Turtle];

    /// <summary>The reference catalog, beside the demo cities' INE codes.</summary>
    public const string Reference = "reference";

    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("cpsv-ap-").FullName;
    private Task<IReadOnlyList<ShaclReport>>? _reports;

    /// <summary>The municipalities with a demo catalog, read from the seed file the API loads, and the reference catalog.</summary>
    public static IReadOnlyList<string> Catalogs { get; } = ReadCatalogs();

    private static List<string> ReadCatalogs()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("db", "Seed", "Data", "demo-catalog.json")));
        return [.. seed.RootElement.GetProperty("municipalities").EnumerateArray().Select(city => city.GetProperty("ineCode").GetString()!), Reference];
    }

    public TestDatabase Database => _database;

    public string FileOf(string catalog, CatalogFormat format) => Path.Combine(_folder, $"{catalog}.{format.Extension()}");

    /// <summary>The engine's report on one export (all exports are validated in one run, the first time one is asked for).</summary>
    internal async Task<ShaclReport> ReportAsync(string catalog, CatalogFormat format)
    {
        _reports ??= ShaclEngine.ValidateAsync([.. Catalogs.SelectMany(c => Formats.Select(f => FileOf(c, f)))]);
        var file = FileOf(catalog, format);
        return (await _reports).Single(r => r.File == file);
    }

    /// <summary>The IRIs of the services a catalog holds: a city's offered active procedures, or every reference procedure.</summary>
    public async Task<List<string>> ServiceIrisAsync(string catalog)
    {
        var iris = new CpsvApWriter(BaseUri);
        await using var db = _database.CreateContext();
        if (catalog == Reference)
        {
            return [.. (await db.ReferenceProcedures.Select(p => p.Code).ToListAsync()).Select(iris.ReferenceProcedureIri).Order(StringComparer.Ordinal)];
        }

        var procedures = await db.CityProcedures.AsNoTracking().Where(p => p.MunicipalityIneCode == catalog && p.Status == CityProcedureStatus.Active).ToListAsync();
        return [.. procedures.Where(p => p.IsOffered).Select(p => iris.CityProcedureIri(catalog, p.Id)).Order(StringComparer.Ordinal)];
    }

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(includeDemo: true);
        var exporter = ExchangeTestData.Exporter(_database);
        foreach (var catalog in Catalogs)
        {
            foreach (var format in Formats)
            {
                await using var file = File.Create(FileOf(catalog, format));
                if (catalog == Reference)
                {
                    await exporter.WriteReferenceCatalogAsync(format, file, BaseUri, CancellationToken.None);
                }
                else
                {
                    await using var db = _database.CreateContext();
                    await exporter.WriteCityCatalogAsync(await db.Municipalities.SingleAsync(m => m.IneCode == catalog), format, file, BaseUri, CancellationToken.None);
                }
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>
/// Issue 17: the CPSV-AP exports conform to SEMIC's CPSV-AP 3.2.0 SHACL shapes (RDFS inference over the CPSV-AP
/// vocabulary), and a reader that knows nothing of named graphs finds every service.
/// </summary>
public sealed class CpsvApConformanceTests(DemoCatalogExports exports) : IClassFixture<DemoCatalogExports>
{
    public static TheoryData<string> Catalogs() => [.. DemoCatalogExports.Catalogs];

    [SkippableTheory]
    [MemberData(nameof(Catalogs))]
    public async Task The_JSON_LD_export_conforms_to_the_CPSV_AP_shapes(string catalog)
    {
        var report = await exports.ReportAsync(catalog, CatalogFormat.JsonLd);

        Assert.True(report.Conforms, report.Describe());
    }

    [SkippableTheory]
    [MemberData(nameof(Catalogs))]
    public async Task A_plain_RDF_reader_finds_every_service_of_the_JSON_LD_export_in_the_default_graph(string catalog)
    {
        var report = await exports.ReportAsync(catalog, CatalogFormat.JsonLd);

        Assert.Empty(report.NamedGraphs);
        Assert.Equal(await exports.ServiceIrisAsync(catalog), report.ServicesInDefaultGraph.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Catalogs))]
    public async Task The_Turtle_export_conforms_to_the_CPSV_AP_shapes_and_holds_every_service(string catalog)
    {
        var report = await exports.ReportAsync(catalog, CatalogFormat.Turtle);

        Assert.True(report.Conforms, report.Describe());
        Assert.Equal(await exports.ServiceIrisAsync(catalog), report.ServicesInDefaultGraph.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Catalogs))]
    public async Task The_Turtle_export_is_the_same_graph_as_the_JSON_LD_export(string catalog)
    {
        var jsonLd = await exports.ReportAsync(catalog, CatalogFormat.JsonLd);
        var turtle = await exports.ReportAsync(catalog, CatalogFormat.Turtle);

        Assert.Equal(jsonLd.Quads, turtle.Quads);
        Assert.Equal(jsonLd.Canonical, turtle.Canonical);
    }
}
