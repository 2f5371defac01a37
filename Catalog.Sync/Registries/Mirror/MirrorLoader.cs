using System.Diagnostics;
using Catalog.Db;
using Catalog.Domain.Registries;
using Catalog.Sync.Registries.Dir3;
using Catalog.Sync.Registries.Sia;
using Catalog.Sync.Registries.Sources;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>
/// Loads one fetched source into the registry mirror: reads it streaming, upserts units, offices, history, relations
/// or SIA entries in batches, marks rows that vanished from a full list as gone (never deletes), and records the
/// source's content hash.
/// </summary>
/// <remarks>
/// Transactions: when the context already has a transaction (a sync run wraps a whole run in one, and rolls it back on
/// failure or for a dry run) the load takes part in it and does not commit. Otherwise it opens its own transaction and
/// commits it only when the whole source loaded: a source that fails half-way leaves the mirror exactly as it was.
/// </remarks>
public sealed class MirrorLoader
{
    private const int ProgressEvery = 10_000;

    private readonly CatalogDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>A loader writing through <paramref name="db"/> (and its transaction, when it has one), stamping rows with <paramref name="clock"/>.</summary>
    public MirrorLoader(CatalogDbContext db, TimeProvider clock)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>True when the mirror last loaded exactly this content from this source (same SHA-256); the caller may skip it.</summary>
    public async Task<bool> IsUnchangedAsync(FetchedContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var state = await _db.RegistrySources.AsNoTracking().FirstOrDefaultAsync(s => s.Name == content.Source.Name, cancellationToken);
        return content.IsUnchangedSince(state);
    }

    /// <summary>Loads the content into the mirror and records the source's hash; throws <see cref="RegistryFormatException"/> (nothing written) when it cannot be read.</summary>
    public async Task<MirrorLoadResult> LoadAsync(FetchedContent content, MirrorLoadOptions? options = null, IProgress<MirrorLoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new MirrorLoadOptions();
        var started = Stopwatch.GetTimestamp();
        var ownTransaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await LoadInTransactionAsync(content, options, progress, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return result with { Elapsed = Stopwatch.GetElapsedTime(started) };
        }
        catch
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.RollbackAsync(CancellationToken.None);
            }

            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private async Task<MirrorLoadResult> LoadInTransactionAsync(FetchedContent content, MirrorLoadOptions options, IProgress<MirrorLoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var load = new Load(_db, options);
        using var reader = RegistryContentReader.Open(content);
        if (content.Source.Registry == Registry.Dir3)
        {
            await load.Units.LoadStoredAsync(_db.Units.AsNoTracking().Select(u => new StoredKey(u.Code, u.ContentHash, u.IsGone, u.SourceList)), cancellationToken);
            await load.Offices.LoadStoredAsync(_db.Offices.AsNoTracking().Select(o => new StoredKey(o.Code, o.ContentHash, o.IsGone, null)), cancellationToken);
            await load.LoadLinksAsync(cancellationToken);
        }
        else
        {
            await load.Sia.LoadStoredAsync(_db.SiaEntries.AsNoTracking().Select(e => new StoredKey(e.Code, e.ContentHash, e.IsGone, e.ResponsibleN1)), cancellationToken);
        }

        progress?.Report(new MirrorLoadProgress("reading " + reader.Kind, 0, 0));
        foreach (var row in reader.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            load.Take(row, now);
            if (load.PendingWrites >= options.BatchSize)
            {
                await load.FlushAsync(cancellationToken);
            }

            if (load.RowsRead % ProgressEvery == 0)
            {
                progress?.Report(new MirrorLoadProgress("reading " + reader.Kind, load.RowsRead, load.RowsRejected));
            }
        }

        await load.FlushAsync(cancellationToken);
        progress?.Report(new MirrorLoadProgress("finishing", load.RowsRead, load.RowsRejected));

        if (content.Source.FullList)
        {
            await MarkVanishedAsync(content, reader, load, now, cancellationToken);
        }

        // Saved with the source's state below, in the load's transaction: a failed load records no change either.
        await MirrorChangeFeed.RecordAsync(_db, load.Units.Added.Union(load.Units.Changed).ToHashSet(StringComparer.Ordinal), load.Units.Gone,
            load.Sia.Added.Union(load.Sia.Changed).ToHashSet(StringComparer.Ordinal), load.Sia.Gone, now, cancellationToken);
        await RecordSourceStateAsync(content, reader.Kind, options, now, cancellationToken);
        await load.DisposeAsync();
        return load.Result(content, reader.Kind);
    }

