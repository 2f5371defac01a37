using System.Globalization;
using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Sync.Runs;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>A city procedure as a write left it, and what the write should know (codes the mirror does not know yet).</summary>
public sealed record CityProcedureWrite(CityProcedure Procedure, IReadOnlyList<CatalogWarning> Warnings);

/// <summary>
/// The writes an editor makes to a city catalog. Each checks the actor's scope, refuses a change based on a stale
/// revision, applies the catalog's rules (<see cref="CityCatalogRules"/>) and records the audit entry in the same
/// save; then the city is reconciled at once, so its discrepancies are current when the write returns.
/// </summary>
public sealed class CityCatalogEditor(CatalogDbContext db, TimeProvider clock, SyncPipeline reconciliation)
{
    private const string EntityType = nameof(CityProcedure);

    public async Task<CityProcedureWrite> CreateAsync(CatalogActor? caller, IneCode municipality, CityProcedureChanges input, string? referenceCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = Permissions.Require(caller);
        Permissions.RequireCityEditor(actor, municipality.Value);
        await RequireMunicipalityAsync(municipality, cancellationToken);
        var now = clock.GetUtcNow();
        var procedure = new CityProcedure(municipality, input.LocalName ?? throw new DomainRuleException("A local name is required.", "localName"),
            input.ApplyTo(Domain.Procedures.ProcedureAttributes.Empty), now);
        Apply(procedure, input with { LocalName = null }, now);
        if (referenceCode is not null)
        {
            procedure.MapTo(await ReferenceAsync(referenceCode, cancellationToken), now);
        }

        var warnings = await CheckRulesAsync(procedure, input, cancellationToken);
        var created = await SaveNewAsync(actor, procedure, "create", cancellationToken);
        return new CityProcedureWrite(created, [.. warnings, .. await ReconcileAsync(actor, procedure.MunicipalityIneCode, cancellationToken)]);
    }

    public async Task<CityProcedureWrite> UpdateAsync(CatalogActor? caller, long id, int expectedRevision, CityProcedureChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        IReadOnlyList<CatalogWarning> warnings = [];
        var procedure = await EditAsync(caller, id, expectedRevision, "update", async (procedure, now) =>
        {
            Apply(procedure, changes, now);
            warnings = await CheckRulesAsync(procedure, changes, cancellationToken);
        }, cancellationToken);
        return new CityProcedureWrite(procedure, [.. warnings, .. await ReconcileAsync(Permissions.Require(caller), procedure.MunicipalityIneCode, cancellationToken)]);
    }

    /// <summary>Withdraws the procedure; its discrepancies close at once (the city is reconciled).</summary>
    public async Task<CityProcedure> WithdrawAsync(CatalogActor? caller, long id, int expectedRevision, string? reason, CancellationToken cancellationToken)
    {
        var procedure = await EditAsync(caller, id, expectedRevision, "withdraw", (procedure, now) =>
        {
            procedure.Withdraw(CityProcedureChanges.Blank(reason), now);
            return Task.CompletedTask;
        }, cancellationToken);
        await ReconcileAsync(Permissions.Require(caller), procedure.MunicipalityIneCode, cancellationToken);
        return procedure;
    }

    /// <summary>Maps or unmaps the procedure; the city is reconciled at once (reference-review discrepancies follow the mapping).</summary>
    public async Task<CityProcedure> MapAsync(CatalogActor? caller, long id, int expectedRevision, string? referenceCode, CancellationToken cancellationToken)
    {
        var procedure = await EditAsync(caller, id, expectedRevision, referenceCode is null ? "unmap" : "map", async (procedure, now) =>
        {
            if (referenceCode is null)
            {
                procedure.Unmap(now);
            }
            else
            {
                procedure.MapTo(await ReferenceAsync(referenceCode, cancellationToken), now);
            }
        }, cancellationToken);
        await ReconcileAsync(Permissions.Require(caller), procedure.MunicipalityIneCode, cancellationToken);
        return procedure;
    }

    public Task<CityProcedure> ConfirmReferenceVersionAsync(CatalogActor? caller, long id, int expectedRevision, int version, CancellationToken cancellationToken)
        => EditAsync(caller, id, expectedRevision, "confirm-reference-version", async (procedure, now) =>
        {
            await db.Entry(procedure).Reference(p => p.ReferenceProcedure).LoadAsync(cancellationToken);
            procedure.ConfirmReferenceVersion(version, now);
        }, cancellationToken);

