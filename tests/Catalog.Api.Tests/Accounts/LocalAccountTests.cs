using System.Text.Json;
using Catalog.Api.Accounts;
using Catalog.Api.Auth;
using Catalog.Api.Tests.Editing;
using Catalog.Domain.Codes;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests.Accounts;

/// <summary>Local accounts: how they are made, how their passwords are set, how sign-in locks, who a cookie is.</summary>
public sealed class LocalAccountTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Alcobendas = "28006";
    private const string Malaga = "29067";
    private const string Viewer = "{ viewer { subject role municipalities } }";

    private AccountBench Accounts => new(fixture.Factory);

    [Fact]
    public async Task A_password_link_sets_the_password_and_the_account_signs_in_with_it()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas);

        Assert.Equal(SignInOutcome.SignedIn, (await Accounts.SignInAsync(account.Email, AccountBench.Password)).Outcome);
    }

    [Fact]
    public async Task A_password_link_works_only_once()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas);

        var again = await Accounts.SetPasswordAsync(account, account.Code, "otra frase de paso distinta");

        Assert.Equal("InvalidToken", Assert.Single(again.Errors).Code);
        Assert.Equal(SignInOutcome.SignedIn, (await Accounts.SignInAsync(account.Email, AccountBench.Password)).Outcome);
    }

    [Fact]
    public async Task A_password_link_expires()
    {
        await using var shortLinks = fixture.CreateFactory(new Dictionary<string, string?> { ["Accounts:PasswordLinkLifetime"] = "00:00:01" });
        var accounts = new AccountBench(shortLinks);
        var account = await accounts.AddAsync(CatalogRole.Curator);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var late = await accounts.SetPasswordAsync(account, account.Code, AccountBench.Password);

        Assert.Equal("InvalidToken", Assert.Single(late.Errors).Code);
    }

    [Fact]
    public async Task A_short_password_is_refused_and_the_link_still_works()
    {
        var account = await Accounts.AddAsync(CatalogRole.Editor, Alcobendas);

        var refused = await Accounts.SetPasswordAsync(account, account.Code, "corta");
        var accepted = await Accounts.SetPasswordAsync(account, account.Code, AccountBench.Password);

        Assert.Contains(refused.Errors, e => e.Code == "PasswordTooShort");
        Assert.True(accepted.Succeeded);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas);

        var attempts = new List<SignInOutcome>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add((await Accounts.SignInAsync(account.Email, "no es la contraseña " + i)).Outcome);
        }

        var right = await Accounts.SignInAsync(account.Email, AccountBench.Password);

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.WrongEmailOrPassword, 4), SignInOutcome.LockedOut], attempts);
        Assert.Equal(SignInOutcome.LockedOut, right.Outcome);
        Assert.True(right.LockedUntil > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task Four_wrong_passwords_then_the_right_one_sign_in()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas);
        for (var i = 0; i < 4; i++)
        {
            await Accounts.SignInAsync(account.Email, "no es la contraseña " + i);
        }

        Assert.Equal(SignInOutcome.SignedIn, (await Accounts.SignInAsync(account.Email, AccountBench.Password)).Outcome);
    }

    [Fact]
    public async Task An_unknown_email_is_told_apart_from_nothing()
    {
        var attempt = await Accounts.SignInAsync("nadie@ayuntamiento.es", AccountBench.Password);

        Assert.Equal(SignInOutcome.WrongEmailOrPassword, attempt.Outcome);
    }

    [Fact]
    public async Task A_signed_in_person_is_the_same_actor_as_a_token_with_the_same_claims()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas, Malaga);
        var cookie = await Accounts.SessionCookieAsync(account.Email, AccountBench.Password);
        var token = new WriteAccess(fixture.Factory.Services, null!).Token(CatalogRole.Editor, Alcobendas, Malaga);
        var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        using var byCookie = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(Viewer) };
        byCookie.Headers.Add("Cookie", cookie);
        var asPerson = await client.SendAsync(byCookie);
        using var byToken = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(Viewer) };
        byToken.Headers.Add("Authorization", "Bearer " + token);
        var asToken = await client.SendAsync(byToken);

        var person = JsonDocument.Parse(await asPerson.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("viewer");
        var holder = JsonDocument.Parse(await asToken.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("viewer");
        Assert.Equal(account.Email, person.GetProperty("subject").GetString());
        Assert.Equal(holder.GetProperty("role").GetString(), person.GetProperty("role").GetString());
        Assert.Equal(holder.GetProperty("municipalities").ToString(), person.GetProperty("municipalities").ToString());
        Assert.Equal("""["28006","29067"]""", person.GetProperty("municipalities").GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_and_secure()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Curator);

        var (_, http) = await Accounts.InRequestAsync(s => s.GetRequiredService<AccountSignIn>().SignInAsync(account.Email, AccountBench.Password));

        var cookie = http.Response.Headers.SetCookie.Select(c => c!).Single(c => c.StartsWith("catalogo.sesion=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("secure", cookie);
    }

    [Fact]
    public async Task A_cookie_signed_in_editor_may_write_only_their_city()
    {
        var account = await Accounts.AddWithPasswordAsync(CatalogRole.Editor, Alcobendas);
        var cookie = await Accounts.SessionCookieAsync(account.Email, AccountBench.Password);
        var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        const string Create = "mutation($m: String!) { createCityProcedure(input: { municipality: $m, localName: \"Vado permanente\" }) { cityProcedure { localName } } }";

        var own = await SendAsync(client, cookie, Create, new { m = Alcobendas });
        var other = await SendAsync(client, cookie, Create, new { m = Malaga });

        Assert.Equal("Vado permanente", own.GetProperty("data").GetProperty("createCityProcedure").GetProperty("cityProcedure").GetProperty("localName").GetString());
        Assert.Equal("FORBIDDEN", other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task User_add_refuses_an_editor_without_municipality_an_unknown_one_and_a_second_account_for_an_email()
    {
        var account = await Accounts.AddAsync(CatalogRole.Curator);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserCommands>();

        var noCity = await Assert.ThrowsAsync<AccountException>(() => users.AddUserAsync("a@b.es", CatalogRole.Editor, [], CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<AccountException>(() => users.AddUserAsync("a@b.es", CatalogRole.Editor, [IneCode.Parse("52002")], CancellationToken.None));
        var twice = await Assert.ThrowsAsync<AccountException>(() => users.AddUserAsync(account.Email, CatalogRole.Curator, [], CancellationToken.None));

        Assert.Contains("--municipality", noCity.Message, StringComparison.Ordinal);
        Assert.Contains("52002", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("exists already", twice.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string cookie, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(query, variables) };
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static StringContent Json(string query, object? variables = null)
        => new(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json");
}
