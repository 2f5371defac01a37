using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>The national view: coverage per community, province and procedure, a ranking, and its download.</summary>
public sealed class CoveragePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public Task Coverage_shows_communities_procedures_and_a_ranking_with_numbers_as_tables() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/cobertura");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cobertura nacional");
        var regions = page.GetByRole(AriaRole.Table, new() { Name = "Por comunidad autónoma" });
        await Assertions.Expect(regions.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(19);
        await Assertions.Expect(regions).ToContainTextAsync("Comunidad de Madrid");
        // The four demo cities lead the ranking; percentages are written the Spanish way.
        var ranking = page.Locator("#clasificacion ~ .table-wrap table").First;
        await Assertions.Expect(ranking.Locator("tbody tr").First).ToContainTextAsync(" %");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "URB-001", Exact = true })).ToHaveAttributeAsync("href", "/referencia/URB-001");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task A_community_shows_its_provinces_and_its_own_ranking() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/cobertura");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Comunidad autónoma" }).SelectOptionAsync(new SelectOptionValue { Label = "Andalucía" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Por provincia: Andalucía" })).ToBeVisibleAsync();
        // The figure cards count Andalucía's 785 municipalities, not Spain's 8.131.
        var figures = page.GetByRole(AriaRole.List, new() { Name = "Cifras de Andalucía" });
        await Assertions.Expect(figures).ToContainTextAsync("785 municipios");
        await Assertions.Expect(figures).Not.ToContainTextAsync("8.131");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clasificación de municipios: Andalucía" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#clasificacion ~ .table-wrap tbody tr").First).ToContainTextAsync("Málaga");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Coverage_downloads_as_XLSX_with_every_municipality() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/cobertura");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar la cobertura (XLSX)" }).ClickAsync());
        var (_, rows) = Workbooks.ReadFirstSheet(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Equal(8_131 + 1, rows.Count);
    });
}