    /// <summary>Declares that the city does not offer a reference procedure (refused if it already maps an active entry to it).</summary>
    public async Task<CityProcedure> DeclareNotOfferedAsync(CatalogActor? caller, IneCode municipality, string referenceCode, string? reason, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        Permissions.RequireCityEditor(actor, municipality.Value);
        await RequireMunicipalityAsync(municipality, cancellationToken);
        var reference = await ReferenceAsync(referenceCode, cancellationToken);
        var existing = await db.CityProcedures.AnyAsync(p => p.MunicipalityIneCode == municipality.Value && p.ReferenceProcedureId == reference.Id
            && p.Status == CityProcedureStatus.Active, cancellationToken);
        if (existing)
        {
            throw new DomainRuleException($"{municipality} already has an active procedure mapped to {referenceCode}; withdraw it first.", "referenceCode");
        }

        var procedure = CityProcedure.NotOffered(municipality, reference, CityProcedureChanges.Blank(reason), clock.GetUtcNow());
        return await SaveNewAsync(actor, procedure, "declare-not-offered", cancellationToken);
    }

    private async Task<CityProcedure> EditAsync(CatalogActor? caller, long id, int expectedRevision, string action,
        Func<CityProcedure, DateTimeOffset, Task> edit, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        var procedure = await db.CityProcedures.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"City procedure {id} does not exist.");
        Permissions.RequireCityEditor(actor, procedure.MunicipalityIneCode);
        if (procedure.Revision != expectedRevision)
        {
            throw new ConcurrencyConflictException(
                $"The change was not saved: city procedure {id} is at revision {procedure.Revision} and your change is based on revision {expectedRevision}. Reload it and try again.");
        }

        // The database checks the revision too, so a write that slips in between this read and the save is caught.
        db.Entry(procedure).Property(p => p.Revision).OriginalValue = expectedRevision;
        var before = AuditSnapshot.Of(procedure);
        var now = clock.GetUtcNow();
        await edit(procedure, now);
        AuditTrail.Record(db, actor, EntityType, id.ToString(CultureInfo.InvariantCulture), action, before, AuditSnapshot.Of(procedure),
            procedure.MunicipalityIneCode, now);
        await SaveOrExplainAsync(procedure, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return procedure;
    }

    private Task<CityProcedure> SaveNewAsync(CatalogActor actor, CityProcedure procedure, string action, CancellationToken cancellationToken)
        => SaveOrExplainAsync(procedure, () => InsertAsync(actor, procedure, action, cancellationToken), cancellationToken);

