using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>What the mirror holds for a key before the load: its facts' hash, whether it is gone, and its scope.</summary>
internal readonly record struct StoredRow(long Hash, bool IsGone, string? Scope);

/// <summary>A stored row's key and bookkeeping, as projected by the narrow query of <see cref="MirrorRows{T}.LoadStoredAsync"/>.</summary>
internal sealed record StoredKey(string Key, long Hash, bool IsGone, string? Scope);

/// <summary>
/// The upsert of one kind of mirror row (units, offices, SIA entries), all keyed by a code and carrying the same
/// bookkeeping (first seen, last changed, content hash, gone). Rows whose facts hash like the stored row are skipped;
/// new and changed rows are written in batches; keys in scope that the content no longer has are marked gone.
/// </summary>
internal sealed class MirrorRows<T> where T : class
{
    private static readonly HashSet<string> Bookkeeping = ["FirstSeenAt", "LastChangedAt", "ContentHash", "IsGone", "GoneSince"];

    private readonly CatalogDbContext _db;
    private readonly MirrorTable<T> _table;
    private readonly Func<T, string> _key;
    private readonly Action<T, DateTimeOffset, long, bool> _stamp;
    private readonly (IProperty Property, Func<T, object?> Read, Func<T, object?> ReadClr)[] _facts;
    private readonly List<T> _inserts = [];
    private readonly List<T> _updates = [];
    private Dictionary<string, StoredRow> _stored = new(StringComparer.Ordinal);

    /// <param name="stamp">Sets a row's bookkeeping: (row, now, content hash, is new).</param>
    public MirrorRows(CatalogDbContext db, Func<T, string> key, Action<T, DateTimeOffset, long, bool> stamp)
    {
        _db = db;
        _table = new MirrorTable<T>(db, "FirstSeenAt");
        _key = key;
        _stamp = stamp;
        _facts = _table.Readers.Where(r => !Bookkeeping.Contains(r.Property.Name)).ToArray();
    }

    public Dictionary<string, long> Seen { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Added { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Changed { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Gone { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ChangedFields { get; } = [];

    public int Pending => _inserts.Count + _updates.Count;

    public ChangeCounts Counts => new(Added.Count, Changed.Count, Gone.Count);

    public bool IsStored(string key) => _stored.ContainsKey(key);

    /// <summary>Reads (key, hash, gone, scope) of every stored row: one narrow query instead of tracking entities.</summary>
    public async Task LoadStoredAsync(IQueryable<StoredKey> query, CancellationToken cancellationToken)
    {
        _stored = new Dictionary<string, StoredRow>(StringComparer.Ordinal);
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            _stored[row.Key] = new StoredRow(row.Hash, row.IsGone, row.Scope);
        }
    }

    /// <summary>Takes one row: returns the row number of an earlier row with the same key, or null when accepted.</summary>
    public long? Accept(T row, long rowNumber, DateTimeOffset now)
    {
        var key = _key(row);
        if (Seen.TryGetValue(key, out var first))
        {
            return first;
        }

        Seen[key] = rowNumber;
        var fingerprint = RowFingerprint.Create();
        foreach (var (_, _, readClr) in _facts)
        {
            fingerprint.Add(readClr(row));
        }

        var hash = fingerprint.Value;
        if (_stored.TryGetValue(key, out var stored))
        {
            if (stored.Hash == hash && !stored.IsGone)
            {
                return null;
            }

            _stamp(row, now, hash, false);
            _updates.Add(row);
            Changed.Add(key);
        }
        else
        {
            _stamp(row, now, hash, true);
            _inserts.Add(row);
            Added.Add(key);
        }

        return null;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_updates.Count > 0)
        {
            await CountChangedFieldsAsync(cancellationToken);
        }

        await _table.InsertAsync(_inserts, cancellationToken);
        await _table.UpdateAsync(_updates, cancellationToken);
        _inserts.Clear();
        _updates.Clear();
    }

    /// <summary>Marks gone every stored, not yet gone row in scope that the content did not have, neither accepted nor among <paramref name="rejected"/>.</summary>
    public async Task MarkVanishedAsync(Func<StoredRow, bool> inScope, IReadOnlySet<string> rejected, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var vanished = _stored.Where(s => !s.Value.IsGone && inScope(s.Value) && !Seen.ContainsKey(s.Key) && !rejected.Contains(s.Key)).Select(s => s.Key).ToList();
        foreach (var batch in vanished.Chunk(1000))
        {
            await _db.Set<T>()
                .Where(e => batch.Contains(EF.Property<string>(e, "Code")))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => EF.Property<bool>(e, "IsGone"), true)
                    .SetProperty(e => EF.Property<DateTimeOffset?>(e, "GoneSince"), now)
                    .SetProperty(e => EF.Property<DateTimeOffset>(e, "LastChangedAt"), now), cancellationToken);
        }

        Gone.UnionWith(vanished);
    }

    public ValueTask DisposeAsync() => _table.DisposeCommandsAsync();

    /// <summary>Compares changed rows with their stored version, to report which fields changed (only changed rows pay).</summary>
    private async Task CountChangedFieldsAsync(CancellationToken cancellationToken)
    {
        var byKey = _updates.ToDictionary(_key, StringComparer.Ordinal);
        var keys = byKey.Keys.ToArray();
        var old = await _db.Set<T>().AsNoTracking().Where(e => keys.Contains(EF.Property<string>(e, "Code"))).ToListAsync(cancellationToken);
        foreach (var before in old)
        {
            var after = byKey[_key(before)];
            foreach (var (fact, read, _) in _facts)
            {
                if (!Equals(read(before), read(after)))
                {
                    var name = $"{typeof(T).Name}.{fact.Name}";
                    ChangedFields[name] = ChangedFields.GetValueOrDefault(name) + 1;
                }
            }
        }
    }
}
