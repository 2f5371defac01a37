using Catalog.Domain.CityCatalog;
using Catalog.Domain.Language;
using Catalog.Domain.Municipalities;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Logging;

namespace Catalog.Db.Search;

/// <summary>
/// The searchable text of municipalities, reference procedures and city procedures: a <c>SearchText</c> column on each
/// table (<see cref="SearchText.Of"/>), which each database's full-text engine indexes (SQLite FTS5 tables kept by
/// triggers, a PostgreSQL <c>tsvector</c> generated column with a GIN index, a SQL Server full-text index; see the
/// <c>Search</c> migration). The column is written in <see cref="CatalogDbContext"/>'s SaveChanges, so every write path
/// keeps the index current in the same transaction; rows written with plain SQL get it at the next start-up
/// (<see cref="BackfillAsync"/>).
/// </summary>
public static class SearchIndex
{
    /// <summary>The shadow property (and column) holding the indexed text; null until computed.</summary>
    public const string Column = "SearchText";

    internal static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Municipality>().Property<string?>(Column);
        modelBuilder.Entity<ReferenceProcedure>().Property<string?>(Column);
        modelBuilder.Entity<CityProcedure>().Property<string?>(Column);
    }

    /// <summary>The indexed text of a municipality: its names, its province, its INE and council DIR3 codes.</summary>
    public static string Of(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return SearchText.Of([municipality.Name, municipality.DisplayName, municipality.ProvinceName], [municipality.IneCode, municipality.CouncilDir3Code], synonyms: false);
    }

    /// <summary>The indexed text of a reference procedure: name, description, family, code and example SIA code.</summary>
    public static string Of(ReferenceProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return SearchText.Of([procedure.Name, procedure.Description, procedure.Attributes.Family], [procedure.Code, procedure.ExampleSiaCode]);
    }

    /// <summary>The indexed text of a city procedure; empty once withdrawn (a search finds what a city offers now).</summary>
    public static string Of(CityProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return OfCity(procedure.LocalName, procedure.Description, procedure.Attributes.Family, procedure.SiaCode, procedure.LocalId,
            procedure.MunicipalityIneCode, procedure.Status == CityProcedureStatus.Withdrawn);
    }

    private static string OfCity(string name, string? description, string? family, string? siaCode, string? localId, string municipality, bool withdrawn)
        => withdrawn ? string.Empty : SearchText.Of([name, description, family], [siaCode, localId], municipality);

    /// <summary>Sets the indexed text of every searchable object the save is about to insert or update.</summary>
    internal static void Refresh(CatalogDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var text = entry.Entity switch
            {
                CityProcedure p => Of(p),
                ReferenceProcedure p => Of(p),
                Municipality m => Of(m),
                _ => null,
            };
            if (text is not null)
            {
                Set(entry, text);
            }
        }
    }

    private static void Set(EntityEntry entry, string text)
    {
        var property = entry.Property(Column);
        if (!string.Equals((string?)property.CurrentValue, text, StringComparison.Ordinal))
        {
            property.CurrentValue = text;
        }
    }

    /// <summary>
    /// Computes the indexed text of every row that has none (rows from before the index, or written with plain SQL),
    /// in batches; returns how many rows it wrote. Run at start-up after migrating.
    /// </summary>
    public static async Task<int> BackfillAsync(CatalogDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var written = 0;
        written += await BackfillAsync(db, (string? after) => db.Municipalities.IgnoreQueryFilters().AsNoTracking()
            .Where(m => EF.Property<string?>(m, Column) == null && (after == null || string.Compare(m.IneCode, after) > 0)).OrderBy(m => m.IneCode),
            m => (string?)m.IneCode, Of, "Municipalities", "IneCode", cancellationToken);
        written += await BackfillAsync(db, (long? after) => db.ReferenceProcedures.IgnoreQueryFilters().AsNoTracking()
            .Where(p => EF.Property<string?>(p, Column) == null && (after == null || p.Id > after)).OrderBy(p => p.Id),
            p => (long?)p.Id, Of, "ReferenceProcedures", "Id", cancellationToken);
        written += await BackfillAsync(db, (long? after) => db.CityProcedures.IgnoreQueryFilters().AsNoTracking()
            .Where(p => EF.Property<string?>(p, Column) == null && (after == null || p.Id > after)).OrderBy(p => p.Id)
            .Select(p => new CityRow(p.Id, p.LocalName, p.Description, p.Attributes.Family, p.SiaCode, p.LocalId, p.MunicipalityIneCode, p.Status)),
            p => (long?)p.Id, p => OfCity(p.Name, p.Description, p.Family, p.SiaCode, p.LocalId, p.Municipality, p.Status == CityProcedureStatus.Withdrawn),
            "CityProcedures", "Id", cancellationToken);
        if (written > 0)
        {
            logger.LogInformation("Search index: computed the searchable text of {Rows} row(s)", written);
        }

        return written;
    }

    private sealed record CityRow(long Id, string Name, string? Description, string? Family, string? SiaCode, string? LocalId, string Municipality, CityProcedureStatus Status);

    private const int BatchSize = 2_000;

    // Batches walk the key upwards (keyset), so each reads only rows after the last one instead of rescanning the
    // rows already written; each batch still asks for rows without text, so a crash half-way resumes where it stopped.
    private static async Task<int> BackfillAsync<TRow, TKey>(CatalogDbContext db, Func<TKey, IQueryable<TRow>> missingAfter, Func<TRow, TKey> key,
        Func<TRow, string> text, string table, string keyColumn, CancellationToken cancellationToken)
    {
        var written = 0;
        var sql = $"UPDATE \"{table}\" SET \"{Column}\" = {{0}} WHERE \"{keyColumn}\" = {{1}}";
        // TKey is nullable (long?, string?): null before the first batch.
        var after = default(TKey)!;
        while (true)
        {
            var rows = await missingAfter(after).Take(BatchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return written;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                await db.Database.ExecuteSqlRawAsync(sql, [text(row), key(row)!], cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            written += rows.Count;
            after = key(rows[^1]);
        }
    }
}
