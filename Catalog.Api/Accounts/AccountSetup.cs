using System.Security.Claims;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Db.Accounts;
using Catalog.Domain.Codes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Accounts;

/// <summary>
/// Sign-in for people: local accounts (ASP.NET Core Identity on the catalog database) and, when configured, a
/// council's OpenID Connect provider. Both end in the same cookie, whose claims make the same
/// <see cref="CatalogActor"/> a bearer token makes.
/// </summary>
public static class AccountSetup
{
    /// <summary>The cookie scheme people are signed in with (Identity's application cookie).</summary>
    public static readonly string CookieScheme = IdentityConstants.ApplicationScheme;

    /// <summary>The OpenID Connect scheme (registered only when an authority is configured).</summary>
    public const string OpenIdConnectScheme = "oidc";

    /// <summary>Where people sign in and out.</summary>
    public const string SignInPath = "/entrar";
    public const string SignOutPath = "/salir";
    public const string ExternalSignInPath = "/entrar/externo";

    public static void AddCatalogAccounts(this IServiceCollection services, IConfiguration configuration, AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(authentication);
        var section = configuration.GetSection(AccountOptions.Section);
        services.Configure<AccountOptions>(section);
        var accounts = section.Get<AccountOptions>() ?? new AccountOptions();

        services.AddIdentityCore<CatalogUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedEmail = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
                // Length over composition rules (NIST SP 800-63B): a long passphrase is easy to remember and hard to guess.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                CatalogUserClaims.Configure(identity.ClaimsIdentity);
            })
            .AddEntityFrameworkStores<CatalogDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CatalogUserClaims>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = accounts.PasswordLinkLifetime);
        services.AddScoped<AccountSignIn>();
        services.AddScoped<UserCommands>();

        // Cookies and password links are protected by keys kept beside the database, so the CLI (user add) and the
        // server agree and sign-ins survive a restart. Replicas must share the folder (or configure another store).
        services.AddDataProtection().SetApplicationName("ProceduresCatalog");
        services.AddOptions<KeyManagementOptions>().Configure<IHostEnvironment, ILoggerFactory>((keys, environment, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.GetFullPath(accounts.KeysFolder, environment.ContentRootPath)), logs));

        authentication.AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IHostEnvironment>((cookie, environment) =>
        {
            cookie.Cookie.Name = "catalogo.sesion";
            cookie.Cookie.HttpOnly = true;
            // Lax: sent when a person follows a link to the app, never on another site's POST (no cross-site writes).
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = accounts.SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.ReturnUrlParameter = "volver";
            cookie.Events.OnRedirectToLogin = context => RedirectOrRefuse(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrRefuse(context, StatusCodes.Status403Forbidden);
            // A local account is checked against the database now and then (a changed password or a lockout ends
            // its other sessions); a person from the council's provider has no local account to check.
            cookie.Events.OnValidatePrincipal = context =>
                context.Principal?.FindFirst(CatalogUserClaims.SignInMethodClaim)?.Value == CatalogUserClaims.PasswordMethod
                    ? SecurityStampValidator.ValidatePrincipalAsync(context)
                    : Task.CompletedTask;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme).Configure<IHostEnvironment>((cookie, environment) =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        var oidc = configuration.GetSection(OpenIdConnectSignInOptions.Section).Get<OpenIdConnectSignInOptions>() ?? new OpenIdConnectSignInOptions();
        services.AddSingleton(Options.Create(oidc));
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OpenIdConnectScheme, oidc.DisplayName, options => ConfigureOpenIdConnect(options, oidc));
        }
    }

    /// <summary>Pages redirect an anonymous visitor to sign in; the API and downloads answer with a status code.</summary>
    private static Task RedirectOrRefuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsForPeople(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    /// <summary>A request for a page a browser shows, as opposed to the API, a download or a health probe.</summary>
    public static bool IsForPeople(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (path.StartsWithSegments("/graphql") || path.StartsWithSegments("/export") || path.StartsWithSegments("/health") || path.StartsWithSegments("/descargas"))
        {
            return false;
        }

        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, OpenIdConnectSignInOptions settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.SignInScheme = CookieScheme;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.CallbackPath = "/signin-oidc";
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        foreach (var scope in settings.Scopes)
        {
            options.Scope.Add(scope);
        }

        options.Events.OnTokenValidated = context =>
        {
            var (principal, problem) = CatalogPrincipal(context.Principal, settings);
            if (principal is null)
            {
                context.Fail(problem);
            }
            else
            {
                context.Principal = principal;
            }

            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = context =>
        {
            // The sign-in page says what happened instead of an error page.
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountSetup));
            logger.LogWarning("Sign-in through the council's identity provider failed: {Reason}", context.Failure?.Message);
            context.Response.Redirect(SignInPath + "?error=externo");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// The catalog's principal for a person the provider vouches for: subject (their email, else the provider's
    /// subject), role and municipalities from the configured claims. Null, with the reason, when the provider gave no
    /// catalog role or an editor no municipality.
    /// </summary>
    public static (ClaimsPrincipal? Principal, string Problem) CatalogPrincipal(ClaimsPrincipal? external, OpenIdConnectSignInOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (external is null)
        {
            return (null, "The identity provider sent no identity.");
        }

        var roleText = external.FindFirst(settings.RoleClaim)?.Value;
        if (!Enum.TryParse<CatalogRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            return (null, $"The identity provider gave no catalog role in claim '{settings.RoleClaim}' (admin, curator or editor).");
        }

        var municipalities = external.FindAll(settings.MunicipalityClaim)
            .SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => MunicipalityCode.TryParse(v, out var code, out _) ? code.Value : null)
            .OfType<string>()
            .Distinct()
            .ToList();
        if (role == CatalogRole.Editor && municipalities.Count == 0)
        {
            return (null, $"The identity provider gave an editor no municipality in claim '{settings.MunicipalityClaim}'.");
        }

        var email = external.FindFirst("email")?.Value;
        var subject = !string.IsNullOrWhiteSpace(email) ? email : "oidc:" + external.FindFirst("sub")?.Value;
        var claims = new List<Claim>
        {
            new("sub", subject),
            new(CatalogActor.RoleClaim, role.ToString().ToLowerInvariant()),
            new(CatalogUserClaims.SignInMethodClaim, CatalogUserClaims.OpenIdConnectMethod),
        };
        if (external.FindFirst("name")?.Value is { } name)
        {
            claims.Add(new Claim("name", name));
        }

        claims.AddRange(municipalities.Select(m => new Claim(CatalogActor.MunicipalityClaim, m)));
        return (new ClaimsPrincipal(new ClaimsIdentity(claims, OpenIdConnectScheme, "sub", CatalogActor.RoleClaim)), "");
    }

    /// <summary>
    /// The sign-in endpoints that are not pages: starting a sign-in at the council's provider. (The pages
    /// <c>/entrar</c>, <c>/salir</c> and <c>/cuenta/establecer-contrasena</c> use <see cref="AccountSignIn"/>.)
    /// </summary>
    public static IEndpointRouteBuilder MapCatalogAccounts(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<OpenIdConnectSignInOptions>>().Value.Enabled)
        {
            endpoints.MapGet(ExternalSignInPath, (string? volver) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = IsLocal(volver) ? volver : "/" }, [OpenIdConnectScheme]));
        }

        return endpoints;
    }

    /// <summary>Only paths of this site are returned to after sign-in (no open redirect).</summary>
    public static bool IsLocal(string? url)
        => !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
