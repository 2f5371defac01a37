using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalog.Db;

/// <summary>
/// A database-wide named lock held by the current transaction, so it is released however the transaction ends, a
/// killed process included: PostgreSQL drops the advisory lock and SQL Server the app lock with the session; on
/// SQLite the transaction began IMMEDIATE and already holds the database's one write lock.
/// </summary>
/// <param name="Name">The SQL Server app-lock resource.</param>
/// <param name="PostgresKey">The PostgreSQL advisory-lock key (any constant the product does not use elsewhere).</param>
public sealed record TransactionLock(string Name, long PostgresKey)
{
    /// <summary>One node seeds the database at a time.</summary>
    public static TransactionLock Seeding { get; } = new("Catalog.Seed", 0x5345_4544); // "SEED"

    /// <summary>One sync run changes the mirror and the catalogs at a time.</summary>
    public static TransactionLock SyncRun { get; } = new("Catalog.SyncRun", 0x5359_4E43_5255_4E); // "SYNCRUN"

    /// <summary>Takes the lock inside the current transaction, waiting for whoever holds it.</summary>
    public async Task AcquireAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (!await TakeAsync(db, wait: true, cancellationToken))
        {
            throw new InvalidOperationException($"The database lock {Name} could not be taken.");
        }
    }

    /// <summary>Takes the lock inside the current transaction; false at once when another transaction holds it.</summary>
    public Task<bool> TryAcquireAsync(CatalogDbContext db, CancellationToken cancellationToken) => TakeAsync(db, wait: false, cancellationToken);

    private async Task<bool> TakeAsync(CatalogDbContext db, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException($"The database lock {Name} is taken inside a transaction.");
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                return await ScalarAsync<bool>(db, transaction,
                    wait ? $"SELECT true FROM (SELECT pg_advisory_xact_lock({PostgresKey})) AS locked" : $"SELECT pg_try_advisory_xact_lock({PostgresKey})",
                    cancellationToken);
            case DatabaseProvider.SqlServer:
                var result = await ScalarAsync<int>(db, transaction,
                    $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = '{Name}', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = {(wait ? -1 : 0)}; SELECT @r;",
                    cancellationToken);
                return result >= 0;
            default:
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