    private static async Task MarkVanishedAsync(FetchedContent content, RegistryContentReader reader, Load load, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A row rejected without a readable code may be any stored unit or entry: the list is not complete, so none
        // is marked gone on its account (the rejected rows are reported; the next clean list marks them).
        if (load.RejectedWithoutCode > 0)
        {
            return;
        }

        var kept = load.RejectedCodes;
        if (content.Source.Registry == Registry.Dir3)
        {
            if (reader.HasUnits)
            {
                RefuseEmptyFullList(content, load.Units.Seen.Count, "units");
                var list = reader.Kind;
                await load.Units.MarkVanishedAsync(s => s.Scope == list, kept, now, cancellationToken);
            }

            if (reader.HasOffices)
            {
                RefuseEmptyFullList(content, load.Offices.Seen.Count, "offices");
                await load.Offices.MarkVanishedAsync(_ => true, kept, now, cancellationToken);
            }

            return;
        }

        // A SIA query answers for some responsible organisms; an entry of one of them that is no longer there is gone.
        var organisms = load.SiaOrganisms;
        await load.Sia.MarkVanishedAsync(s => s.Scope is not null && organisms.Contains(s.Scope), kept, now, cancellationToken);
    }

    /// <summary>A full list with no accepted row is a broken file, not an administration that lost every unit.</summary>
    private static void RefuseEmptyFullList(FetchedContent content, int accepted, string what)
    {
        if (accepted == 0)
        {
            throw new RegistryFormatException(content.DisplayName,
                $"no {what} were accepted from this full list; refusing to mark every {what[..^1]} of the list as gone. Check the rejected rows.");
        }
    }

