using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.SiaPublishing;
using Catalog.Sync.SiaPublishing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.SiaPublishing;

/// <summary>One procedure of a published catalog: whether it can go to SIA, its newest operation, and what would be sent now.</summary>
public sealed record SiaProcedureStatus(CityProcedure Procedure, SiaReadiness Readiness, SiaPublication? Latest, SiaActuacion Actuacion, SiaOperation NextOperation);

/// <summary>A municipality's publication to SIA: whether it is on, how many operations stand where, and each procedure.</summary>
public sealed record SiaPublishingView(string Municipality, bool Enabled, IReadOnlyDictionary<SiaPublicationState, int> Counts, IReadOnlyList<SiaProcedureStatus> Procedures);

/// <summary>
/// What editors of a municipality (and admins) see and do of its publication to SIA: the readiness of every
/// procedure, the queue, starting the publication, and sending again or setting aside an operation SIA stopped.
/// </summary>
public sealed class SiaPublishingAdministration(CatalogDbContext db, SiaPublishOptions options, SiaCatalogPublishing catalog,
    SiaPublishingWake wake, TimeProvider clock)
{
    public async Task<SiaPublishingView> StatusAsync(CatalogActor? caller, string ineCode, CancellationToken cancellationToken)
    {
        Permissions.RequireCityEditor(Permissions.Require(caller), ineCode);
        var council = await db.Municipalities.AsNoTracking().Where(m => m.IneCode == ineCode).Select(m => m.CouncilDir3Code).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Municipality {ineCode} is not in the catalog.");
        var counts = await db.SiaPublications.AsNoTracking().Where(p => p.MunicipalityIneCode == ineCode)
            .GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var procedures = await db.CityProcedures.AsNoTracking().Include(p => p.ReferenceProcedure!.Process)
            .Where(p => p.MunicipalityIneCode == ineCode && p.IsOffered && p.Status == CityProcedureStatus.Active)
            .OrderBy(p => p.LocalName).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var latestIds = await db.SiaPublications.AsNoTracking().Where(p => p.MunicipalityIneCode == ineCode)
            .GroupBy(p => p.CityProcedureId).Select(g => g.Max(p => p.Id)).ToListAsync(cancellationToken);
        var latest = await db.SiaPublications.AsNoTracking().Where(p => latestIds.Contains(p.Id)).ToDictionaryAsync(p => p.CityProcedureId, cancellationToken);
        var rows = procedures.Select(p =>
        {
            var (actuacion, readiness) = SiaMapping.Map(p, council, options.Codes);
            var next = latest.GetValueOrDefault(p.Id);
            var operation = SiaPublisher.Resolve(next is { IsOpen: true } ? next.Operation : SiaOperation.Modificacion, p.SiaCode);
            return new SiaProcedureStatus(p, readiness, next, actuacion with { SiaCode = p.SiaCode ?? string.Empty }, operation);
        }).ToList();
        return new SiaPublishingView(ineCode, options.PublishesMunicipality(ineCode), counts, rows);
    }

    /// <summary>The municipality's operations, newest first, <paramref name="first"/> after the one with id <paramref name="before"/>.</summary>
    public async Task<(List<SiaPublication> Rows, bool More)> PublicationsAsync(CatalogActor? caller, string ineCode, SiaPublicationState? state, long? before, int first,
        CancellationToken cancellationToken)
    {
        Permissions.RequireCityEditor(Permissions.Require(caller), ineCode);
        var query = db.SiaPublications.AsNoTracking().Include(p => p.Procedure).Where(p => p.MunicipalityIneCode == ineCode);
        if (state is { } s)
        {
            query = query.Where(p => p.State == s);
        }

        if (before is { } b)
        {
            query = query.Where(p => p.Id < b);
        }

        var rows = await query.OrderByDescending(p => p.Id).Take(first + 1).ToListAsync(cancellationToken);
        return (rows.Take(first).ToList(), rows.Count > first);
    }

    /// <summary>Starts (or completes) the publication: the first operation of every procedure SIA has not been asked about.</summary>
    public async Task<int> PublishCatalogAsync(CatalogActor? caller, string ineCode, CancellationToken cancellationToken)
    {
        Permissions.RequireCityEditor(Permissions.Require(caller), ineCode);
        var queued = await catalog.QueueCatalogAsync(ineCode, cancellationToken);
        wake.Wake();
        return queued;
    }

    /// <summary>Sends a stopped (or waiting) operation again: the person has fixed the data or SIA's side.</summary>
    public async Task<SiaPublication> RetryAsync(CatalogActor? caller, long id, CancellationToken cancellationToken)
    {
        var publication = await FindAsync(caller, id, cancellationToken);
        publication.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        wake.Wake();
        return publication;
    }

    /// <summary>Sets an operation aside for good: the procedure's later operations go on.</summary>
    public async Task<SiaPublication> DiscardAsync(CatalogActor? caller, long id, string? note, CancellationToken cancellationToken)
    {
        var publication = await FindAsync(caller, id, cancellationToken);
        var actor = Permissions.Require(caller);
        note = string.IsNullOrWhiteSpace(note) ? null : TextRules.SingleLine(note.Trim(), "note");
        publication.Discard($"Descartada por {actor.Subject}{(note is null ? "." : ": " + note)}", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        wake.Wake();
        return publication;
    }

    private async Task<SiaPublication> FindAsync(CatalogActor? caller, long id, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        var publication = await db.SiaPublications.Include(p => p.Procedure).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No SIA operation has id {id}.");
        Permissions.RequireCityEditor(actor, publication.MunicipalityIneCode);
        return publication;
    }
}
