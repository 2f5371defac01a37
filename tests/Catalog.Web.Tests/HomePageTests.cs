using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>The home page: search across the catalogs and the national figures, in Spanish.</summary>
public sealed class HomePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public Task Home_is_in_Spanish_with_national_figures_and_accessible() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Buscar procedimientos y municipios");
        // 8,131 municipalities written the Spanish way.
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("8.131");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Search_finds_municipalities_reference_and_city_procedures_ranked_in_one_list() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.GetByLabel("Qué busca").FillAsync("licencia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=licencia$"));
        var results = page.Locator(".result-list li");
        await Assertions.Expect(results.Filter(new() { HasText = "Procedimiento de referencia" }).First).ToBeVisibleAsync();
        await Assertions.Expect(results.Filter(new() { HasText = "Procedimiento municipal" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("los que mejor responden primero")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Plural_words_find_the_building_permits_and_more_results_page_on() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/?q=obras%20mayores");
        await page.GetByRole(AriaRole.Link, new() { Name = "Licencia de obras mayores" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Licencia de obras mayores");

        await OpenAsync(page, "/?q=villa");
        var firstPage = await page.Locator(".result-list li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.GetByRole(AriaRole.Link, new() { Name = "Más resultados" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=villa&despues="));
        var secondPage = await page.Locator(".result-list li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(20, secondPage.Length);
        Assert.Empty(firstPage.Intersect(secondPage));
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Skip_link_is_the_first_stop_and_moves_to_the_main_content() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Saltar al contenido principal");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#contenido$"));
    });

    [SkippableFact]
    public Task English_is_chosen_by_the_selector_and_kept() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/?q=malaga");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search procedures and municipalities");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.EndsWith("/?q=malaga", page.Url, StringComparison.Ordinal);
        await OpenAsync(page, "/");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("8,131");
    });

    [SkippableFact]
    public Task Unknown_address_gets_a_Spanish_404_saying_what_to_do() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/no-existe-esta-pagina", status: 404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No se encuentra la página");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ir a la página de inicio" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    });
}
