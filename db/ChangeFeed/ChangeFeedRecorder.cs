using System.Globalization;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Catalog.Db.ChangeFeed;

/// <summary>
/// Adds change-feed entries for the city and reference procedures a save is about to write. Called from
/// <see cref="CatalogDbContext"/>'s SaveChanges, so every write path (mutations, the import, curation, the seeder)
/// records its entries in the same transaction without knowing about the feed. The registry mirror writes with plain
/// SQL and records its own entries (<c>MirrorLoader</c>).
/// </summary>
internal static class ChangeFeedRecorder
{
    /// <summary>Columns that are bookkeeping, not something a platform shows.</summary>
    private static readonly HashSet<string> Unpublished = new(StringComparer.Ordinal)
    {
        "SearchName", "SearchText", "UpdatedAt", "CreatedAt", "Revision", "WithdrawnAt", "IsDemo", "MunicipalityIneCode", "Id",
    };

    /// <summary>City procedure columns whose change is a mapping decision rather than an edit of the city's text.</summary>
    private static readonly HashSet<string> MappingFields = new(StringComparer.Ordinal)
    {
        "ReferenceProcedureId", "ConfirmedReferenceVersion", "IsOffered",
    };

    /// <summary>Public names of columns whose property name is not the API's field name.</summary>
    private static readonly Dictionary<string, string> PublicNames = new(StringComparer.Ordinal)
    {
        ["ResponsibleUnitCode"] = "responsibleUnit",
        ["ReferenceProcedureId"] = "referenceProcedure",
        ["IsOffered"] = "offered",
        ["IsRetired"] = "retired",
        ["ProcessId"] = "process",
        ["ResolutionTermAmount"] = "resolutionTerm",
        ["ResolutionTermUnit"] = "resolutionTerm",
    };

    public static void Record(CatalogDbContext db, DateTimeOffset now)
    {
        List<CatalogChange>? changes = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var change = entry.Entity switch
            {
                CityProcedure procedure when entry.State is EntityState.Added or EntityState.Modified => Of(procedure, entry, now),
                ReferenceProcedure procedure when entry.State is EntityState.Added or EntityState.Modified => Of(procedure, entry, now),
                _ => null,
            };
            if (change is not null)
            {
                (changes ??= []).Add(change);
            }
        }

        if (changes is not null)
        {
            db.CatalogChanges.AddRange(changes);
        }
    }

    private static CatalogChange? Of(CityProcedure procedure, EntityEntry entry, DateTimeOffset now)
    {
        // A new procedure's id is only known once it is inserted; the entry is recorded after the insert instead.
        if (entry.State == EntityState.Added)
        {
            return null;
        }

        var modified = ModifiedColumns(entry);
        if (modified.Count == 0)
        {
            return null;
        }

        var kind = modified.Contains("Status") && procedure.Status == CityProcedureStatus.Withdrawn ? CatalogChangeKind.Withdrawn
            : modified.All(MappingFields.Contains) ? CatalogChangeKind.Mapped
            : CatalogChangeKind.Updated;
        return new CatalogChange("CityProcedure", procedure.Id.ToString(CultureInfo.InvariantCulture), kind, PublicFields(modified),
            procedure.MunicipalityIneCode, now);
    }

    private static CatalogChange? Of(ReferenceProcedure procedure, EntityEntry entry, DateTimeOffset now)
    {
        if (entry.State == EntityState.Added)
        {
            return null;
        }

        var modified = ModifiedColumns(entry);
        if (modified.Count == 0)
        {
            return null;
        }

        var kind = modified.Contains("IsRetired") && procedure.IsRetired ? CatalogChangeKind.Retired : CatalogChangeKind.Revised;
        return new CatalogChange("ReferenceProcedure", procedure.Id.ToString(CultureInfo.InvariantCulture), kind, PublicFields(modified), null, now);
    }

    /// <summary>The entries for procedures inserted by the save that just ran (their ids are known now).</summary>
    public static List<CatalogChange> Created(IEnumerable<object> inserted, DateTimeOffset now)
        => inserted.Select(entity => entity switch
        {
            CityProcedure p => new CatalogChange("CityProcedure", p.Id.ToString(CultureInfo.InvariantCulture),
                p.IsOffered ? CatalogChangeKind.Created : CatalogChangeKind.Mapped, [], p.MunicipalityIneCode, now),
            ReferenceProcedure p => new CatalogChange("ReferenceProcedure", p.Id.ToString(CultureInfo.InvariantCulture), CatalogChangeKind.Created, [], null, now),
            _ => null,
        }).OfType<CatalogChange>().ToList();

    /// <summary>The procedures a save is about to insert.</summary>
    public static List<object> Inserting(CatalogDbContext db)
        => db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is CityProcedure or ReferenceProcedure)
            .Select(e => e.Entity)
            .ToList();

    private static HashSet<string> ModifiedColumns(EntityEntry entry)
    {
        var modified = entry.Properties.Where(p => p.IsModified && !Unpublished.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var complex in entry.ComplexProperties)
        {
            modified.UnionWith(complex.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name));
        }

        return modified;
    }

    private static List<string> PublicFields(HashSet<string> columns)
        => columns.Select(c => PublicNames.TryGetValue(c, out var name) ? name : char.ToLowerInvariant(c[0]) + c[1..])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
