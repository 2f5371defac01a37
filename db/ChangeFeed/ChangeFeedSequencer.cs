using Catalog.Domain.ChangeFeed;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Db.ChangeFeed;

/// <summary>
/// Gives committed change-feed entries their positions, in one serialised step.
/// </summary>
/// <remarks>
/// Why not the insert id as the cursor: on PostgreSQL (and SQL Server) ids are taken when a row is inserted, not when
/// its transaction commits, so a reader can see id 11 while id 10 is still in flight; a platform storing cursor 11
/// would never see 10. Here writers only insert entries without a position; the sequencer numbers the entries that
/// have committed (max position + 1, 2, … in insert order) while holding a lock that only one sequencer holds at a
/// time, until its own commit. An entry still in flight is not visible to the sequencer and gets a larger position
/// on a later pass, so positions appear to readers in increasing order only: nothing is skipped, nothing repeated,
/// and positions are stored, so a cursor stays valid across restarts. The lock is PostgreSQL's transaction-level
/// advisory lock, SQL Server's application lock, and on SQLite the database's single writer lock (taken by the
/// update itself). A reader that finds another sequencer at work does not wait: what that one numbers appears on the
/// next read.
/// </remarks>
public static class ChangeFeedSequencer
{
    /// <summary>An arbitrary key of the advisory lock, shared by every process on the database.</summary>
    private const long LockKey = 0x43617446656564; // "CatFeed"

    private const string Numbering = """
        SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Id") AS "Rank",
               (SELECT COALESCE(MAX("Position"), 0) FROM "CatalogChanges") AS "Base"
        FROM "CatalogChanges" WHERE "Position" IS NULL AND "Id" > 0
        """;

    /// <summary>Numbers the committed entries that have no position yet; returns how many it numbered.</summary>
    public static async Task<int> SequenceAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // "Id > 0" (always true) lets SQLite's planner, which has no statistics, take the small index of unnumbered
        // entries (IX_CatalogChanges_Unsequenced) instead of scanning a covering index whole: 30 ms at 300,000 entries.
        if (!await db.CatalogChanges.AnyAsync(c => c.Position == null && c.Id > 0, cancellationToken))
        {
            return 0;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("The sequencer commits its own transaction; call it outside one.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int numbered;
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                var locked = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken);
                if (!locked)
                {
                    return 0;
                }

                numbered = await db.Database.ExecuteSqlRawAsync(
                    $"""UPDATE "CatalogChanges" AS c SET "Position" = n."Base" + n."Rank" FROM ({Numbering}) AS n WHERE c."Id" = n."Id" """, cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = 'CatalogChangeFeed', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
                numbered = await db.Database.ExecuteSqlRawAsync(
                    $"""UPDATE c SET "Position" = n."Base" + n."Rank" FROM "CatalogChanges" AS c JOIN ({Numbering}) AS n ON c."Id" = n."Id" """, cancellationToken);
                break;
            default:
                numbered = await db.Database.ExecuteSqlRawAsync(
                    $"""UPDATE "CatalogChanges" AS c SET "Position" = n."Base" + n."Rank" FROM ({Numbering}) AS n WHERE c."Id" = n."Id" """, cancellationToken);
                break;
        }

        await transaction.CommitAsync(cancellationToken);
        return numbered;
    }

    /// <summary>The sequenced entries after <paramref name="after"/>, in feed order (sequence first: see <see cref="SequenceAsync"/>).</summary>
    public static IQueryable<CatalogChange> After(CatalogDbContext db, long after)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CatalogChanges.AsNoTracking().Where(c => c.Position > after).OrderBy(c => c.Position);
    }
}
