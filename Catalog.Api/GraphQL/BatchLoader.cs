using GraphQL.DataLoader;

namespace Catalog.Api.GraphQL;

/// <summary>
/// A per-request batch loader (GraphQL.DataLoader is not obtainable here, so the project has its own). A resolver
/// asks for a key and gets an <see cref="IDataLoaderResult{T}"/> back at once; GraphQL.NET's execution strategy
/// resolves every other field of the level first and only then awaits the results, so the first await fetches all
/// keys asked for so far in one query. The number of SQL statements therefore follows the depth of the query, not
/// the number of rows in a page. Keys already fetched are served from memory for the rest of the request.
/// </summary>
/// <remarks>
/// Not thread-safe by design: the API executes queries with GraphQL.NET's serial strategy, because the request's
/// one DbContext must not be used by two resolvers at a time.
/// </remarks>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, Shape, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private const int PageCapacity = 64;
    private readonly Dictionary<TKey, (TValue Value, Shape Shape)> _loaded;
    private readonly HashSet<TKey> _pending;
    private Shape? _pendingShape;

    /// <param name="fetch">Fetches the values of many keys in one query; keys it leaves out get <paramref name="missing"/>.</param>
    /// <param name="missing">The value of a key that has none (null, or an empty list for one-to-many loads).</param>
    /// <param name="comparer">How keys compare (ordinal for codes).</param>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing, IEqualityComparer<TKey>? comparer = null)
        : this((keys, _, cancellation) => fetch(keys, cancellation), missing, comparer)
    {
    }

    /// <param name="fetch">
    /// Fetches the values of many keys in one query, reading at least the members of the shape it is given (the
    /// union of what the batched callers asked for); keys it leaves out get <paramref name="missing"/>.
    /// </param>
    /// <param name="missing">The value of a key that has none (null, or an empty list for one-to-many loads).</param>
    /// <param name="comparer">How keys compare (ordinal for codes).</param>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, Shape, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing, IEqualityComparer<TKey>? comparer = null)
    {
        _fetch = fetch;
        _missing = missing;
        _loaded = new Dictionary<TKey, (TValue, Shape)>(comparer);
        // Sized for a page of rows, so the first level's keys do not grow the set step by step.
        _pending = new HashSet<TKey>(PageCapacity, comparer);
    }

    /// <summary>How many batches this loader has fetched (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>Asks for the whole value of <paramref name="key"/>; it is fetched with the other keys of the same level.</summary>
    public IDataLoaderResult<TValue> Load(TKey key) => Load(key, Shape.Whole);

    /// <summary>
    /// Asks for the value of <paramref name="key"/> with at least the members of <paramref name="shape"/>. A value
    /// already read in a shape that covers it is served from memory; otherwise it is fetched again with the level.
    /// </summary>
    public IDataLoaderResult<TValue> Load(TKey key, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (TryGetLoaded(key, shape, out var value))
        {
            return new LoadedResult<TValue>(value);
        }

        _pending.Add(key);
        _pendingShape = _pendingShape?.Union(shape) ?? shape;
        return new PendingResult(this, key, shape);
    }

    /// <summary>
    /// What a resolver returns for <paramref name="key"/>: the value itself when it is already loaded in a shape that
    /// covers <paramref name="shape"/> (a page's join read it), so that execution takes it as a plain value; otherwise
    /// the pending load, batched with the level.
    /// </summary>
    public object? Resolve(TKey key, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return TryGetLoaded(key, shape, out var value) ? value : Load(key, shape);
    }

    /// <summary>
    /// Files a value read elsewhere (a page's join) as the value of <paramref name="key"/> in <paramref name="shape"/>;
    /// null means the key has none. A value already loaded in a shape that covers it is kept.
    /// </summary>
    public void Prime(TKey key, TValue? value, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (_loaded.Count == 0)
        {
            // A page primes a row per node: room for a page at once, not grown step by step.
            _loaded.EnsureCapacity(PageCapacity);
        }

        if (!_loaded.TryGetValue(key, out var loaded) || (!loaded.Shape.Covers(shape) && shape.Covers(loaded.Shape)))
        {
            _loaded[key] = (value ?? _missing, shape);
        }
    }

    /// <summary>Asks for the value of a key that may be absent; an absent key costs nothing and gives <c>missing</c>.</summary>
    public IDataLoaderResult<TValue> LoadOrMissing(TKey? key) => LoadOrMissing(key, Shape.Whole);

    /// <summary>As <see cref="LoadOrMissing(TKey?)"/>, reading at least the members of <paramref name="shape"/>.</summary>
    public IDataLoaderResult<TValue> LoadOrMissing(TKey? key, Shape shape) => key is null ? new LoadedResult<TValue>(_missing) : Load(key, shape);

    /// <summary>Fetches now, awaiting the result: for resolvers that need a value to go on (node, lookups by code).</summary>
    public async Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken)
        => await Load(key).GetResultAsync(cancellationToken);

    private bool TryGetLoaded(TKey key, Shape shape, out TValue value)
    {
        var found = _loaded.TryGetValue(key, out var loaded) && loaded.Shape.Covers(shape);
        value = loaded.Value;
        return found;
    }

    private async Task<TValue> ResultOfAsync(TKey key, Shape shape, CancellationToken cancellationToken)
    {
        if (!TryGetLoaded(key, shape, out _))
        {
            _pending.Add(key);
            // An array, not the set: EF translates Contains over an array into one cached, parameterized statement.
            // The set is cleared, not replaced, so the next level's keys reuse its capacity instead of growing it again.
            var keys = _pending.ToArray();
            var batchShape = (_pendingShape ?? shape).Union(shape);
            _pending.Clear();
            _pendingShape = null;
            BatchCount++;
            var found = await _fetch(keys, batchShape, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = (found.TryGetValue(k, out var v) ? v : _missing, batchShape);
            }
        }

        return _loaded[key].Value;
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, TKey key, Shape shape) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultOfAsync(key, shape, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>
/// Continuations on loader results that stay batched: the continuation's own loader result is handed back to the
/// execution strategy, which queues it with the other results of its level instead of fetching it alone.
/// </summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Maps the loaded value.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map)
        => new MappedResult<T, TResult>(result, map);

    /// <summary>Continues with another load once this one is done, keeping it batched with its level.</summary>
    public static IDataLoaderResult ThenLoad<T>(this IDataLoaderResult<T> result, Func<T, IDataLoaderResult> next)
        => new ChainedResult<T>(result, next);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    // Returning the next IDataLoaderResult (not its value) makes the serial strategy queue it again behind the
    // other pending loads, so a chain of parents is fetched one level per batch for the whole page.
    private sealed class ChainedResult<T>(IDataLoaderResult<T> inner, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => next(await inner.GetResultAsync(cancellationToken));
    }
}

/// <summary>A loader result whose value is already known.</summary>
public sealed class LoadedResult<T>(T value) : IDataLoaderResult<T>
{
    /// <inheritdoc />
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
