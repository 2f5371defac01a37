using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Db;

/// <summary>Where the catalog's database is: which provider and its connection string.</summary>
public sealed record CatalogDatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The embedded default: a SQLite file in the data directory (<see cref="CatalogDataDirectory"/>).</summary>
    public const string DefaultSqliteConnection = "Data Source=catalog.db";

    /// <summary>
    /// Reads <c>Database:Provider</c> (Sqlite, PostgreSql or SqlServer; default Sqlite) and
    /// <c>ConnectionStrings:Catalog</c> (default: <c>catalog.db</c> in the data directory). A relative SQLite file is
    /// taken from the data directory, so every entry point opens the same file wherever it is started.
    /// </summary>
    public static CatalogDatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connection = configuration.GetConnectionString("Catalog");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnection
                : throw new InvalidOperationException($"ConnectionStrings:Catalog is required for provider {provider}.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            connection = CatalogDataDirectory.ResolveSqliteConnection(connection, CatalogDataDirectory.Resolve(configuration));
        }

        return new CatalogDatabaseOptions(provider, connection);
    }

    /// <summary>Where the database is, for the line programs print at start-up; never the password.</summary>
    public string Describe()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new SqliteConnectionStringBuilder(ConnectionString);
                var file = string.IsNullOrEmpty(sqlite.DataSource) || sqlite.DataSource == ":memory:" ? sqlite.DataSource : Path.GetFullPath(sqlite.DataSource);
                return $"Database: SQLite at {file}";
            default:
                var generic = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
                string? Part(params string[] keys) => keys.Select(k => generic.TryGetValue(k, out var v) ? v?.ToString() : null).FirstOrDefault(v => !string.IsNullOrEmpty(v));
                var host = Part("Host", "Server", "Data Source", "Address") ?? "?";
                var database = Part("Database", "Initial Catalog") ?? "?";
                return $"Database: {Provider} at {host}/{database}";
        }
    }
}

/// <summary>Creates contexts of the right provider subclass. Registered as the app's context factory.</summary>
public sealed class CatalogDbContextFactory : IDbContextFactory<CatalogDbContext>
{
    private readonly Func<CatalogDbContext> _create;

    /// <param name="options">Provider and connection string.</param>
    /// <param name="loggerFactory">Where EF Core logs (SQL statements at Information under Microsoft.EntityFrameworkCore.Database.Command).</param>
    /// <param name="interceptors">EF Core interceptors every context gets (diagnostics, statement counting in tests).</param>
    public CatalogDbContextFactory(CatalogDatabaseOptions options, ILoggerFactory? loggerFactory = null, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _create = options.Provider switch
        {
            DatabaseProvider.Sqlite => CreateFactory<SqliteCatalogDbContext>(
                b => b.UseSqlite(PrepareSqlite(options.ConnectionString)), o => new SqliteCatalogDbContext(o), loggerFactory, interceptors),
            DatabaseProvider.PostgreSql => CreateFactory<PostgresCatalogDbContext>(
                b => b.UseNpgsql(options.ConnectionString), o => new PostgresCatalogDbContext(o), loggerFactory, interceptors),
            DatabaseProvider.SqlServer => CreateFactory<SqlServerCatalogDbContext>(
                b => b.UseSqlServer(options.ConnectionString), o => new SqlServerCatalogDbContext(o), loggerFactory, interceptors),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    public CatalogDatabaseOptions Options { get; }

    public CatalogDbContext CreateDbContext() => _create();

    private static Func<CatalogDbContext> CreateFactory<TContext>(Action<DbContextOptionsBuilder<TContext>> configure, Func<DbContextOptions<TContext>, TContext> create,
        ILoggerFactory? loggerFactory, IInterceptor[] interceptors)
        where TContext : CatalogDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        var options = builder.Options;
        return () => create(options);
    }

    /// <summary>Makes sure the folder of a SQLite file exists, so a fresh clone runs with no set-up.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (builder.DefaultTimeout < 30)
        {
            // Writers wait for each other instead of failing at once with SQLITE_BUSY.
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}

public static class CatalogDatabaseServiceCollectionExtensions
{
    /// <summary>Registers the catalog database from configuration: a context factory and a scoped context.</summary>
    public static IServiceCollection AddCatalogDatabase(this IServiceCollection services, IConfiguration configuration)
        => services.AddCatalogDatabase(CatalogDatabaseOptions.FromConfiguration(configuration));

    public static IServiceCollection AddCatalogDatabase(this IServiceCollection services, CatalogDatabaseOptions options)
    {
        services.AddSingleton(options);
        // Interceptors the features register (the national coverage's write watcher) see every context of the app.
        services.AddSingleton(sp => new CatalogDbContextFactory(options, sp.GetService<ILoggerFactory>(), [.. sp.GetServices<IInterceptor>()]));
        services.AddSingleton<IDbContextFactory<CatalogDbContext>>(sp => sp.GetRequiredService<CatalogDbContextFactory>());
        services.AddScoped(sp => sp.GetRequiredService<CatalogDbContextFactory>().CreateDbContext());
        return services;
    }
}

/// <summary>Design-time factories so <c>dotnet ef</c> can make each provider's migrations without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogDbContext>
{
    public PostgresCatalogDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql("Host=localhost;Database=catalog_design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCatalogDbContext>
{
    public SqlServerCatalogDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqlServerCatalogDbContext>().UseSqlServer("Server=localhost;Database=catalog_design;TrustServerCertificate=True").Options);
}