    private async Task<CityProcedure> InsertAsync(CatalogActor actor, CityProcedure procedure, string action, CancellationToken cancellationToken)
    {
        // The audit entry names the new row's id, which the database assigns: save both in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CityProcedures.Add(procedure);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Record(db, actor, EntityType, procedure.Id.ToString(CultureInfo.InvariantCulture), action, AuditSnapshot.Empty,
            AuditSnapshot.Of(procedure), procedure.MunicipalityIneCode, procedure.CreatedAt, always: true);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return procedure;
    }

    private static void Apply(CityProcedure procedure, CityProcedureChanges changes, DateTimeOffset now)
    {
        if (changes.LocalName is not null || changes.Description is not null || HasAttributeChanges(changes))
        {
            procedure.Describe(changes.LocalName ?? procedure.LocalName,
                changes.Description is null ? procedure.Description : CityProcedureChanges.Blank(changes.Description),
                changes.ApplyTo(procedure.Attributes), now);
        }

        if (changes.LocalId is not null)
        {
            procedure.SetLocalId(changes.LocalId);
        }

        var (changeSia, sia) = CityProcedureChanges.Code(changes.SiaCode, SiaCode.Parse);
        if (changeSia)
        {
            procedure.AssignSiaCode(sia, now);
        }

        var (changeUnit, unit) = CityProcedureChanges.Code(changes.ResponsibleUnit, Dir3Code.Parse);
        if (changeUnit)
        {
            procedure.AssignResponsibleUnit(unit, now);
        }
    }

    private static bool HasAttributeChanges(CityProcedureChanges c)
        => c.Initiation is not null || c.SilenceEffect is not null || c.ResolutionTermAmount is not null || c.ResolutionTermUnit is not null
           || c.EndsAdministrativeRoute is not null || c.Recipients is not null || c.ElectronicLevel is not null || c.Channels is not null
           || c.Fees is not null || c.LegalBasis is not null || c.HasPublishedAttributes;

    /// <summary>
    /// Applies the catalog's rules to the procedure as the write leaves it: its codes are its own, and the unit and
    /// SIA code the write sets are checked against the mirror (unknown ones give warnings, a unit outside the council's
    /// tree is refused). A unit or SIA code the write leaves alone is not checked again here: the reconciliation
    /// reports on it.
    /// </summary>
    private async Task<IReadOnlyList<CatalogWarning>> CheckRulesAsync(CityProcedure procedure, CityProcedureChanges changes, CancellationToken cancellationToken)
    {
        CityCatalogRules.RequireUniqueCodes(procedure, await HoldersAsync(procedure, cancellationToken));
        var warnings = new List<CatalogWarning>();
        if (changes.ResponsibleUnit is not null && procedure.ResponsibleUnitCode is { } unit)
        {
            var council = await db.Municipalities.AsNoTracking().Where(m => m.IneCode == procedure.MunicipalityIneCode)
                .Select(m => m.CouncilDir3Code).SingleAsync(cancellationToken);
            var units = await MirrorLookups.UnitTreesAsync(db, [unit], cancellationToken);
            if (CityCatalogRules.CheckResponsibleUnit(unit, council, units.GetValueOrDefault) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        if (changes.SiaCode is not null && procedure.SiaCode is { } sia
            && CityCatalogRules.CheckSiaCode(sia, await db.SiaEntries.AnyAsync(e => e.Code == sia, cancellationToken)) is { } siaWarning)
        {
            warnings.Add(siaWarning);
        }

        return warnings;
    }

    /// <summary>The other procedures of the catalog that hold the procedure's local id or SIA code.</summary>
    private async Task<List<CityProcedure>> HoldersAsync(CityProcedure procedure, CancellationToken cancellationToken)
    {
        var (localId, sia) = (procedure.LocalId, procedure.SiaCode);
        if (localId is null && sia is null)
        {
            return [];
        }

        return await db.CityProcedures.AsNoTracking()
            .Where(p => p.MunicipalityIneCode == procedure.MunicipalityIneCode && p.Id != procedure.Id
                && ((localId != null && p.LocalId == localId) || (sia != null && p.SiaCode == sia && p.Status == CityProcedureStatus.Active)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Saves; when the database refuses the row because another write took its local id or SIA code in between
    /// (the unique indexes), says so as the rule does instead of failing.
    /// </summary>
    private async Task<T> SaveOrExplainAsync<T>(CityProcedure procedure, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        try
        {
            return await save();
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException)
        {
            // The failed save's transaction is rolled back by now; read the holders afresh.
            var holders = await HoldersAsync(procedure, cancellationToken);
            CityCatalogRules.RequireUniqueCodes(procedure, holders);
            throw;
        }
    }

    /// <summary>
    /// Reconciles the city now (mirror untouched), as a sync run of its own, so its discrepancies reflect the write.
    /// When another run holds the run lock the write stands and a warning says the discrepancies follow with the next run.
    /// </summary>
    private async Task<IReadOnlyList<CatalogWarning>> ReconcileAsync(CatalogActor actor, string municipality, CancellationToken cancellationToken)
    {
        var outcome = await reconciliation.RunAsync(new SyncRequest(SyncTrigger.Edit, Municipality: municipality, RequestedBy: actor.Subject, ReconcileOnly: true),
            cancellationToken: cancellationToken);
        return outcome.Succeeded ? [] :
        [
            new CatalogWarning("RECONCILIATION_DEFERRED", "municipality",
                $"The change is saved, but the city could not be reconciled now ({outcome.Run.Error}); its discrepancies are updated by the next sync run."),
        ];
    }

    private async Task RequireMunicipalityAsync(IneCode municipality, CancellationToken cancellationToken)
    {
        if (!await db.Municipalities.AnyAsync(m => m.IneCode == municipality.Value, cancellationToken))
        {
            throw new NotFoundException($"Municipality {municipality} is not in the catalog.");
        }
    }

    private async Task<ReferenceProcedure> ReferenceAsync(string code, CancellationToken cancellationToken)
        => await db.ReferenceProcedures.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
           ?? throw new DomainRuleException($"Reference procedure '{code}' does not exist.", "referenceCode");
}
