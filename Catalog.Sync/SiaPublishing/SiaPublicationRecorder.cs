using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.SiaPublishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Queues SIA operations for the city procedures a save writes, in that same save (so in the same transaction as the
/// write), for the municipalities whose catalogs are published (<see cref="SiaPublishOptions.PublishesMunicipality"/>).
/// Every write path (mutations, the import, the web app) goes through it without knowing about SIA.
/// <list type="bullet">
/// <item>A new offered procedure: an alta, or a modificación when it comes with a SIA code (not the seeded demo entries).</item>
/// <item>An edit: a modificación, unless one is already waiting (it will carry the procedure as it is when sent).</item>
/// <item>A withdrawal: a baja; an alta that never left is discarded instead.</item>
/// </list>
/// The sender's own write of the code SIA returned is not an edit.
/// </summary>
public sealed class SiaPublicationRecorder(SiaPublishOptions options, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Columns whose change SIA does not see.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        "SearchName", "SearchText", "UpdatedAt", "CreatedAt", "Revision", "WithdrawnAt", "IsDemo", "ConfirmedReferenceVersion", "ReferenceProcedureId", "LocalId",
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Pending(eventData.Context) is { } work)
        {
            var open = work.Existing.Count == 0 ? [] : Open(work.Context, work.Existing).ToList();
            Queue(work, open);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { } work)
        {
            var open = work.Existing.Count == 0 ? [] : await Open(work.Context, work.Existing).ToListAsync(cancellationToken);
            Queue(work, open);
        }

        return result;
    }

    private sealed record Work(CatalogDbContext Context, List<EntityEntry<CityProcedure>> Entries, List<long> Existing);

    private Work? Pending(DbContext? context)
    {
        if (!options.Enabled || context is not CatalogDbContext db)
        {
            return null;
        }

        var entries = db.ChangeTracker.Entries<CityProcedure>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && options.PublishesMunicipality(e.Entity.MunicipalityIneCode))
            .ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        // The sender records SIA's answer and the code it returned in one save: that save is not an edit to publish.
        var answered = db.ChangeTracker.Entries<SiaPublication>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.CityProcedureId).ToHashSet();
        entries.RemoveAll(e => answered.Contains(e.Entity.Id));
        return entries.Count == 0 ? null : new Work(db, entries, entries.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList());
    }

    private static IQueryable<SiaPublication> Open(CatalogDbContext db, List<long> procedures)
        => db.SiaPublications.Where(p => procedures.Contains(p.CityProcedureId)
            && p.State != SiaPublicationState.Accepted && p.State != SiaPublicationState.Discarded);

    private void Queue(Work work, List<SiaPublication> open)
    {
        var now = clock.GetUtcNow();
        foreach (var entry in work.Entries)
        {
            var procedure = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                // The seeder's demo entries are not a council's write: they go to SIA only when the catalog is published as a whole.
                if (procedure.IsOffered && procedure.Status == CityProcedureStatus.Active && !procedure.IsDemo)
                {
                    work.Context.SiaPublications.Add(new SiaPublication(procedure, procedure.SiaCode is null ? SiaOperation.Alta : SiaOperation.Modificacion, now));
                }

                continue;
            }

            var changed = Changed(entry);
            if (changed.Count == 0 || !procedure.IsOffered)
            {
                continue;
            }

            var queued = open.Where(p => p.CityProcedureId == procedure.Id).OrderBy(p => p.Id).ToList();
            if (changed.Contains(nameof(CityProcedure.Status)) && procedure.Status == CityProcedureStatus.Withdrawn)
            {
                Withdrawn(work.Context, entry, queued, now);
                continue;
            }

            // An incomplete operation is looked at again after every edit: the edit may have added what was missing.
            foreach (var waiting in queued.Where(p => p.State == SiaPublicationState.Incomplete))
            {
                waiting.Requeue(now);
                work.Context.Entry(waiting).DetectChanges();
            }

            if (queued.Any(p => p.Operation is SiaOperation.Alta or SiaOperation.Modificacion && p.State is SiaPublicationState.Pending or SiaPublicationState.Incomplete))
            {
                continue;
            }

            var knownToSia = procedure.SiaCode is not null || queued.Any(p => p.Operation == SiaOperation.Alta);
            work.Context.SiaPublications.Add(new SiaPublication(procedure.Id, procedure.MunicipalityIneCode, knownToSia ? SiaOperation.Modificacion : SiaOperation.Alta, now));
        }
    }

    private static void Withdrawn(CatalogDbContext db, EntityEntry<CityProcedure> entry, List<SiaPublication> queued, DateTimeOffset now)
    {
        var procedure = entry.Entity;
        // What never left is set aside: SIA never saw it. What may have reached SIA is followed by a baja.
        var unsent = queued.Where(p => p.SentAt is null && p.State is SiaPublicationState.Pending or SiaPublicationState.Incomplete).ToList();
        foreach (var publication in unsent)
        {
            publication.Discard("El procedimiento se retiró del catálogo antes de enviarse a SIA.", now);
            db.Entry(publication).DetectChanges();
        }

        var siaCode = procedure.SiaCode ?? (string?)entry.Property(nameof(CityProcedure.SiaCode)).OriginalValue;
        var mayBeInSia = siaCode is not null || queued.Except(unsent).Any(p => p.Operation == SiaOperation.Alta);
        if (mayBeInSia)
        {
            db.SiaPublications.Add(new SiaPublication(procedure.Id, procedure.MunicipalityIneCode, SiaOperation.Baja, now));
        }
    }

    private static HashSet<string> Changed(EntityEntry entry)
    {
        var changed = entry.Properties.Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var complex in entry.ComplexProperties)
        {
            changed.UnionWith(complex.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name));
        }

        return changed;
    }
}
