using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.SiaPublishing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.SiaPublishing;

/// <summary>One operation a dry run shows: the procedure, what would be asked of SIA, whether it can go, and the XML.</summary>
public sealed record SiaDryRunItem(long ProcedureId, string Name, SiaOperation Operation, bool Queued, SiaReadiness Readiness, string Envelope);

/// <summary>
/// A municipality's catalog as a whole: starting its publication (every procedure SIA has not been asked about yet
/// gets its first operation queued) and the dry run (what would be sent, as XML, with nothing written or sent).
/// </summary>
public sealed class SiaCatalogPublishing(IDbContextFactory<CatalogDbContext> databases, SiaPublishOptions options, SiaUpdateClient client, TimeProvider clock)
{
    /// <summary>Refuses a municipality whose catalog is not published, saying which settings turn it on.</summary>
    public void RequirePublished(string ineCode)
    {
        if (!options.PublishesMunicipality(ineCode))
        {
            throw new DomainRuleException(
                $"La publicación en SIA no está activada para el municipio {ineCode}: se activa con Sia:Publish:Enabled = true y el código INE en Sia:Publish:Municipalities.",
                "municipality");
        }
    }

    /// <summary>Queues the first operation of every offered procedure of the municipality that has none yet; returns how many.</summary>
    public async Task<int> QueueCatalogAsync(string ineCode, CancellationToken cancellationToken = default)
    {
        RequirePublished(ineCode);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var first = await FirstOperationsAsync(db, ineCode, cancellationToken);
        db.SiaPublications.AddRange(first.SelectMany(f => f.Operations.Select(o => new SiaPublication(f.Procedure.Id, ineCode, o, now))));
        await db.SaveChangesAsync(cancellationToken);
        return first.Count;
    }

    /// <summary>What <c>sia-publish</c> would send now for the municipality: its open operations, then the first ones it would queue.</summary>
    public async Task<IReadOnlyList<SiaDryRunItem>> DryRunAsync(string ineCode, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var council = await db.Municipalities.Where(m => m.IneCode == ineCode).Select(m => m.CouncilDir3Code).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(MunicipalityCode.UnknownMessage(IneCode.Parse(ineCode)), "municipality");
        var open = await db.SiaPublications.Where(p => p.MunicipalityIneCode == ineCode
                && p.State != SiaPublicationState.Accepted && p.State != SiaPublicationState.Discarded)
            .OrderBy(p => p.Id).Select(p => new { p.CityProcedureId, p.Operation }).ToListAsync(cancellationToken);
        var ids = open.Select(o => o.CityProcedureId).Distinct().ToList();
        var procedures = await db.CityProcedures.Include(p => p.ReferenceProcedure!.Process).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = open.Select(o => Item(procedures[o.CityProcedureId], o.Operation, queued: true, council)).ToList();
        foreach (var (procedure, operations) in await FirstOperationsAsync(db, ineCode, cancellationToken))
        {
            items.AddRange(operations.Select(o => Item(procedure, o, queued: false, council)));
        }

        return items;
    }

    private SiaDryRunItem Item(CityProcedure procedure, SiaOperation operation, bool queued, string council)
    {
        var sent = SiaPublisher.Resolve(operation, procedure.SiaCode);
        var (actuacion, readiness) = SiaMapping.Map(procedure, council, options.Codes);
        var envelope = client.AuditEnvelope(actuacion, sent);
        return new SiaDryRunItem(procedure.Id, procedure.LocalName, sent, queued, sent is SiaOperation.Alta or SiaOperation.Modificacion ? readiness : new SiaReadiness([]), envelope);
    }

    /// <summary>
    /// The offered procedures SIA has not been asked about, each with what it needs first: an alta without a code;
    /// with a code, a modificación, preceded by a reactivación when the SIA mirror has the entry deregistered.
    /// </summary>
    private static async Task<List<(CityProcedure Procedure, SiaOperation[] Operations)>> FirstOperationsAsync(CatalogDbContext db, string ineCode, CancellationToken cancellationToken)
    {
        var procedures = await db.CityProcedures.Include(p => p.ReferenceProcedure!.Process)
            .Where(p => p.MunicipalityIneCode == ineCode && p.IsOffered && p.Status == CityProcedureStatus.Active
                && !db.SiaPublications.Any(s => s.CityProcedureId == p.Id))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var codes = procedures.Select(p => p.SiaCode).OfType<string>().ToList();
        var deregistered = (await db.SiaEntries.Where(e => codes.Contains(e.Code) && e.IsWithdrawn).Select(e => e.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return procedures.Select(p => (p, p.SiaCode is null ? [SiaOperation.Alta]
            : deregistered.Contains(p.SiaCode) ? new[] { SiaOperation.Reactivacion, SiaOperation.Modificacion }
            : [SiaOperation.Modificacion])).ToList();
    }
}
