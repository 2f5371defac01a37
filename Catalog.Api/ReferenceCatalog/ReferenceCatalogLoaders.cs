using Microsoft.EntityFrameworkCore;
using Catalog.Domain.ReferenceCatalog;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<long, ReferenceProcess?>? _referenceProcesses;
    private BatchLoader<long, ReferenceProcedure?>? _referenceProcedures;
    private BatchLoader<long, IReadOnlyList<ReferenceProcedure>>? _proceduresOfProcess;
    private BatchLoader<long, IReadOnlyList<ReferenceProcedureVersion>>? _versions;

    /// <summary>Reference processes by id.</summary>
    public BatchLoader<long, ReferenceProcess?> ReferenceProcesses
        => _referenceProcesses ??= ByKey<long, ReferenceProcess>((db, keys) => db.ReferenceProcesses.Where(p => EF.Parameter(keys).Contains(p.Id)), p => p.Id, nameof(ReferenceProcess.Id));

    /// <summary>Reference procedures by id (without their versions).</summary>
    public BatchLoader<long, ReferenceProcedure?> ReferenceProcedures
        => _referenceProcedures ??= ByKey<long, ReferenceProcedure>((db, keys) => db.ReferenceProcedures.Where(p => EF.Parameter(keys).Contains(p.Id)), p => p.Id, nameof(ReferenceProcedure.Id));

    /// <summary>The reference procedures of a process, by the process id, sorted by code.</summary>
    public BatchLoader<long, IReadOnlyList<ReferenceProcedure>> ProceduresOfProcess
        => _proceduresOfProcess ??= GroupedBy<long, ReferenceProcedure>(
            (db, keys) => db.ReferenceProcedures.Where(p => keys.Contains(p.ProcessId)).OrderBy(p => p.Code), p => p.ProcessId);

    /// <summary>The versions of a reference procedure, by its id, oldest first.</summary>
    public BatchLoader<long, IReadOnlyList<ReferenceProcedureVersion>> Versions
        => _versions ??= GroupedBy<long, ReferenceProcedureVersion>(
            (db, keys) => db.ReferenceProcedureVersions.Where(v => keys.Contains(v.ReferenceProcedureId)).OrderBy(v => v.Number), v => v.ReferenceProcedureId);
}
