using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>The read-side pages over the demo data: each answers in Spanish, shows its data and passes axe-core.</summary>
public sealed class CatalogPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [SkippableFact]
    public Task Reference_catalog_lists_procedures_by_process() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/referencia");
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Catálogo de referencia");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Licencia urbanística de obra mayor", Exact = true })).ToHaveAttributeAsync("href", "/referencia/URB-001");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Reference_procedure_shows_attributes_versions_and_the_cities_implementing_it() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/referencia/URB-001");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Historial de versiones" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".summary").First).ToContainTextAsync("Forma de inicio");
        var cities = page.GetByRole(AriaRole.Heading, new() { Name = "Municipios que lo aplican" });
        await Assertions.Expect(cities).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Málaga", Exact = true })).ToHaveAttributeAsync("href", "/municipios/29067");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Unknown_reference_code_is_a_404_that_says_what_codes_look_like() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/referencia/ZZZ-999", status: 404);
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("No existe ese procedimiento de referencia");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("URB-001");
    });

    [SkippableFact]
    public Task Municipality_page_shows_coverage_procedures_by_status_and_the_unit_tree() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/municipios/29067");
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Málaga");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cobertura del catálogo de referencia" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".tag", new() { HasText = "Asignado" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".tag", new() { HasText = "Falta" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".tree a").First).ToHaveAttributeAsync("href", new Regex("^/registros/dir3/"));
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Municipality_is_found_by_its_council_DIR3_code_too() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/municipios/L01290672");
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Málaga");
    });

    [SkippableFact]
    public Task Unknown_municipality_is_a_404_that_says_which_codes_work() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/municipios/99999", status: 404);
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("No se encuentra ese municipio");
    });

    [SkippableFact]
    public Task DIR3_unit_page_shows_parents_and_children() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/registros/dir3/L01290672");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unidades dependientes" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unidades superiores" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task SIA_entry_page_shows_the_registered_attributes() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/registros/sia/9902001");
        await Assertions.Expect(page.Locator(".caption")).ToContainTextAsync("9902001");
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("Unidad responsable");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Sync_runs_page_has_a_chart_and_its_numbers_as_a_table() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/sincronizacion");
        await Assertions.Expect(page.Locator("svg.chart")).ToBeVisibleAsync();
        var table = page.Locator("#ejecuciones table");
        await Assertions.Expect(table.Locator("td.num").First).ToHaveCSSAsync("text-align", "right");
        await Assertions.Expect(table).ToContainTextAsync("Correcta");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Sync_run_page_shows_sources_with_hashes_and_counts() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/sincronizacion");
        // The oldest run is the start-up sync, which read the sources; later ones (the reconciliation a test's edit
        // runs, when that test came first) read none.
        await page.Locator("#ejecuciones tbody tr a").Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fuentes" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("sample-dir3");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Unidades DIR3");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task An_anonymous_visitor_finds_Malaga_and_opens_its_building_permit() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.GetByLabel("Qué busca").FillAsync("Málaga");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Málaga", Exact = true }).ClickAsync();
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Málaga");
        await page.GetByRole(AriaRole.Link, new() { Name = "Licencia de obras mayores" }).ClickAsync();
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Licencia de obras mayores");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/municipios/29067/procedimientos/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("9902001");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Licencia urbanística de obra mayor");
        await AssertAccessibleAsync(page);
    });
}
