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

    /// <summary>A loader of single rows by a unique key.</summary>
    private BatchLoader<TKey, TValue?> ByKey<TKey, TValue>(
        Func<CatalogDbContext, IReadOnlyCollection<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> keyOf, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        where TValue : class
        => new(async (keys, cancellation) =>
        {
            var rows = await query(Db, keys).AsNoTracking().ToListAsync(cancellation);
            var found = new Dictionary<TKey, TValue?>(comparer);
            foreach (var row in rows)
            {
                found[keyOf(row)] = row;
            }

            return found;
        }, null, comparer);

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
        return context.RequestServices!.GetRequiredService<CatalogLoaders>();
    }

    /// <summary>The request's database context.</summary>
    public static CatalogDbContext Db(this IResolveFieldContext context) => context.Loaders().Db;
}
