using Catalog.Db.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalog.Db;

/// <summary>Brings a database to the latest migration and seeds it; what the hosts run at start-up.</summary>
public static class CatalogDatabaseInitializer
{
    public static async Task InitializeAsync(IDbContextFactory<CatalogDbContext> factory, bool migrate, bool seed, bool includeDemo,
        TimeProvider clock, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(logger);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (migrate)
        {
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets the API read while the sync job writes; the setting is stored in the file.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, db.Provider, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (seed)
        {
            // Nodes that start together on one database (sync workers, API replicas) would each find the same rows
            // missing and insert them twice. One pass at a time under a database-wide lock: the others wait, then
            // find everything there.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockSeedingAsync(db, cancellationToken);
            var report = await new CatalogSeeder(db, clock).SeedAsync(includeDemo, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (report.AddedAnything)
            {
                logger.LogInformation("Seeded {Municipalities} municipalities, {Processes} reference processes, {Procedures} reference procedures, {Demo} demo city procedures",
                    report.Municipalities, report.ReferenceProcesses, report.ReferenceProcedures, report.DemoProcedures);
            }
        }
    }

    /// <summary>Takes the seeding lock inside the current transaction, waiting for a node that holds it.</summary>
    private static async Task LockSeedingAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                // The key is any constant the product does not use elsewhere ("SEED").
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(1397048644)", cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync(
                    "DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'Catalog.Seed', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1; "
                    + "IF @r < 0 THROW 51000, 'The seeding lock could not be taken.', 1;", cancellationToken);
                break;
            default:
                // SQLite: the transaction begins IMMEDIATE, so it already holds the database's one write lock.
                break;
        }
    }
}
