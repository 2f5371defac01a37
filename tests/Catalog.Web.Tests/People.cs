using Catalog.Api.Auth;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>
/// People with accounts, as the tests need them: each test makes its own (a unique email), so a lockout or a sign-out
/// in one test never touches another. Passwords are set and used through the pages, as a person would.
/// </summary>
public static class People
{
    /// <summary>A password long enough for the accounts' rule (12 characters or more).</summary>
    public const string Password = "una frase que se recuerda bien";

    /// <summary>A new account's email, unique in the shared host.</summary>
    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@ayuntamiento.test";

    /// <summary>Creates an account and sets its password through the link's page; returns its email.</summary>
    public static async Task<string> AddAsync(BrowserFixture fixture, IPage page, CatalogRole role, params string[] municipalities)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(page);
        var email = NewEmail(role.ToString().ToLowerInvariant());
        var link = await fixture.Host.AddAccountAsync(email, role, municipalities);
        await page.GotoAsync(link);
        await page.GetByLabel("Contraseña nueva").FillAsync(Password);
        await page.GetByLabel("Repita la contraseña").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar la contraseña" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Contraseña guardada");
        return email;
    }

    /// <summary>Fills the sign-in form on the current page (the sign-in page) and sends it.</summary>
    public static async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
    }

    /// <summary>Opens the sign-in page and signs in with the right password.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/entrar");
        await SubmitSignInAsync(page, email, Password);
        await Assertions.Expect(page.GetByText("Ha entrado como")).ToBeVisibleAsync();
    }
}
