using Catalog.Api.Accounts;
using Catalog.Api.Auth;
using Catalog.Api.Exchange;
using Catalog.Api.GraphiQL;
using Catalog.Api.GraphQL;
using Catalog.Api.Health;
using Catalog.Api.Http;
using Catalog.Api.Web;
using Catalog.Db;
using Catalog.Sync.Scheduling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Catalog.Api;

/// <summary>Start-up options of the catalog database (section <c>Database</c>).</summary>
public sealed class DatabaseStartupOptions
{
    /// <summary>Apply pending migrations at start-up (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed municipalities and the reference catalog at start-up (default true).</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>Load the demo city catalogs. Null means: in Development only.</summary>
    public bool? SeedDemoData { get; set; }
}

/// <summary>
/// Composition of the API host. Each feature adds itself here with one call, so Program.cs stays a table of contents.
/// </summary>
public static class CatalogApiSetup
{
    public static IServiceCollection AddCatalogApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<DatabaseStartupOptions>(configuration.GetSection("Database"));
        services.AddCatalogDatabase(configuration);
        services.AddCatalogAuth(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<CityCatalog.CityCatalogEditor>();
        services.Configure<CityCatalog.CoverageOptions>(configuration.GetSection("Coverage"));
        services.AddSingleton<CityCatalog.CoverageWriteCount>();
        services.AddSingleton<CityCatalog.NationalCoverageSnapshot>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, CityCatalog.CoverageWrites>();
        services.AddScoped<ReferenceCatalog.ReferenceCatalogCurator>();
        services.AddScoped<Reconciliation.DiscrepancyActions>();
        services.AddScoped<ApiKeyAdministration>();
        services.AddScoped<Webhooks.WebhookAdministration>();
        services.AddScoped<SiaPublishing.SiaPublishingAdministration>();
        services.AddCatalogSync(configuration, inProcess: true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        services.AddCatalogGraphQL(configuration, environment);
        services.AddCatalogExchange(configuration);
        services.AddCatalogHttpCaching(configuration);
        services.AddCatalogCors(configuration);
        services.AddCatalogWeb();
        return services;
    }

    public static async Task InitializeCatalogDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DatabaseStartupOptions>>().Value;
        var includeDemo = Sync.CatalogSettings.SeedsDemoData(app.Configuration, app.Environment);
        await CatalogDatabaseInitializer.InitializeAsync(
            app.Services.GetRequiredService<CatalogDbContextFactory>(), options.MigrateOnStartup, options.SeedOnStartup, includeDemo,
            app.Services.GetRequiredService<TimeProvider>(), app.Logger, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapCatalogApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCatalogHttpCaching();
        app.UseCatalogWeb();
        // Live: the process answers. Ready: and its database does too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag) });
        app.MapCatalogAccounts();
        app.MapGraphQLEndpoint();
        app.MapCatalogExchange();
        app.MapGraphiQL();
        app.MapCatalogWeb();
        return app;
    }
}
