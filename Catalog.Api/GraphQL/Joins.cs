using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Catalog.Db;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.GraphQL;

/// <summary>
/// A field that resolves to the one row a foreign key of its source points at, through a batch loader. A page of a
/// connection reads the rows of the joins its nodes select in its own statement (left joins) and hands them to the
/// loaders, which then answer the fields from memory: a page of procedures with their unit, the unit's parent, their
/// SIA entry and their reference procedure is one statement instead of five. Declared with
/// <see cref="Joins.JoinsTo{TSource, TForeignKey, TTarget, TKey}"/>; fields reached in any other way keep using the loader.
/// </summary>
public abstract class JoinedField
{
    internal const string MetadataKey = "catalog:join";
    private static int _count;

    /// <summary>A number that tells this join from every other (for the template cache's keys).</summary>
    internal int Id { get; } = Interlocked.Increment(ref _count);

    /// <summary>The entity the foreign key points at.</summary>
    internal abstract Type Target { get; }

    /// <summary>The target's key member, always read so that the row can be filed by key.</summary>
    internal abstract string KeyMember { get; }

    /// <summary><c>source => source.ForeignKey</c>, typed as the key the join compares.</summary>
    internal abstract LambdaExpression ForeignKey { get; }

    /// <summary><c>target => target.Key</c>, typed as the key the join compares.</summary>
    internal abstract LambdaExpression Key { get; }

    /// <summary>Gives the loader the row read for <paramref name="source"/>'s foreign key (null: the key matches no row).</summary>
    internal abstract void Prime(CatalogLoaders loaders, object source, object? target, Shape shape);
}

/// <summary>Declaring joins on fields, and reading a page's rows with the joins its selection asks for.</summary>
public static class Joins
{
    /// <summary>How many joins one page's statement may carry; further fields use their loaders.</summary>
    public const int MaxJoins = 6;

    /// <summary>How deep joins nest (a unit's parent's parent is 3).</summary>
    public const int MaxDepth = 3;

    /// <summary>How many compiled join templates are kept before the cache is emptied.</summary>
    private const int MaxTemplates = 500;

