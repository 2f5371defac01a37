using System.Text.RegularExpressions;
using Catalog.Api.Auth;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>A city's editor sees which procedures are ready for SIA and why not, publishes the catalog, and sets an operation aside.</summary>
public sealed class SiaPublishingPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public Task An_editor_sees_what_SIA_still_needs_publishes_the_catalog_and_sets_an_operation_aside() => InPageAsync(async page =>
    {
        var email = await People.AddAsync(Fixture, page, CatalogRole.Editor, "33024");
        await OpenAsync(page, "/municipios/33024/sia", status: 401);
        await People.SignInAsync(page, email);
        await OpenAsync(page, "/municipios/33024");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Publicación en SIA") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publicación en SIA de Gijón");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("La publicación en SIA está activada");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Todavía no se ha enviado nada a SIA.");

        // The demo catalog lacks SIA's codes: each procedure says what is missing, and shows the XML it would send.
        var first = page.Locator("table").First.Locator("tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync("Faltan datos");
        await Assertions.Expect(first.Locator("ul.missing li").First).ToContainTextAsync("falta:");
        await first.GetByText("Ver el XML que se enviaría").ClickAsync();
        await Assertions.Expect(first.Locator("pre")).ToContainTextAsync("<DENOMINACION>");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publicar en SIA los procedimientos que aún no se han enviado" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Se han puesto en cola \d+ procedimientos"));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Todavía no se ha enviado nada a SIA.");

        // The sender in the API process finds them incomplete: each waits for data, with the buttons to act.
        var waiting = page.Locator("table").First.Locator("tbody tr").Filter(new() { HasText = "A la espera de datos" }).First;
        for (var i = 0; i < 30 && await waiting.CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        // The row lists the gaps once, in the readiness column; the log says why nothing was sent.
        await Assertions.Expect(waiting.Locator("ul.missing li").First).ToContainTextAsync("falta:");
        await Assertions.Expect(waiting).Not.ToContainTextAsync("No se envía a SIA hasta completar");
        await Assertions.Expect(page.Locator("table").Last).ToContainTextAsync("No se envía a SIA hasta completar");
        var name = (await waiting.Locator("th a").TextContentAsync())!.Trim();
        await AssertAccessibleAsync(page);
        await waiting.GetByRole(AriaRole.Button, new() { Name = $"Descartar el envío de «{name}»" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La operación se ha descartado");
        var row = page.Locator("table").First.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
        await Assertions.Expect(row).ToContainTextAsync("Descartada");
        await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    });
}
