using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Catalog.Api.Auth;
using Catalog.Domain.Codes;
using Catalog.Domain.Webhooks;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>A city's editor registers a webhook in the browser, sees the secret once, the delivery log, and redelivers.</summary>
public sealed class WebhookPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public Task An_editor_registers_a_webhook_sees_its_secret_and_the_delivery_of_a_change() => InPageAsync(async page =>
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var email = await People.AddAsync(Fixture, page, CatalogRole.Editor, "28006");
        await OpenAsync(page, "/municipios/28006/webhooks", status: 401);
        await People.SignInAsync(page, email);
        await OpenAsync(page, "/municipios/28006");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Webhooks") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Webhooks de Alcobendas");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Este municipio no tiene webhooks.");

        // Nothing typed: the field says what is missing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar webhook" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Escriba la dirección del receptor");
        await Assertions.Expect(page.GetByLabel("Dirección del receptor")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error:"));
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Dirección del receptor").FillAsync(receiver.Url);
        await page.GetByLabel("Procedimiento creado").CheckAsync();
        await page.GetByLabel("Descripción").FillAsync("Sede electrónica");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar webhook" }).ClickAsync();
        var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Webhook registrado" });
        await Assertions.Expect(notice).ToBeVisibleAsync();
        var secret = (await notice.Locator("code").TextContentAsync())!.Trim();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("section.webhook")).ToContainTextAsync("Procedimiento creado");
        await AssertAccessibleAsync(page);

        // A change to the catalog: the receiver gets it, signed with the secret the page showed.
        using var api = new HttpClient { BaseAddress = Fixture.Address };
        var token = Fixture.Host.Services.GetRequiredService<TokenIssuer>().Issue("webhook-test", CatalogRole.Editor, [IneCode.Parse("28006")]);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var write = await api.PostAsJsonAsync("graphql", new
        {
            query = "mutation { createCityProcedure(input: { municipality: \"28006\", localName: \"Licencia de vado\", silenceEffect: NEGATIVE }) { cityProcedure { id } } }",
        });
        Assert.DoesNotContain("errors", await write.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await receiver.WaitUntilAsync(r => r.Count >= 1, 30, "the event of the new procedure");
        var received = receiver.Received[0];
        Assert.True(WebhookSignature.Verify(secret, received.Body, received.Signature));

        // Sending the form again (the browser's reload of the answer) does not register a second webhook.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ya tiene un webhook con esa dirección");
        await OpenAsync(page, "/municipios/28006/webhooks");
        await Assertions.Expect(page.Locator("section.webhook")).ToHaveCountAsync(1);
        var row = page.Locator("section.webhook tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Entregado");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(secret);
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("se enviará de nuevo");
        await receiver.WaitUntilAsync(r => r.Count >= 2, 30, "the redelivered event");
        Assert.Equal(received.Id, receiver.Received[1].Id);

        await page.GetByRole(AriaRole.Button, new() { Name = "Eliminar webhook" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Webhook eliminado");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Este municipio no tiene webhooks.");
    });
}
