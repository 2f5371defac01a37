using Catalog.Db;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The batch loaders of one request, over the request's DbContext. Each feature adds its loaders in its own folder
/// (a partial of this class); each loader is created on first use.
/// </summary>
public sealed partial class CatalogLoaders(CatalogDbContext db)
{
    /// <summary>The request's database context; used by one resolver at a time (serial execution).</summary>
    public CatalogDbContext Db { get; } = db;

    /// <summary>
    /// A loader of single rows by a unique key, reading the columns its callers' selections need. The queries filter
    /// with <c>EF.Parameter(keys).Contains(key)</c>: the keys travel as one list parameter, so the SQL text is the same
    /// for any number of keys and EF Core reuses it (with EF Core 10's one parameter per key it rebuilt the SQL on every
    /// batch, a fifth of what a page of 50 allocated).
    /// </summary>
    /// <param name="query">The rows of the given keys.</param>
    /// <param name="keyOf">A row's key.</param>
    /// <param name="keyMember">The member <paramref name="keyOf"/> reads, always read so that rows can be filed by key.</param>
    /// <param name="comparer">How keys compare.</param>
    private BatchLoader<TKey, TValue?> ByKey<TKey, TValue>(
        Func<CatalogDbContext, IReadOnlyCollection<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> keyOf, string keyMember,
        IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        where TValue : class
    {
        var keyShape = Shape.Of([keyMember]);
        return new(async (keys, shape, cancellation) =>
        {
            var rows = await Projection.Select(query(Db, keys).AsNoTracking(), shape.Union(keyShape)).ToListAsync(cancellation);
            var found = new Dictionary<TKey, TValue?>(comparer);
            foreach (var row in rows)
            {
                found[keyOf(row)] = row;
            }

            return found;
        }, null, comparer);
    }

    /// <summary>A loader of the rows that share a key (one-to-many), each list in the order the query gives.</summary>
    private BatchLoader<TKey, IReadOnlyList<TValue>> GroupedBy<TKey, TValue>(
        Func<CatalogDbContext, IReadOnlyCollection<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> keyOf, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        where TValue : class
        => new(async (keys, cancellation) =>
        {
            var rows = await query(Db, keys).AsNoTracking().ToListAsync(cancellation);
            var found = new Dictionary<TKey, IReadOnlyList<TValue>>(comparer);
            foreach (var group in rows.GroupBy(keyOf, comparer))
            {
                found[group.Key] = group.ToList();
            }

            return found;
        }, [], comparer);
}

/// <summary>Access to the request's loaders and database from a resolver.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The batch loaders of the current request.</summary>
    public static CatalogLoaders Loaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext is CatalogRequestContext request
            ? request.Loaders
            : context.RequestServices!.GetRequiredService<CatalogLoaders>();
    }

    /// <summary>The request's database context.</summary>
    public static CatalogDbContext Db(this IResolveFieldContext context) => context.Loaders().Db;
}

/// <summary>
/// The user context of one GraphQL request: it holds the request's loaders so that resolvers reach them with a cast
/// rather than a scoped service lookup per field (a page of 50 nested rows asks for them about 300 times, and each
/// scoped lookup takes the scope's lock).
/// </summary>
public sealed class CatalogRequestContext(IServiceProvider requestServices) : Dictionary<string, object?>
{
    private CatalogLoaders? _loaders;

    /// <summary>The request's loaders, resolved from the request's services on first use.</summary>
    public CatalogLoaders Loaders => _loaders ??= requestServices.GetRequiredService<CatalogLoaders>();

    /// <summary>True while the request holds the database connection <see cref="RequestConnection"/> opened.</summary>
    internal bool OpenedConnection { get; set; }
}
