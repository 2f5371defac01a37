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
            await TransactionLock.Seeding.AcquireAsync(db, cancellationToken);
            var report = await new CatalogSeeder(db, clock).SeedAsync(includeDemo, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (report.AddedAnything)
            {
                logger.LogInformation("Seeded {Municipalities} municipalities, {Processes} reference processes, {Procedures} reference procedures, {Demo} demo city procedures",
                    report.Municipalities, report.ReferenceProcesses, report.ReferenceProcedures, report.DemoProcedures);
            }
        }

        if (migrate)
        {
            // Rows from before the search index, or written with plain SQL, get their searchable text.
            await Search.SearchIndex.BackfillAsync(db, logger, cancellationToken);
        }
    }
}
