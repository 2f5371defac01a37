using Catalog.Api.Accounts;
using Catalog.Api.Auth;
using Catalog.Db.Accounts;
using Catalog.Domain.Codes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests.Accounts;

/// <summary>A local account made as <c>user add</c> makes it, and the code of its password link.</summary>
public sealed record TestAccount(string Id, string Email, string Code);

/// <summary>Works with a test host's accounts through the product's own services (as the CLI and the pages do).</summary>
public sealed class AccountBench(WebApplicationFactory<Catalog.Api.GraphQL.CatalogSchema> factory)
{
    public const string Password = "una frase de paso larga";

    /// <summary>Runs <paramref name="action"/> in a request scope, as a page's request would, and returns its response.</summary>
    public async Task<(T Result, HttpContext Http)> InRequestAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("localhost");
        scope.ServiceProvider.GetRequiredService<SignInManager<CatalogUser>>().Context = http;
        return (await action(scope.ServiceProvider), http);
    }

    /// <summary>A new account (a unique email) with no password yet.</summary>
    public async Task<TestAccount> AddAsync(CatalogRole role, params string[] municipalities)
    {
        var email = $"persona-{Guid.NewGuid():N}@ayuntamiento.es";
        var (account, _) = await InRequestAsync(services => services.GetRequiredService<UserCommands>()
            .AddUserAsync(email, role, municipalities.Select(IneCode.Parse).ToList(), CancellationToken.None));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(account.PasswordLink.Query);
        Assert.Equal(UserCommands.SetPasswordPath, account.PasswordLink.AbsolutePath);
        Assert.Equal(account.User.Id, query["cuenta"].ToString());
        return new TestAccount(account.User.Id, email, query["codigo"].ToString());
    }

    /// <summary>A new account whose owner has set <see cref="Password"/> from the link.</summary>
    public async Task<TestAccount> AddWithPasswordAsync(CatalogRole role, params string[] municipalities)
    {
        var account = await AddAsync(role, municipalities);
        var result = await SetPasswordAsync(account, account.Code, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return account;
    }

    public async Task<IdentityResult> SetPasswordAsync(TestAccount account, string code, string password)
        => (await InRequestAsync(services => services.GetRequiredService<AccountSignIn>().SetPasswordAsync(account.Id, code, password))).Result;

    public async Task<SignInAttempt> SignInAsync(string email, string password)
        => (await InRequestAsync(services => services.GetRequiredService<AccountSignIn>().SignInAsync(email, password))).Result;

    /// <summary>Signs in and returns the sign-in cookie the response sets (name=value), as a browser would keep it.</summary>
    public async Task<string> SessionCookieAsync(string email, string password)
    {
        var (attempt, http) = await InRequestAsync(services => services.GetRequiredService<AccountSignIn>().SignInAsync(email, password));
        Assert.Equal(SignInOutcome.SignedIn, attempt.Outcome);
        var setCookie = http.Response.Headers.SetCookie.Select(c => c!).Single(c => c.StartsWith("catalogo.sesion=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }
}
