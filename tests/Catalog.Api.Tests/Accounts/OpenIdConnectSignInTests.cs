using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Catalog.Api.Tests.Accounts;

/// <summary>
/// Sign-in through a council's identity provider: a real OpenID Connect server (OpenIddict) on 127.0.0.1, the
/// catalog configured against it, and the authorization code flow driven as a browser drives it.
/// </summary>
public sealed partial class OpenIdConnectSignInTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Viewer = "{ viewer { subject role municipalities } }";

    [Fact]
    public async Task A_person_from_the_council_provider_is_signed_in_with_the_role_and_municipality_it_gives()
    {
        await using var provider = await TestIdentityProvider.StartAsync(new Dictionary<string, string[]>
        {
            ["email"] = ["ana@alcobendas.es"],
            ["rol_catalogo"] = ["editor"],
            ["municipio"] = ["28006"],
        });
        await using var catalog = CatalogAgainst(provider);

        var (client, landing) = await SignInAsync(catalog, provider);
        var viewer = await ViewerAsync(client);

        Assert.Equal("/procedimientos", landing);
        Assert.Equal("ana@alcobendas.es", viewer.GetProperty("subject").GetString());
        Assert.Equal("EDITOR", viewer.GetProperty("role").GetString());
        Assert.Equal("28006", Assert.Single(viewer.GetProperty("municipalities").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_person_the_provider_gives_no_catalog_role_is_sent_back_to_sign_in_and_stays_anonymous()
    {
        await using var provider = await TestIdentityProvider.StartAsync(new Dictionary<string, string[]>
        {
            ["email"] = ["visitante@alcobendas.es"],
        });
        await using var catalog = CatalogAgainst(provider);

        var (client, landing) = await SignInAsync(catalog, provider);
        var viewer = await ViewerAsync(client);

        Assert.Equal("/entrar?error=externo", landing);
        Assert.Equal(JsonValueKind.Null, viewer.ValueKind);
    }

    private WebApplicationFactory<Catalog.Api.GraphQL.CatalogSchema> CatalogAgainst(TestIdentityProvider provider) => fixture.CreateFactory(new Dictionary<string, string?>
    {
        ["Authentication:OpenIdConnect:Authority"] = provider.Issuer.AbsoluteUri,
        ["Authentication:OpenIdConnect:ClientId"] = TestIdentityProvider.ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = TestIdentityProvider.ClientSecret,
        ["Authentication:OpenIdConnect:RoleClaim"] = "rol_catalogo",
        ["Authentication:OpenIdConnect:MunicipalityClaim"] = "municipio",
        // The test provider is on this machine, over plain HTTP.
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
    });

    /// <summary>
    /// Follows the code flow: the catalog redirects to the provider, the provider answers with its auto-submitting
    /// form, the form is posted back to the catalog, which redeems the code and sets its cookie. Returns the client
    /// (holding the catalog's cookies) and where the catalog sent the person at the end.
    /// </summary>
    private static async Task<(HttpClient Catalog, string Landing)> SignInAsync(WebApplicationFactory<Catalog.Api.GraphQL.CatalogSchema> catalog, TestIdentityProvider provider)
    {
        var client = catalog.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var start = await client.GetAsync("/entrar/externo?volver=/procedimientos");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(provider.Issuer.AbsoluteUri, authorize.AbsoluteUri, StringComparison.Ordinal);

        using var browser = new HttpClient();
        var form = await browser.GetStringAsync(authorize);
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal("https://localhost/signin-oidc", action);
        Assert.Contains("code", fields.Keys);

        using var callback = await client.PostAsync("/signin-oidc", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return (client, callback.Headers.Location!.OriginalString);
    }

    private static async Task<JsonElement> ViewerAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = Viewer }), System.Text.Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("viewer").Clone();
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}

/// <summary>
/// A real OpenID Connect provider on 127.0.0.1 (OpenIddict, its store in a SQLite file) with one confidential client,
/// the catalog. Its authorization endpoint vouches at once for one person with the claims it was started with.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "catalogo";
    public const string ClientSecret = "secreto-de-pruebas-del-catalogo";

    private readonly WebApplication _app;
    private readonly string _databaseFile;

    private TestIdentityProvider(WebApplication app, string databaseFile, Uri issuer)
    {
        _app = app;
        _databaseFile = databaseFile;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    public static async Task<TestIdentityProvider> StartAsync(IReadOnlyDictionary<string, string[]> claims)
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"oidc-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddDbContext<ProviderDb>(db =>
        {
            db.UseSqlite($"Data Source={databaseFile};Pooling=false");
            db.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, "persona-42"));
            foreach (var (type, values) in claims)
            {
                foreach (var value in values)
                {
                    identity.AddClaim(new Claim(type, value));
                }
            }

            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri("https://localhost/signin-oidc") },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile,
                    Permissions.Scopes.Email,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestIdentityProvider(app, databaseFile, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_databaseFile);
    }

    /// <summary>The provider's own store: OpenIddict's applications, authorizations and tokens.</summary>
    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
