using System.Globalization;
using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>
/// The writes an editor makes to a city catalog. Each checks the actor's scope, refuses a change based on a stale
/// revision, applies the domain's rules and records the audit entry in the same save.
/// </summary>
public sealed class CityCatalogEditor(CatalogDbContext db, TimeProvider clock)
{
    private const string EntityType = nameof(CityProcedure);

    public async Task<CityProcedure> CreateAsync(CatalogActor? caller, IneCode municipality, CityProcedureChanges input, string? referenceCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = Permissions.Require(caller);
        Permissions.RequireCityEditor(actor, municipality.Value);
        await RequireMunicipalityAsync(municipality, cancellationToken);
        var now = clock.GetUtcNow();
        var procedure = new CityProcedure(municipality, input.LocalName ?? throw new DomainRuleException("A local name is required.", "localName"),
            input.ApplyTo(Domain.Procedures.ProcedureAttributes.Empty), now);
        Apply(procedure, input with { LocalName = null }, now);
        await RequireUniqueLocalIdAsync(procedure, cancellationToken);
        if (referenceCode is not null)
        {
            procedure.MapTo(await ReferenceAsync(referenceCode, cancellationToken), now);
        }

        return await SaveNewAsync(actor, procedure, "create", cancellationToken);
    }

    public async Task<CityProcedure> UpdateAsync(CatalogActor? caller, long id, int expectedRevision, CityProcedureChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return await EditAsync(caller, id, expectedRevision, "update", (procedure, now) =>
        {
            Apply(procedure, changes, now);
            return RequireUniqueLocalIdAsync(procedure, cancellationToken);
        }, cancellationToken);
    }

    public Task<CityProcedure> WithdrawAsync(CatalogActor? caller, long id, int expectedRevision, string? reason, CancellationToken cancellationToken)
        => EditAsync(caller, id, expectedRevision, "withdraw", (procedure, now) =>
        {
            procedure.Withdraw(CityProcedureChanges.Blank(reason), now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<CityProcedure> MapAsync(CatalogActor? caller, long id, int expectedRevision, string? referenceCode, CancellationToken cancellationToken)
        => EditAsync(caller, id, expectedRevision, referenceCode is null ? "unmap" : "map", async (procedure, now) =>
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
        await db.SaveChangesAsync(cancellationToken);
        return procedure;
    }

    private async Task<CityProcedure> SaveNewAsync(CatalogActor actor, CityProcedure procedure, string action, CancellationToken cancellationToken)
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
           || c.Fees is not null || c.LegalBasis is not null;

    private async Task RequireUniqueLocalIdAsync(CityProcedure procedure, CancellationToken cancellationToken)
    {
        if (procedure.LocalId is { } localId && await db.CityProcedures.AnyAsync(
                p => p.MunicipalityIneCode == procedure.MunicipalityIneCode && p.LocalId == localId && p.Id != procedure.Id, cancellationToken))
        {
            throw new DomainRuleException($"Local id '{localId}' is already used by another procedure of {procedure.MunicipalityIneCode}.", "localId");
        }
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