    private static readonly ConcurrentDictionary<string, Delegate> Templates = new(StringComparer.Ordinal);
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    private static readonly MethodInfo LeftJoin = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.LeftJoin) && m.GetParameters().Length == 5 && m.GetParameters()[2].ParameterType.IsGenericType
            && m.GetParameters()[2].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);

    /// <summary>
    /// Declares that the field resolves, through <paramref name="loader"/>, to the <typeparamref name="TTarget"/> whose
    /// <paramref name="key"/> equals the source's <paramref name="foreignKey"/> (null when none does), so that pages
    /// can read it in their own statement. The field reads the foreign key, and resolves through the loader. A
    /// resolver set after this one must ask the loader for the foreign key's value or for nothing, never another key.
    /// </summary>
    public static FieldBuilder<TSource, object> JoinsTo<TSource, TForeignKey, TTarget, TKey>(
        this FieldBuilder<TSource, object> field,
        Expression<Func<TSource, TForeignKey>> foreignKey,
        Expression<Func<TTarget, TKey>> key,
        Func<CatalogLoaders, BatchLoader<TKey, TTarget?>> loader)
        where TTarget : class
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(field);
        var join = new JoinedField<TSource, TForeignKey, TTarget, TKey>(foreignKey, key, loader);
        field.FieldType.Metadata[JoinedField.MetadataKey] = join;
        var reads = Projection.ReadsOf(field.FieldType) ?? [];
        if (!reads.Contains(join.ForeignKeyMember, StringComparer.Ordinal))
        {
            field.Reads([.. reads, join.ForeignKeyMember]);
        }

        return field.Resolve(join.Resolve);
    }

    /// <summary>The join a field declared, if any.</summary>
    internal static JoinedField? Of(FieldType field)
        => field.Metadata.TryGetValue(JoinedField.MetadataKey, out var join) ? join as JoinedField : null;

    /// <summary>A join of a page: what it joins, on which earlier row (−1 for the page's row) and in which shape.</summary>
    internal sealed record Planned(JoinedField Join, int Parent, Shape Shape);

    /// <summary>
    /// The joins a selection asks for on <paramref name="type"/>, nested ones after their parents: each field with a
    /// join, selected one or more times (aliases, fragments), becomes one join read in the union of its selections' shapes.
    /// </summary>
    internal static List<Planned> Plan(IResolveFieldContext context, IComplexGraphType type, IReadOnlyList<GraphQLSelectionSet?> selections)
    {
        var plan = new List<Planned>();
        PlanInto(plan, context, type, selections, parent: -1, depth: 1);
        return plan;
    }

    private static void PlanInto(List<Planned> plan, IResolveFieldContext context, IComplexGraphType type, IReadOnlyList<GraphQLSelectionSet?> selections, int parent, int depth)
    {
        var byField = new Dictionary<string, (FieldType Field, List<GraphQLSelectionSet?> Sets)>(StringComparer.Ordinal);
        foreach (var selected in Projection.Collect(context, selections))
        {
            if (type.GetField(selected.Name.Value) is { } field && Of(field) is not null && selected.Arguments is not { Count: > 0 })
            {
                if (!byField.TryGetValue(field.Name, out var entry))
                {
                    byField[field.Name] = entry = (field, []);
                }

                entry.Sets.Add(selected.SelectionSet);
            }
        }

        foreach (var (field, sets) in byField.Values)
        {
            if (plan.Count >= MaxJoins || Projection.Unwrap(field.ResolvedType) is not IComplexGraphType target)
            {
                continue;
            }

            var join = Of(field)!;
            var index = plan.Count;
            plan.Add(new Planned(join, parent, Projection.ShapeOf(context, target, sets, [join.KeyMember])));
            if (depth < MaxDepth)
            {
                PlanInto(plan, context, target, sets, index, depth + 1);
            }
        }
    }

    /// <summary>
    /// Reads the row of <paramref name="query"/> (a lookup by a unique key) in the shape the current field's selection
    /// needs, with the joins the selection asks for in the same statement, and primes the loaders; null when there is
    /// no such row. For root fields that return one entity.
    /// </summary>
    public static async Task<T?> ReadOneAsync<T>(IResolveFieldContext context, IQueryable<T> query)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var rows = await ReadAsync(context, query.Take(1).AsNoTracking(), Projection.ShapeOfSelection(context), Projection.JoinsOfSelection(context), null, reverse: false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Reads the rows of <paramref name="page"/> (already ordered and limited) in <paramref name="shape"/>, with the
    /// planned joins in the same statement, in <paramref name="order"/>; and gives the joined rows to the loaders.
    /// Without joins it is the page's own query.
    /// </summary>
    internal static async Task<List<T>> ReadAsync<T>(IResolveFieldContext context, IQueryable<T> page, Shape shape, List<Planned> plan, KeysetOrder<T>? order, bool reverse)
        where T : class
    {
        if (plan.Count == 0)
        {
            return await Projection.Select(page, shape).ToListAsync(context.CancellationToken);
        }

        var loaders = context.Loaders();
        // The joined query is built by a delegate compiled once per page type, selection and order: building it from
        // expressions and reflection on every request cost more than the statements it saved.
        var key = new StringBuilder(typeof(T).FullName).Append('|').Append(shape.Key).Append('|').Append(order?.Id).Append(reverse ? "<" : ">");
        foreach (var planned in plan)
        {
            key.Append('|').Append(planned.Join.Id).Append('@').Append(planned.Parent).Append(':').Append(planned.Shape.Key);
        }

        var text = key.ToString();
        if (!Templates.TryGetValue(text, out var template))
        {
            if (Templates.Count >= MaxTemplates)
            {
                Templates.Clear();
            }

            template = Templates.GetOrAdd(text, Template<T>(shape, plan, order?.Orderings(reverse) ?? []).Compile());
        }

        var build = (Func<IQueryable<T>, CatalogDbContext, IQueryable<JoinedRow<T>>>)template;
        var rows = await build(page, loaders.Db).AsNoTracking().ToListAsync(context.CancellationToken);

        foreach (var row in rows)
        {
            for (var i = 0; i < plan.Count; i++)
            {
                var source = plan[i].Parent < 0 ? row.Row : row.Related[plan[i].Parent];
                if (source is not null)
                {
                    plan[i].Join.Prime(loaders, source, row.Related[i], plan[i].Shape);
                }
            }
        }

        return rows.ConvertAll(r => r.Row);
    }

    /// <summary>
    /// <c>(page, db) => page.LeftJoin(db.Set&lt;A&gt;(), …).LeftJoin(…)….OrderBy(…).Select(row => new JoinedRow(…))</c>:
    /// each join pairs the rows so far with the joined row, the order is applied again, and the projection reads the
    /// page's row and each joined row in its shape (null where a join matched nothing).
    /// </summary>
    private static Expression<Func<IQueryable<T>, CatalogDbContext, IQueryable<JoinedRow<T>>>> Template<T>(Shape shape, List<Planned> plan, IEnumerable<(LambdaExpression Key, bool Descending)> order)
        where T : class
    {
        var pageParameter = Expression.Parameter(typeof(IQueryable<T>), "page");
        var db = Expression.Parameter(typeof(CatalogDbContext), "db");
        var element = typeof(T);
        Expression query = pageParameter;
        // How to reach the page's row and each joined row from the current element of the query.
        var rowPath = new List<Func<Expression, Expression>> { e => e };
        foreach (var planned in plan)
        {
            var pairType = typeof(JoinStep<,>).MakeGenericType(element, planned.Join.Target);
            var left = Expression.Parameter(element, "row");
            var right = Expression.Parameter(planned.Join.Target, "joined");
            var outerKey = Expression.Lambda(Rebind(planned.Join.ForeignKey, rowPath[planned.Parent + 1](left)), left);
            var result = Expression.Lambda(
                Expression.New(pairType.GetConstructors().Single(), [left, right], pairType.GetProperty(nameof(JoinStep<object, object>.Left))!, pairType.GetProperty(nameof(JoinStep<object, object>.Right))!),
                left, right);
            query = Expression.Call(LeftJoin.MakeGenericMethod(element, planned.Join.Target, planned.Join.Key.ReturnType, pairType),
                query, Expression.Call(db, SetMethod.MakeGenericMethod(planned.Join.Target)), Quoted(outerKey), Quoted(planned.Join.Key), Quoted(result));
            for (var i = 0; i < rowPath.Count; i++)
            {
                var inner = rowPath[i];
                rowPath[i] = e => inner(Expression.Property(e, nameof(JoinStep<object, object>.Left)));
            }

            rowPath.Add(e => Expression.Property(e, nameof(JoinStep<object, object>.Right)));
            element = pairType;
        }

        // The joins do not keep the page's order: sort again, by the same columns (none for a single row).
        var first = true;
        foreach (var (key, descending) in order)
        {
            var row = Expression.Parameter(element, "row");
            var method = (first, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            query = Expression.Call(typeof(Queryable), method, [element, key.ReturnType], query, Quoted(Expression.Lambda(Rebind(key, rowPath[0](row)), row)));
            first = false;
        }

        var last = Expression.Parameter(element, "row");
        var related = plan.Select((planned, i) =>
        {
            var joined = rowPath[i + 1](last);
            var read = planned.Shape.IsWhole ? joined : Rebind(Projection.SelectorFor(planned.Join.Target, planned.Shape), joined);
            return (Expression)Expression.Convert(
                Expression.Condition(Expression.Equal(joined, Expression.Constant(null, planned.Join.Target)), Expression.Constant(null, planned.Join.Target), read),
                typeof(object));
        });
        var rowRead = shape.IsWhole ? rowPath[0](last) : Rebind(Projection.SelectorFor(typeof(T), shape), rowPath[0](last));
        var projection = Expression.Lambda(
            Expression.New(typeof(JoinedRow<T>).GetConstructors().Single(), rowRead, Expression.NewArrayInit(typeof(object), related)),
            last);
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [element, typeof(JoinedRow<T>)], query, Quoted(projection));
        return Expression.Lambda<Func<IQueryable<T>, CatalogDbContext, IQueryable<JoinedRow<T>>>>(query, pageParameter, db);
    }

    // A lambda passed to a Queryable method as a value: the compiled template hands it over as it is.
    private static ConstantExpression Quoted(LambdaExpression lambda) => Expression.Constant(lambda, lambda.GetType());

    /// <summary>The body of <paramref name="lambda"/> with its one parameter replaced by <paramref name="argument"/>.</summary>
    private static Expression Rebind(LambdaExpression lambda, Expression argument)
        => new ReplaceParameter(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>One step of a chain of left joins: the rows so far and the row joined to them (null when none matched).</summary>
public sealed class JoinStep<TLeft, TRight>(TLeft left, TRight? right)
{
    /// <summary>The rows joined so far.</summary>
    public TLeft Left { get; } = left;

    /// <summary>The row this step joined, or null.</summary>
    public TRight? Right { get; } = right;
}

/// <summary>A page row with the rows its joins read, in plan order.</summary>
public sealed class JoinedRow<T>(T row, object?[] related)
{
    /// <summary>The page's row.</summary>
    public T Row { get; } = row;

    /// <summary>The joined rows (null where a join matched nothing), in plan order.</summary>
#pragma warning disable CA1819 // Filled by the query's projection and read once.
    public object?[] Related { get; } = related;
#pragma warning restore CA1819
}

internal sealed class JoinedField<TSource, TForeignKey, TTarget, TKey> : JoinedField
    where TTarget : class
    where TKey : notnull
{
    private readonly Func<TSource, TForeignKey> _foreignKeyOf;
    private readonly Func<CatalogLoaders, BatchLoader<TKey, TTarget?>> _loader;

    public JoinedField(Expression<Func<TSource, TForeignKey>> foreignKey, Expression<Func<TTarget, TKey>> key, Func<CatalogLoaders, BatchLoader<TKey, TTarget?>> loader)
    {
        ArgumentNullException.ThrowIfNull(foreignKey);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(loader);
        ForeignKeyMember = Projection.MemberOf(foreignKey);
        KeyMember = Projection.MemberOf(key, settable: false);
        _foreignKeyOf = foreignKey.Compile();
        _loader = loader;
        // Both sides of the join compare as the foreign key's type: a nullable long foreign key against a long key.
        if (typeof(TForeignKey) == typeof(TKey))
        {
            ForeignKey = foreignKey;
            Key = key;
        }
        else if (Nullable.GetUnderlyingType(typeof(TForeignKey)) == typeof(TKey))
        {
            ForeignKey = foreignKey;
            Key = Expression.Lambda(Expression.Convert(key.Body, typeof(TForeignKey)), key.Parameters);
        }
        else
        {
            throw new ArgumentException($"The foreign key {foreignKey} ({typeof(TForeignKey).Name}) cannot be compared with the key {key} ({typeof(TKey).Name}).", nameof(foreignKey));
        }
    }

    public string ForeignKeyMember { get; }

    internal override Type Target => typeof(TTarget);

    internal override string KeyMember { get; }

    internal override LambdaExpression ForeignKey { get; }

    internal override LambdaExpression Key { get; }

    /// <summary>The field's resolver: the loader's row for the foreign key, null when the key is null.</summary>
    public object? Resolve(IResolveFieldContext<TSource> context)
        => _foreignKeyOf(context.Source) is TKey key ? _loader(context.Loaders()).Resolve(key, Projection.ShapeOfSelection(context)) : null;

    internal override void Prime(CatalogLoaders loaders, object source, object? target, Shape shape)
    {
        if (_foreignKeyOf((TSource)source) is TKey key)
        {
            _loader(loaders).Prime(key, (TTarget?)target, shape);
        }
    }
}
