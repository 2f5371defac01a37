using System.Text.RegularExpressions;
using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>The working group's side-by-side comparison of one reference procedure across cities.</summary>
public sealed class ComparePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static async Task AddAsync(IPage page, string typed)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Añadir un municipio a la comparación" }).FillAsync(typed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir" }).ClickAsync();
    }

    [SkippableFact]
    public Task A_working_group_member_compares_URB_001_in_four_cities_and_downloads_the_XLSX() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/referencia/URB-001");
        await page.GetByRole(AriaRole.Link, new() { Name = "Comparar municipios" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Comparar municipios");

        await AddAsync(page, "Alcobendas");
        await AddAsync(page, "malaga");
        await AddAsync(page, "28006"); // already there: added once
        await AddAsync(page, "Gijón");
        // Valencia de Alcántara and others contain the word; the one named exactly so (accents aside) is taken.
        await AddAsync(page, "valencia");

        var headers = page.Locator("table.compare thead th");
        await Assertions.Expect(headers).ToHaveCountAsync(5);
        foreach (var city in new[] { "Alcobendas", "Málaga", "Gijón", "València" })
        {
            await Assertions.Expect(headers.Filter(new() { HasText = city })).ToHaveCountAsync(1);
        }

        // Differences are said in words, not only in colour.
        await Assertions.Expect(page.Locator("table.compare .tag", new() { HasText = "Distinto" }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        // The shareable link names exactly the four cities.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enlace a esta comparación" }))
            .ToHaveAttributeAsync("href", new Regex(@"^/comparar/URB-001\?municipios=28006,29067,33024,46250$"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar la comparación (XLSX)" }).ClickAsync());
        var file = await download.PathAsync();
        var (_, rows) = Workbooks.ReadFirstSheet(await File.ReadAllBytesAsync(file));
        var text = string.Join("\n", rows.Select(r => string.Join("|", r)));
        foreach (var city in new[] { "Alcobendas", "Málaga", "Gijón", "València" })
        {
            Assert.Contains(city, text, StringComparison.Ordinal);
        }
    });

    [SkippableFact]
    public Task A_name_several_municipalities_share_offers_a_choice() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/comparar/URB-001?municipios=28006");
        await AddAsync(page, "Villanueva de");
        var choices = page.GetByRole(AriaRole.Region, new() { Name = "Varios municipios coinciden con «Villanueva de»: elija uno" });
        await Assertions.Expect(choices.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        var chosen = await choices.GetByRole(AriaRole.Link).First.InnerTextAsync();
        await choices.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("table.compare thead th").Filter(new() { HasText = chosen })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.compare thead th")).ToHaveCountAsync(3);
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task A_city_is_removed_from_the_comparison_by_its_link() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/comparar/URB-001?municipios=28006,29067");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quitar Málaga" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/comparar/URB-001\?municipios=28006$"));
        await Assertions.Expect(page.Locator("table.compare thead th")).ToHaveCountAsync(2);
    });

    [SkippableFact]
    public Task A_name_no_municipality_has_is_explained_by_the_search_box() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/comparar/URB-001?municipios=28006");
        await AddAsync(page, "Xqzwlandia");
        await Assertions.Expect(page.Locator("#anadir-error")).ToContainTextAsync("Ningún municipio coincide con «Xqzwlandia»");
        await Assertions.Expect(page.Locator("table.compare thead th")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Codes_in_the_address_that_name_no_municipality_are_named_and_left_out() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/comparar/URB-001?municipios=28006,99999,28999", status: 400);
        await Assertions.Expect(page.Locator("#anadir-error")).ToContainTextAsync("99999");
        await Assertions.Expect(page.Locator("#anadir-error")).ToContainTextAsync("28999");
        await Assertions.Expect(page.Locator("table.compare thead th")).ToHaveCountAsync(2);
    });
}
