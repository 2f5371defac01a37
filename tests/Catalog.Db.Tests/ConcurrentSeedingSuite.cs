using Catalog.Db;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Db.Tests;

/// <summary>
/// Nodes of a scaled deployment (sync workers, API replicas) start together on one empty database and each seeds it at
/// start-up. Run once per provider by the classes below, each on a database of its own that nothing else seeds.
/// </summary>
public abstract class ConcurrentSeedingSuite(TestDatabase database)
{
    [SkippableFact]
    public async Task Nodes_seeding_one_database_at_once_all_start_and_the_data_is_there_once()
    {
        var nodes = Enumerable.Range(0, 3).Select(_ => Task.Run(() => CatalogDatabaseInitializer.InitializeAsync(
            database.Factory, migrate: false, seed: true, includeDemo: false, TimeProvider.System, NullLogger.Instance)));

        await Task.WhenAll(nodes);

        await using var db = database.CreateContext();
        Assert.Equal(8131, await db.Municipalities.CountAsync());
        Assert.False((await new Seed.CatalogSeeder(db, TimeProvider.System).SeedAsync(includeDemo: false)).AddedAnything);
    }
}

public sealed class SqliteConcurrentSeedingTests(SqliteTestDatabase database) : ConcurrentSeedingSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresConcurrentSeedingTests(PostgresTestDatabase database) : ConcurrentSeedingSuite(database), IClassFixture<PostgresTestDatabase>;