    private async Task RecordSourceStateAsync(FetchedContent content, string kind, MirrorLoadOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await _db.RegistrySources.FirstOrDefaultAsync(s => s.Name == content.Source.Name, cancellationToken);
        if (state is null)
        {
            state = new RegistrySourceState(content.Source.Name);
            _db.RegistrySources.Add(state);
        }

        var fullKind = $"{content.Source.Registry}/{kind}";
        state.Kind = fullKind.Length <= 32 ? fullKind : fullKind[..32];
        state.Location = content.Source.Location.Length <= 2000 ? content.Source.Location : content.Source.Location[..2000];
        state.ContentHash = content.ContentHash;
        state.LastLoadedAt = now;
        state.LastRunId = options.RunId;
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The running state of one load: the three kinds of coded rows, history links and relations, and counters.</summary>
    private sealed class Load
    {
        private readonly CatalogDbContext _db;
        private readonly MirrorLoadOptions _options;
        private readonly Dictionary<RejectionReason, int> _rejectedByReason = [];
        private readonly List<RejectedRow> _rejections = [];
        private readonly Dictionary<string, int> _parents = new(StringComparer.Ordinal);
        private readonly MirrorTable<UnitSuccession> _successionTable;
        private readonly MirrorTable<OfficeUnitRelation> _relationTable;
        private readonly List<UnitSuccession> _newSuccessions = [];
        private readonly List<OfficeUnitRelation> _newRelations = [];
        private readonly List<OfficeUnitRelation> _changedRelations = [];
        private readonly HashSet<(string, string)> _seenLinks = [];
        private HashSet<(string, string)> _storedSuccessions = [];
        private Dictionary<(string, string), RegistryStatus> _storedRelations = [];
        private int _roots;
        private int _successionsAdded;
        private int _relationsWritten;

        public Load(CatalogDbContext db, MirrorLoadOptions options)
        {
            _db = db;
            _options = options;
            // The three entities share their bookkeeping columns but no base type (the domain keeps them apart), so
            // each gets its own small stamp: hash, last change, back from gone, and first seen when new.
            Units = new MirrorRows<OrganizationalUnit>(db, u => u.Code, (u, now, hash, isNew) =>
                (u.ContentHash, u.LastChangedAt, u.IsGone, u.GoneSince, u.FirstSeenAt) = (hash, now, false, null, isNew ? now : u.FirstSeenAt));
            Offices = new MirrorRows<Office>(db, o => o.Code, (o, now, hash, isNew) =>
                (o.ContentHash, o.LastChangedAt, o.IsGone, o.GoneSince, o.FirstSeenAt) = (hash, now, false, null, isNew ? now : o.FirstSeenAt));
            Sia = new MirrorRows<SiaEntry>(db, e => e.Code, (e, now, hash, isNew) =>
                (e.ContentHash, e.LastChangedAt, e.IsGone, e.GoneSince, e.FirstSeenAt) = (hash, now, false, null, isNew ? now : e.FirstSeenAt));
            _successionTable = new MirrorTable<UnitSuccession>(db);
            _relationTable = new MirrorTable<OfficeUnitRelation>(db);
        }

        public MirrorRows<OrganizationalUnit> Units { get; }

        public MirrorRows<Office> Offices { get; }

        public MirrorRows<SiaEntry> Sia { get; }

        /// <summary>The responsible organisms (N1) of the SIA entries read.</summary>
        public HashSet<string> SiaOrganisms { get; } = new(StringComparer.Ordinal);

        public int RowsRead { get; private set; }

        /// <summary>The codes named by rejected rows.</summary>
        public HashSet<string> RejectedCodes { get; } = new(StringComparer.Ordinal);

        /// <summary>Rejected rows naming no code: which unit or entry they were cannot be told.</summary>
        public int RejectedWithoutCode { get; private set; }

        public int RowsRejected { get; private set; }

        public int PendingWrites => Units.Pending + Offices.Pending + Sia.Pending + _newSuccessions.Count + _newRelations.Count + _changedRelations.Count;

        public async Task LoadLinksAsync(CancellationToken cancellationToken)
        {
            _storedSuccessions = (await _db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorCode, s.SuccessorCode }).ToListAsync(cancellationToken))
                .Select(s => (s.PredecessorCode, s.SuccessorCode)).ToHashSet();
            _storedRelations = (await _db.OfficeUnitRelations.AsNoTracking().ToListAsync(cancellationToken))
                .ToDictionary(r => (r.OfficeCode, r.UnitCode), r => r.Status);
        }

