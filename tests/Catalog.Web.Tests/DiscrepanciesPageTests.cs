using Catalog.Api.Auth;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>The open discrepancies, for signed-in people only, each seeing what their role allows.</summary>
public sealed class DiscrepanciesPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Rows(IPage page) => page.Locator("main table tbody tr");

    [SkippableFact]
    public Task An_editor_of_Alcobendas_sees_Alcobendas_discrepancies_and_not_Malagas() => InPageAsync(async page =>
    {
        // An admin sees Málaga's, so the editor's empty list below is the scope at work, not an empty catalog.
        var admin = await People.AddAsync(Fixture, page, CatalogRole.Admin);
        await People.SignInAsync(page, admin);
        await OpenAsync(page, "/discrepancias?municipio=29067");
        await Assertions.Expect(Rows(page).First).ToContainTextAsync("Málaga");
        await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Salir" }).ClickAsync();

        var editor = await People.AddAsync(Fixture, page, CatalogRole.Editor, "28006");
        await People.SignInAsync(page, editor);
        await OpenAsync(page, "/discrepancias");
        var municipalities = await page.Locator("main table tbody tr td:first-child").AllInnerTextsAsync();
        Assert.NotEmpty(municipalities);
        Assert.All(municipalities, m => Assert.Equal("Alcobendas", m));

        await OpenAsync(page, "/discrepancias?municipio=29067");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("no es uno de los suyos");
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(0);
    });

    [SkippableFact]
    public Task Discrepancies_are_filtered_by_severity_and_a_bad_code_is_explained() => InPageAsync(async page =>
    {
        var admin = await People.AddAsync(Fixture, page, CatalogRole.Admin);
        await People.SignInAsync(page, admin);
        await OpenAsync(page, "/discrepancias");
        await page.GetByLabel("Gravedad").SelectOptionAsync(new SelectOptionValue { Label = "Error" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("gravedad=ERROR"));
        var severities = await page.Locator("main table tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(severities);
        Assert.All(severities, s => Assert.Equal("Error", s));
        await AssertAccessibleAsync(page);

        await OpenAsync(page, "/discrepancias?municipio=abc", status: 400);
        await Assertions.Expect(page.Locator("#municipio-error")).ToContainTextAsync("no es un código de municipio");
        await AssertAccessibleAsync(page);
    });
}
