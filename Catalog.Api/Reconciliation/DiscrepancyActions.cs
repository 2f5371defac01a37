using System.Globalization;
using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Reconciliation;

/// <summary>What a city's team does with a discrepancy: resolve it (fixed, with a note) or dismiss it (with a reason).</summary>
public sealed class DiscrepancyActions(CatalogDbContext db, TimeProvider clock)
{
    public Task<Discrepancy> ResolveAsync(CatalogActor? caller, long id, string note, CancellationToken cancellationToken)
        => ActAsync(caller, id, "resolve", (d, actor, now) => d.Resolve(actor.Subject, note, now), cancellationToken);

    public Task<Discrepancy> DismissAsync(CatalogActor? caller, long id, string note, CancellationToken cancellationToken)
        => ActAsync(caller, id, "dismiss", (d, actor, now) => d.Dismiss(actor.Subject, note, now), cancellationToken);

    private async Task<Discrepancy> ActAsync(CatalogActor? caller, long id, string action, Action<Discrepancy, CatalogActor, DateTimeOffset> act, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        var discrepancy = await db.Discrepancies.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Discrepancy {id} does not exist.");
        Permissions.RequireCityEditor(actor, discrepancy.MunicipalityIneCode);
        var before = Snapshot(discrepancy);
        var now = clock.GetUtcNow();
        act(discrepancy, actor, now);
        AuditTrail.Record(db, actor, nameof(Discrepancy), id.ToString(CultureInfo.InvariantCulture), action, before, Snapshot(discrepancy),
            discrepancy.MunicipalityIneCode, now);
        await db.SaveChangesAsync(cancellationToken);
        return discrepancy;
    }

    private static AuditSnapshot Snapshot(Discrepancy discrepancy) => new AuditSnapshot()
        .Add("status", discrepancy.Status.ToString())
        .Add("actedBy", discrepancy.ActedBy)
        .Add("note", discrepancy.Note);
}
