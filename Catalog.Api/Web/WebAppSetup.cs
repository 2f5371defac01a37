using System.Globalization;
using Catalog.Api.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Catalog.Api.Web;

/// <summary>
/// The web app for people (Blazor, static server rendering), hosted by the API beside <c>/graphql</c>. Its pages read
/// through <see cref="CatalogGraphQLClient"/>, never the database.
/// </summary>
public static class WebAppSetup
{
    /// <summary>Spanish is the default and first language; English is the second, chosen by the person.</summary>
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("es-ES"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Paths the web app's error and not-found pages never answer for: the API's own endpoints keep their errors.</summary>
    private static readonly string[] ApiPaths = ["/graphql", "/export", "/health"];

    public static IServiceCollection AddCatalogWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();
        services.AddScoped<CatalogGraphQLClient>();
        services.AddScoped<Formats>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The language is the person's choice (a cookie set by the selector), not the browser's: the site is
            // Spanish first whatever the browser says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Middleware the pages need; call after authentication so pages see the signed-in person.</summary>
    public static WebApplication UseCatalogWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.UseWhen(http => !IsApiPath(http.Request.Path), web =>
        {
            if (!app.Environment.IsDevelopment())
            {
                web.UseExceptionHandler(ErrorPaths.Error, createScopeForErrors: true);
            }

            web.UseStatusCodePagesWithReExecute(ErrorPaths.Status, createScopeForStatusCodePages: true);
        });
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps the pages, their assets and the language selector.</summary>
    public static WebApplication MapCatalogWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapWebAssets();
        app.MapGet(LanguagePath, (HttpContext http, string? cultura, string? volver) =>
        {
            var culture = Cultures.FirstOrDefault(c => c.Name == cultura) ?? Cultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            // Only a path of this site, so the selector cannot be used to send people elsewhere.
            var back = volver is { Length: > 0 } && volver[0] == '/' && !volver.StartsWith("//", StringComparison.Ordinal) && !volver.StartsWith("/\\", StringComparison.Ordinal) ? volver : "/";
            return Results.LocalRedirect(back);
        });
        app.MapRazorComponents<App>();
        // An address no endpoint answers renders the app, whose router shows the Spanish not-found page (status 404
        // set by the page). Re-executing a status code page cannot do it: Blazor leaves a 404 response's body empty.
        app.MapFallback(() => new RazorComponentResult<App>()).WithDisplayName("Web app: not found");
        return app;
    }

    /// <summary>The language selector's address: <c>/idioma?cultura=en&amp;volver=/referencia</c>.</summary>
    public const string LanguagePath = "/idioma";

    private static bool IsApiPath(PathString path) => ApiPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Addresses of the error pages the pipeline re-executes.</summary>
public static class ErrorPaths
{
    public const string Error = "/error";
    public const string NotFound = "/estado/404";

    /// <summary>The page re-executed for any other error status without a body (400, 405…).</summary>
    public const string Status = "/estado/{0}";
}