        public void Take(RegistryRow row, DateTimeOffset now)
        {
            RowsRead++;
            switch (row)
            {
                case RejectedRow rejected:
                    Reject(rejected);
                    // A rejected row still says its unit or entry is in the list: it is kept as stored, never marked gone.
                    if (rejected.Code is { } code)
                    {
                        RejectedCodes.Add(code);
                    }
                    else
                    {
                        RejectedWithoutCode++;
                    }

                    break;
                case UnitRow unit:
                    if (Units.Accept(unit.Unit, unit.Location.Row, now) is { } first)
                    {
                        Reject(Duplicate(unit.Location, "unit", unit.Unit.Code, first));
                    }
                    else if (unit.Unit.ParentCode is { } parent)
                    {
                        if (parent == unit.Unit.Code)
                        {
                            _roots++;
                        }
                        else
                        {
                            _parents[parent] = _parents.GetValueOrDefault(parent) + 1;
                        }
                    }

                    break;
                case OfficeRow office:
                    if (Offices.Accept(office.Office, office.Location.Row, now) is { } firstOffice)
                    {
                        Reject(Duplicate(office.Location, "office", office.Office.Code, firstOffice));
                    }

                    break;
                case SiaRow sia:
                    if (Sia.Accept(sia.Entry, sia.Location.Row, now) is { } firstEntry)
                    {
                        Reject(Duplicate(sia.Location, "SIA entry", sia.Entry.Code, firstEntry));
                    }
                    else if (sia.Entry.ResponsibleN1 is { } organism)
                    {
                        SiaOrganisms.Add(organism);
                    }

                    break;
                case SuccessionRow succession:
                    var link = (succession.Succession.PredecessorCode, succession.Succession.SuccessorCode);
                    if (!_seenLinks.Add(("H" + link.PredecessorCode, link.SuccessorCode)))
                    {
                        Reject(new RejectedRow(succession.Location, null, RejectionReason.DuplicateCode, $"The history link {link.PredecessorCode} → {link.SuccessorCode} appears twice."));
                    }
                    else if (!_storedSuccessions.Contains(link))
                    {
                        _newSuccessions.Add(succession.Succession);
                    }

                    break;
                case OfficeRelationRow relation:
                    var pair = (relation.Relation.OfficeCode, relation.Relation.UnitCode);
                    if (!_seenLinks.Add(("R" + pair.OfficeCode, pair.UnitCode)))
                    {
                        Reject(new RejectedRow(relation.Location, null, RejectionReason.DuplicateCode, $"The relation of office {pair.OfficeCode} with unit {pair.UnitCode} appears twice."));
                    }
                    else if (!_storedRelations.TryGetValue(pair, out var status))
                    {
                        _newRelations.Add(relation.Relation);
                    }
                    else if (status != relation.Relation.Status)
                    {
                        _changedRelations.Add(relation.Relation);
                    }

                    break;
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            await Units.FlushAsync(cancellationToken);
            await Offices.FlushAsync(cancellationToken);
            await Sia.FlushAsync(cancellationToken);
            await _successionTable.InsertAsync(_newSuccessions, cancellationToken);
            await _relationTable.InsertAsync(_newRelations, cancellationToken);
            await _relationTable.UpdateAsync(_changedRelations, cancellationToken);
            _successionsAdded += _newSuccessions.Count;
            _relationsWritten += _newRelations.Count + _changedRelations.Count;
            _newSuccessions.Clear();
            _newRelations.Clear();
            _changedRelations.Clear();
        }

        public async Task DisposeAsync()
        {
            await Units.DisposeAsync();
            await Offices.DisposeAsync();
            await Sia.DisposeAsync();
            await _successionTable.DisposeCommandsAsync();
            await _relationTable.DisposeCommandsAsync();
        }

        public MirrorLoadResult Result(FetchedContent content, string kind) => new()
        {
            SourceName = content.Source.Name,
            Registry = content.Source.Registry,
            ContentKind = kind,
            ContentHash = content.ContentHash,
            RowsRead = RowsRead,
            RowsAccepted = RowsRead - RowsRejected,
            RejectedByReason = _rejectedByReason,
            Rejections = _rejections,
            Units = Units.Counts,
            Offices = Offices.Counts,
            SiaEntries = Sia.Counts,
            AddedUnitCodes = Units.Added,
            ChangedUnitCodes = Units.Changed,
            GoneUnitCodes = Units.Gone,
            AddedSiaCodes = Sia.Added,
            ChangedSiaCodes = Sia.Changed,
            GoneSiaCodes = Sia.Gone,
            ChangedFields = Units.ChangedFields.Concat(Offices.ChangedFields).Concat(Sia.ChangedFields).ToDictionary(),
            SuccessionsAdded = _successionsAdded,
            OfficeRelationsAddedOrChanged = _relationsWritten,
            UnresolvedParents = _parents.Where(p => !Units.Seen.ContainsKey(p.Key) && !Units.IsStored(p.Key)).Sum(p => p.Value),
            RootUnits = _roots,
        };

        private static RejectedRow Duplicate(RowLocation at, string what, string code, long firstRow)
            => new(at, null, RejectionReason.DuplicateCode, $"The {what} {code} appears again; its first row is {firstRow}. The first row is kept.");

        private void Reject(RejectedRow rejected)
        {
            RowsRejected++;
            _rejectedByReason[rejected.Reason] = _rejectedByReason.GetValueOrDefault(rejected.Reason) + 1;
            if (_rejections.Count < _options.MaxReportedRejections)
            {
                _rejections.Add(rejected);
            }
        }
    }
}
