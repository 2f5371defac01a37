using System.Globalization;
using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.Codes;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>
/// The working group's curation of the reference catalog. Every change to a reference procedure makes a new version
/// recording the fields it changed; every write is audited.
/// </summary>
public sealed class ReferenceCatalogCurator(CatalogDbContext db, TimeProvider clock)
{
    public async Task<ReferenceProcess> CreateProcessAsync(CatalogActor? caller, string code, string name, string? description, int? sortOrder, CancellationToken cancellationToken)
    {
        var actor = RequireCurator(caller);
        if (await db.ReferenceProcesses.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new DomainRuleException($"Reference process '{code}' already exists.", "code");
        }

        var order = sortOrder ?? ((await db.ReferenceProcesses.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0) + 10);
        var process = new ReferenceProcess(code, name, CityProcedureChanges.Blank(description), order);
        return await SaveNewAsync(actor, process, p => p.Id, AuditSnapshot.Of, cancellationToken);
    }

    public async Task<ReferenceProcess> UpdateProcessAsync(CatalogActor? caller, string code, int expectedRevision, string name, string? description, int? sortOrder, CancellationToken cancellationToken)
    {
        var actor = RequireCurator(caller);
        var process = await db.ReferenceProcesses.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException($"Reference process '{code}' does not exist.");
        ExpectRevision(process, process.Revision, expectedRevision, $"reference process {code}");
        var before = AuditSnapshot.Of(process);
        process.Rename(name, CityProcedureChanges.Blank(description), sortOrder);
        Audit(actor, nameof(ReferenceProcess), process.Id, "update", before, AuditSnapshot.Of(process));
        await db.SaveChangesAsync(cancellationToken);
        return process;
    }

    public async Task<ReferenceProcedure> CreateProcedureAsync(CatalogActor? caller, string code, string processCode, string name, string? description,
        CityProcedureChanges attributes, string? exampleSiaCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var actor = RequireCurator(caller);
        if (await db.ReferenceProcedures.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new DomainRuleException($"Reference procedure '{code}' already exists.", "code");
        }

        var process = await ProcessAsync(processCode, cancellationToken);
        var procedure = new ReferenceProcedure(code, process, name, CityProcedureChanges.Blank(description),
            attributes.ApplyTo(Domain.Procedures.ProcedureAttributes.Empty), actor.Subject, clock.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(exampleSiaCode))
        {
            procedure.SetExampleSiaCode(SiaCode.Parse(exampleSiaCode.Trim()));
        }

        return await SaveNewAsync(actor, procedure, p => p.Id, AuditSnapshot.Of, cancellationToken);
    }

    /// <summary>Curates a reference procedure: a null argument keeps the current value. Makes a new version.</summary>
    public async Task<ReferenceProcedure> ReviseProcedureAsync(CatalogActor? caller, string code, int expectedRevision, string? name, string? description,
        string? processCode, CityProcedureChanges attributes, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var actor = RequireCurator(caller);
        var procedure = await ProcedureAsync(code, cancellationToken);
        ExpectRevision(procedure, procedure.Revision, expectedRevision, $"reference procedure {code}");
        var process = processCode is null ? procedure.Process! : await ProcessAsync(processCode, cancellationToken);
        var before = AuditSnapshot.Of(procedure);
        procedure.Revise(name ?? procedure.Name, description is null ? procedure.Description : CityProcedureChanges.Blank(description), attributes.ApplyTo(procedure.Attributes),
            process, actor.Subject, clock.GetUtcNow(), CityProcedureChanges.Blank(note));
        Audit(actor, nameof(ReferenceProcedure), procedure.Id, "revise", before, AuditSnapshot.Of(procedure));
        await db.SaveChangesAsync(cancellationToken);
        return procedure;
    }

    public async Task<ReferenceProcedure> RetireProcedureAsync(CatalogActor? caller, string code, int expectedRevision, string? note, CancellationToken cancellationToken)
    {
        var actor = RequireCurator(caller);
        var procedure = await ProcedureAsync(code, cancellationToken);
        ExpectRevision(procedure, procedure.Revision, expectedRevision, $"reference procedure {code}");
        var before = AuditSnapshot.Of(procedure);
        procedure.Retire(actor.Subject, clock.GetUtcNow(), CityProcedureChanges.Blank(note));
        Audit(actor, nameof(ReferenceProcedure), procedure.Id, "retire", before, AuditSnapshot.Of(procedure));
        await db.SaveChangesAsync(cancellationToken);
        return procedure;
    }

    private static CatalogActor RequireCurator(CatalogActor? caller)
    {
        var actor = Permissions.Require(caller);
        Permissions.RequireCurator(actor);
        return actor;
    }

    private void ExpectRevision<T>(T entity, int current, int expected, string what) where T : class
    {
        if (current != expected)
        {
            throw new ConcurrencyConflictException($"The change was not saved: {what} is at revision {current} and your change is based on revision {expected}. Reload it and try again.");
        }

        db.Entry(entity).Property<int>("Revision").OriginalValue = expected;
    }

    private void Audit(CatalogActor actor, string entityType, long id, string action, AuditSnapshot before, AuditSnapshot after)
        => AuditTrail.Record(db, actor, entityType, id.ToString(CultureInfo.InvariantCulture), action, before, after, null, clock.GetUtcNow());

    private async Task<T> SaveNewAsync<T>(CatalogActor actor, T entity, Func<T, long> id, Func<T, AuditSnapshot> snapshot, CancellationToken cancellationToken) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        Audit(actor, typeof(T).Name, id(entity), "create", AuditSnapshot.Empty, snapshot(entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    private async Task<ReferenceProcess> ProcessAsync(string code, CancellationToken cancellationToken)
        => await db.ReferenceProcesses.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
           ?? throw new DomainRuleException($"Reference process '{code}' does not exist.", "processCode");

    private async Task<ReferenceProcedure> ProcedureAsync(string code, CancellationToken cancellationToken)
        => await db.ReferenceProcedures.Include(p => p.Process).Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
           ?? throw new NotFoundException($"Reference procedure '{code}' does not exist.");
}
