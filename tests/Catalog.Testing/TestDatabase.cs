using Catalog.Db;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Catalog.Testing;

/// <summary>
/// A real, empty, migrated database for one test class (use as a class fixture). Tests take contexts from
/// <see cref="CreateContext"/>. Where the database cannot be had (PostgreSQL without a connection string) every access
/// throws <see cref="SkipException"/>, so <c>[SkippableFact]</c> tests report as skipped, never as passed.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private CatalogDbContextFactory? _factory;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why the database is not available, or null when it is.</summary>
    public virtual string? UnavailableReason => null;

    public CatalogDbContextFactory Factory
    {
        get
        {
            Skip.If(UnavailableReason is not null, UnavailableReason);
            return _factory ?? throw new InvalidOperationException("The test database is not initialised yet.");
        }
    }

    public CatalogDatabaseOptions Options => Factory.Options;

    public CatalogDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>Seeds municipalities and the reference catalog (and demo catalogs when asked).</summary>
    public async Task SeedAsync(bool includeDemo = false)
        => await CatalogDatabaseInitializer.InitializeAsync(Factory, migrate: false, seed: true, includeDemo, TimeProvider.System, NullLogger.Instance);

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        _factory = new CatalogDbContextFactory(await CreateDatabaseAsync());
        await CatalogDatabaseInitializer.InitializeAsync(_factory, migrate: true, seed: false, includeDemo: false, TimeProvider.System, NullLogger.Instance);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await DropDatabaseAsync(_factory.Options);
        }
    }

    protected abstract Task<CatalogDatabaseOptions> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(CatalogDatabaseOptions options);

    public override string ToString() => Provider.ToString();
}

/// <summary>A SQLite file in the temp folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private string? _path;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<CatalogDatabaseOptions> CreateDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"catalog-test-{Guid.NewGuid():N}.db");
        return Task.FromResult(new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=False"));
    }

    protected override Task DropDatabaseAsync(CatalogDatabaseOptions options)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>CATALOG_TEST_POSTGRES</c> (a connection string whose user may
/// create databases), dropped afterwards. Without that variable the tests that use it are skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "CATALOG_TEST_POSTGRES";

    private string? _databaseName;

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string? UnavailableReason
        => ServerConnectionString is null ? $"PostgreSQL tests need {EnvironmentVariable} (a connection string); it is not set." : null;

    protected override async Task<CatalogDatabaseOptions> CreateDatabaseAsync()
    {
        _databaseName = $"catalog_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName };
        return new CatalogDatabaseOptions(DatabaseProvider.PostgreSql, builder.ToString());
    }

    protected override async Task DropDatabaseAsync(CatalogDatabaseOptions options)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
