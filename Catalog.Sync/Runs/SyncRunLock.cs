using System.Data.Common;
using Catalog.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalog.Sync.Runs;

/// <summary>
/// Makes sure only one run changes the mirror and the catalogs at a time, whatever started it (the scheduler on any
/// node, the command line, the API). The lock belongs to the run's transaction, so it is released however the run
/// ends, a killed process included: PostgreSQL drops the advisory lock and SQL Server the app lock with the session;
/// SQLite's write lock (the transaction begins IMMEDIATE) goes with the connection.
/// </summary>
internal static class SyncRunLock
{
    /// <summary>The advisory lock key on PostgreSQL (any constant the product does not use elsewhere).</summary>
    private const long PostgresKey = 0x5359_4E43_5255_4E; // "SYNCRUN"

    /// <summary>Takes the lock inside the current transaction; false when another run holds it.</summary>
    public static async Task<bool> TryAcquireAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The run lock is taken inside the run's transaction.");
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                return await ScalarAsync<bool>(db, transaction, $"SELECT pg_try_advisory_xact_lock({PostgresKey})", cancellationToken);
            case DatabaseProvider.SqlServer:
                var result = await ScalarAsync<int>(db, transaction,
                    "DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'Catalog.SyncRun', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 0; SELECT @r;",
                    cancellationToken);
                return result >= 0;
            default:
                // SQLite: BEGIN IMMEDIATE already holds the database's one write lock, waiting out the busy timeout for it.
                return true;
        }
    }

    private static async Task<T> ScalarAsync<T>(CatalogDbContext db, IDbContextTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
