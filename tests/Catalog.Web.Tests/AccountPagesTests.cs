using System.Text.RegularExpressions;
using Catalog.Api.Auth;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>Signing in, out, setting a password and the lockout, as people do them in the browser.</summary>
public sealed class AccountPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [SkippableFact]
    public Task Sign_in_page_is_in_Spanish_and_accessible() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/entrar");
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Entrar");
        await Assertions.Expect(page.GetByLabel("Correo electrónico")).ToHaveAttributeAsync("autocomplete", "username");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Empty_sign_in_says_what_is_missing_by_each_field() => InPageAsync(async page =>
    {
        await OpenAsync(page, "/entrar");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Hay un problema" });
        await Assertions.Expect(summary).ToContainTextAsync("Escriba su correo electrónico.");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Escriba su contraseña." })).ToHaveAttributeAsync("href", "#password");
        await Assertions.Expect(page.GetByLabel("Correo electrónico")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error:"));
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task A_user_signs_in_sees_discrepancies_and_signs_out() => InPageAsync(async page =>
    {
        var email = await People.AddAsync(Fixture, page, CatalogRole.Editor, "28006");

        // An anonymous visitor is asked to sign in, and comes back to the page after.
        await OpenAsync(page, "/discrepancias", status: 401);
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Necesita iniciar sesión");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Entrar" }).ClickAsync();
        await People.SubmitSignInAsync(page, email, People.Password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/discrepancias$"));
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Discrepancias");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(email);
        await Assertions.Expect(page.Locator("main table tbody tr").First).ToContainTextAsync("Alcobendas");
        await AssertAccessibleAsync(page);

        await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Salir" }).ClickAsync();
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Sesión cerrada");
        await Assertions.Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Entrar" })).ToBeVisibleAsync();
        await OpenAsync(page, "/discrepancias", status: 401);
    });

    [SkippableFact]
    public Task Five_wrong_passwords_lock_the_account_even_for_the_right_one() => InPageAsync(async page =>
    {
        var email = await People.AddAsync(Fixture, page, CatalogRole.Editor, "29067");
        await page.GotoAsync("/entrar");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await People.SubmitSignInAsync(page, email, "no es la contraseña " + attempt);
            await Assertions.Expect(page.Locator("#password-error")).ToContainTextAsync("no son correctos");
        }

        await People.SubmitSignInAsync(page, email, "no es la contraseña 5");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cuenta bloqueada temporalmente" })).ToBeVisibleAsync();

        await People.SubmitSignInAsync(page, email, People.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cuenta bloqueada temporalmente" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Entrar" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task A_password_link_works_once() => InPageAsync(async page =>
    {
        var email = People.NewEmail("once");
        var link = await Fixture.Host.AddAccountAsync(email, CatalogRole.Curator);
        for (var time = 1; time <= 2; time++)
        {
            await page.GotoAsync(link);
            await page.GetByLabel("Contraseña nueva").FillAsync(People.Password + time);
            await page.GetByLabel("Repita la contraseña").FillAsync(People.Password + time);
            await page.GetByRole(AriaRole.Button, new() { Name = "Guardar la contraseña" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("#password-error")).ToContainTextAsync("El enlace ya se ha usado o ha caducado");
        await AssertAccessibleAsync(page);
    });

    [SkippableFact]
    public Task Set_password_page_refuses_two_different_passwords() => InPageAsync(async page =>
    {
        var link = await Fixture.Host.AddAccountAsync(People.NewEmail("mismatch"), CatalogRole.Curator);
        await page.GotoAsync(link);
        await page.GetByLabel("Contraseña nueva").FillAsync(People.Password);
        await page.GetByLabel("Repita la contraseña").FillAsync(People.Password + "x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar la contraseña" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation-error")).ToContainTextAsync("no coinciden");
    });
}
