using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.GraphQL;

/// <summary>
/// A keyset order of a connection: the columns rows are sorted by, the last one unique (the row's key). Cursors hold
/// the values of these columns for one row, so the next page is "rows after these values": pages stay correct when
/// rows are inserted or deleted meanwhile (an offset would shift), and the database seeks on an index instead of
/// skipping rows.
/// </summary>
public sealed class KeysetOrder<T>
{
    private static int _count;
    private readonly IReadOnlyList<IKeyPart> _parts;

    private KeysetOrder(string name, bool descending, IReadOnlyList<IKeyPart> parts)
    {
        Name = name;
        Descending = descending;
        _parts = parts;
    }

    /// <summary>A number that tells this order from every other (for caches of queries built on it).</summary>
    internal int Id { get; } = Interlocked.Increment(ref _count);

    /// <summary>The name written into cursors, so a cursor of one order is refused by another.</summary>
    public string Name { get; }

    /// <summary>True when rows are sorted from the largest key down.</summary>
    public bool Descending { get; }

    /// <summary>An order by one unique column.</summary>
    public static KeysetOrder<T> By<TKey>(string name, Expression<Func<T, TKey>> key, bool descending = false)
        => new(name, descending, [KeyPart<TKey>.Create(key)]);

    /// <summary>An order by a column, then a unique column to break ties.</summary>
    public static KeysetOrder<T> By<TKey, TTie>(string name, Expression<Func<T, TKey>> key, Expression<Func<T, TTie>> tie, bool descending = false)
        => new(name, descending, [KeyPart<TKey>.Create(key), KeyPart<TTie>.Create(tie)]);

    /// <summary>The entity members the order and its cursors read.</summary>
    internal IEnumerable<string> Members => _parts.Select(p => p.Member);

    /// <summary>The order's columns as selectors, each with its direction.</summary>
    internal IEnumerable<(LambdaExpression Key, bool Descending)> Orderings(bool reverse)
        => _parts.Select(p => (p.Selector, Descending != reverse));

    internal IQueryable<T> Apply(IQueryable<T> query, bool reverse)
    {
        var descending = Descending != reverse;
        for (var i = 0; i < _parts.Count; i++)
        {
            query = _parts[i].OrderBy(query, descending, thenBy: i > 0);
        }

        return query;
    }

    /// <summary>Rows strictly after (or, reversed, before) the row the cursor values describe.</summary>
    internal IQueryable<T> After(IQueryable<T> query, string[] values, bool reverse)
    {
        var descending = Descending != reverse;
        var row = Expression.Parameter(typeof(T), "row");
        Expression? condition = null;
        // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, built from the last column up.
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            var beyond = _parts[i].Beyond(row, values[i], descending);
            condition = condition is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(_parts[i].Equal(row, values[i]), condition));
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(condition!, row));
    }

    /// <summary>Where a row stands against the row a cursor describes, in this order: below 0 before it, 0 the same, above 0 after.</summary>
    internal int CompareWithCursor(T row, string[] values)
    {
        for (var i = 0; i < _parts.Count; i++)
        {
            var compared = _parts[i].Compare(row, values[i]);
            if (compared != 0)
            {
                return Descending ? -compared : compared;
            }
        }

        return 0;
    }

    internal string CursorOf(T row)
    {
        var text = new StringBuilder(Name);
        foreach (var part in _parts)
        {
            text.Append('\u001f').Append(part.Write(row));
        }

        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text.ToString()));
    }

    internal bool TryReadCursor(string cursor, out string[] values)
    {
        values = [];
        if (cursor.Length > 2000 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        var pieces = text.Split('\u001f');
        if (pieces.Length != _parts.Count + 1 || pieces[0] != Name)
        {
            return false;
        }

        values = pieces[1..];
        for (var i = 0; i < _parts.Count; i++)
        {
            if (!_parts[i].CanRead(values[i]))
            {
                return false;
            }
        }

        return true;
    }

    private interface IKeyPart
    {
        string Member { get; }

        LambdaExpression Selector { get; }

        IQueryable<T> OrderBy(IQueryable<T> query, bool descending, bool thenBy);

        Expression Beyond(ParameterExpression row, string value, bool descending);

        Expression Equal(ParameterExpression row, string value);

        string Write(T row);

        bool CanRead(string value);

        int Compare(T row, string value);
    }

    private sealed class KeyPart<TKey> : IKeyPart
    {
        private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        private readonly Expression<Func<T, TKey>> _selector;
        private readonly Func<T, TKey> _read;

        private KeyPart(Expression<Func<T, TKey>> selector)
        {
            _selector = selector;
            _read = selector.Compile();
        }

        public static KeyPart<TKey> Create(Expression<Func<T, TKey>> selector)
        {
            if (typeof(TKey) != typeof(string) && typeof(TKey) != typeof(long) && typeof(TKey) != typeof(int) && typeof(TKey) != typeof(DateTimeOffset))
            {
                throw new NotSupportedException($"Keyset columns of type {typeof(TKey).Name} are not supported.");
            }

            if (selector.Body is not MemberExpression member || member.Expression != selector.Parameters[0])
            {
                throw new NotSupportedException($"A keyset column is a member of the row ({selector.Parameters[0].Name} => {selector.Parameters[0].Name}.Column); {selector.Body} is not.");
            }

            return new KeyPart<TKey>(selector);
        }

        public string Member => ((MemberExpression)_selector.Body).Member.Name;

        public LambdaExpression Selector => _selector;

        public IQueryable<T> OrderBy(IQueryable<T> query, bool descending, bool thenBy)
            => (thenBy, descending) switch
            {
                (false, false) => query.OrderBy(_selector),
                (false, true) => query.OrderByDescending(_selector),
                (true, false) => ((IOrderedQueryable<T>)query).ThenBy(_selector),
                (true, true) => ((IOrderedQueryable<T>)query).ThenByDescending(_selector),
            };

        public Expression Beyond(ParameterExpression row, string value, bool descending)
        {
            var column = Column(row);
            var parameter = Parameter(value);
            if (typeof(TKey) == typeof(string))
            {
                // EF translates string.Compare(a, b) > 0 to a plain a > b on every provider.
                var compare = Expression.Call(StringCompare, column, parameter);
                return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
            }

            return descending ? Expression.LessThan(column, parameter) : Expression.GreaterThan(column, parameter);
        }

        public Expression Equal(ParameterExpression row, string value) => Expression.Equal(Column(row), Parameter(value));

        public string Write(T row) => _read(row) switch
        {
            string s => s,
            long l => l.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
            var other => throw new NotSupportedException($"Cannot write {other} into a cursor."),
        };

        // Strings compare ordinally, as the databases' binary collations compare the codes keys are made of.
        public int Compare(T row, string value) => _read(row) switch
        {
            string s => string.CompareOrdinal(s, value),
            long l => l.CompareTo(long.Parse(value, CultureInfo.InvariantCulture)),
            int i => i.CompareTo(int.Parse(value, CultureInfo.InvariantCulture)),
            DateTimeOffset d => d.UtcTicks.CompareTo(long.Parse(value, CultureInfo.InvariantCulture)),
            var other => throw new NotSupportedException($"Cannot compare {other} with a cursor."),
        };

        public bool CanRead(string value)
        {
            if (typeof(TKey) == typeof(string))
            {
                return true;
            }

            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && (typeof(TKey) != typeof(int) || number is >= int.MinValue and <= int.MaxValue)
                && (typeof(TKey) != typeof(DateTimeOffset) || number is >= 0 and <= 3155378975999999999);
        }

        private Expression Column(ParameterExpression row) => new ReplaceParameter(_selector.Parameters[0], row).Visit(_selector.Body);

        // The value goes in as a captured field, so EF sends it as a SQL parameter and reuses the statement's plan.
        private static MemberExpression Parameter(string value)
        {
            object key = typeof(TKey) == typeof(string) ? value
                : typeof(TKey) == typeof(long) ? long.Parse(value, CultureInfo.InvariantCulture)
                : typeof(TKey) == typeof(int) ? int.Parse(value, CultureInfo.InvariantCulture)
                : new DateTimeOffset(long.Parse(value, CultureInfo.InvariantCulture), TimeSpan.Zero);
            return Expression.Field(Expression.Constant(new Holder((TKey)key)), nameof(Holder.Value));
        }

        private sealed class Holder(TKey value)
        {
#pragma warning disable CA1051 // A field, not a property: EF turns a captured field into a parameter.
            public readonly TKey Value = value;
#pragma warning restore CA1051
        }
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>
/// Resolves Relay connections (<c>first/after/last/before</c>, <c>pageInfo</c>, <c>totalCount</c>) over an EF query
/// with a <see cref="KeysetOrder{T}"/>. Fetches one row more than asked to tell whether another page exists, and
/// counts only when <c>totalCount</c> is selected.
/// </summary>
public static class Paging
{
    /// <summary>Adds the four Relay paging arguments to a connection field.</summary>
    public static QueryArguments ConnectionArguments(params QueryArgument[] more)
    {
        var arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "first", Description = "Return the first n rows (after `after`, if given). At most the configured maximum page size (100 by default)." },
            new QueryArgument<StringGraphType> { Name = "after", Description = "Return rows after the row with this cursor (from `pageInfo.endCursor` or an edge's `cursor`)." },
            new QueryArgument<IntGraphType> { Name = "last", Description = "Return the last n rows (before `before`, if given). At most the configured maximum page size." },
            new QueryArgument<StringGraphType> { Name = "before", Description = "Return rows before the row with this cursor (from `pageInfo.startCursor` or an edge's `cursor`)." });
        foreach (var argument in more)
        {
            arguments.Add(argument);
        }

        return arguments;
    }

    /// <summary>
    /// The page size of a log read newest first by its numeric key (<c>first</c>, <c>after</c> only): 20 unless
    /// given, refused outside 0..100; and the key the <c>after</c> cursor names.
    /// </summary>
    public static (int First, long? Before) LogPage(IResolveFieldContext context, string cursorType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first") ?? 20;
        if (first is < 0 or > 100)
        {
            throw CatalogErrors.BadInput($"`first` must be between 0 and 100; {first} was given.", "first");
        }

        return (first, context.GetArgument<string?>("after") is { } cursor ? GlobalId.DecodeNumeric(cursor, cursorType, "after") : null);
    }

    /// <summary>A page of a log read by <see cref="LogPage"/>: each row's cursor is its key, typed <paramref name="cursorType"/>.</summary>
    public static Connection<T> LogConnection<T>(IEnumerable<T> rows, bool more, long? before, string cursorType, Func<T, long> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var connection = new Connection<T>
        {
            Edges = [.. rows.Select(r => new Edge<T> { Node = r, Cursor = GlobalId.Encode(cursorType, key(r)) })],
            PageInfo = new PageInfo { HasNextPage = more, HasPreviousPage = before is not null },
        };
        connection.PageInfo.StartCursor = connection.Edges.FirstOrDefault()?.Cursor;
        connection.PageInfo.EndCursor = connection.Edges.LastOrDefault()?.Cursor;
        return connection;
    }

    /// <summary>One page of <paramref name="query"/> in <paramref name="order"/>, as the field's arguments ask.</summary>
    public static async Task<Connection<T>> PageAsync<T>(IResolveFieldContext context, IQueryable<T> query, KeysetOrder<T> order)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw CatalogErrors.BadInput("Give either `first` or `last`, not both.", first is null ? "last" : "first");
        }

        CheckPageSize(first, "first", options.MaxPageSize);
        CheckPageSize(last, "last", options.MaxPageSize);
        var backward = last is not null || (first is null && before is not null && after is null);
        var size = first ?? last ?? options.DefaultPageSize;

        var filtered = query;
        if (after is not null)
        {
            filtered = order.After(filtered, ReadCursor(order, after, "after"), reverse: false);
        }

        if (before is not null)
        {
            filtered = order.After(filtered, ReadCursor(order, before, "before"), reverse: true);
        }

        var connection = new Connection<T> { Edges = [], PageInfo = new PageInfo() };
        var selected = Selected(context);
        if (selected.TotalCount)
        {
            connection.TotalCount = await query.CountAsync(context.CancellationToken);
        }

        if (!selected.Rows || size == 0)
        {
            connection.PageInfo.HasNextPage = false;
            connection.PageInfo.HasPreviousPage = false;
            return connection;
        }

        // Only the columns the selected node fields read (and the order's, for cursors): see Projection.
        var shape = Projection.ShapeOfConnectionNodes(context, order.Members);
        // The rows the nodes' joined fields point at come in the same statement (see Joins).
        var page = order.Apply(filtered, reverse: backward).Take(size + 1).AsNoTracking();
        var rows = await Joins.ReadAsync(context, page, shape, Projection.JoinsOfConnectionNodes(context), order, reverse: backward);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        // Cursors are written only when asked for: a page of 50 spent a tenth of its allocations on unread cursors.
        foreach (var row in rows)
        {
            connection.Edges.Add(new Edge<T> { Node = row, Cursor = selected.Cursors ? order.CursorOf(row) : null });
        }

        // Relay lets the other direction's flag be "is there a cursor on that side": exact without another query.
        connection.PageInfo.HasNextPage = backward ? before is not null : more;
        connection.PageInfo.HasPreviousPage = backward ? more : after is not null;
        connection.PageInfo.StartCursor = connection.Edges.FirstOrDefault()?.Cursor;
        connection.PageInfo.EndCursor = connection.Edges.LastOrDefault()?.Cursor;
        return connection;
    }

    /// <summary>
    /// One page of <paramref name="rows"/>, already sorted in <paramref name="order"/> (a list held in memory), as the
    /// field's arguments ask: the same arguments, cursors and page flags as <see cref="PageAsync"/>, so a client cannot
    /// tell which of the two served it.
    /// </summary>
    public static Connection<T> Page<T>(IResolveFieldContext context, IReadOnlyList<T> rows, KeysetOrder<T> order)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(order);
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw CatalogErrors.BadInput("Give either `first` or `last`, not both.", first is null ? "last" : "first");
        }

        CheckPageSize(first, "first", options.MaxPageSize);
        CheckPageSize(last, "last", options.MaxPageSize);
        var backward = last is not null || (first is null && before is not null && after is null);
        var size = first ?? last ?? options.DefaultPageSize;

        // The rows strictly between the cursors: [start, end).
        var start = after is null ? 0 : FirstBeyond(rows, order, ReadCursor(order, after, "after"), orSame: false);
        var end = before is null ? rows.Count : Math.Max(start, FirstBeyond(rows, order, ReadCursor(order, before, "before"), orSame: true));

        var connection = new Connection<T> { Edges = [], PageInfo = new PageInfo() };
        var selected = Selected(context);
        if (selected.TotalCount)
        {
            connection.TotalCount = rows.Count;
        }

        if (!selected.Rows || size == 0)
        {
            connection.PageInfo.HasNextPage = false;
            connection.PageInfo.HasPreviousPage = false;
            return connection;
        }

        var taken = Math.Min(size, end - start);
        var more = end - start > size;
        var from = backward ? end - taken : start;
        for (var i = from; i < from + taken; i++)
        {
            connection.Edges.Add(new Edge<T> { Node = rows[i], Cursor = selected.Cursors ? order.CursorOf(rows[i]) : null });
        }

        connection.PageInfo.HasNextPage = backward ? before is not null : more;
        connection.PageInfo.HasPreviousPage = backward ? more : after is not null;
        connection.PageInfo.StartCursor = connection.Edges.FirstOrDefault()?.Cursor;
        connection.PageInfo.EndCursor = connection.Edges.LastOrDefault()?.Cursor;
        return connection;
    }

    /// <summary>The index of the first row after (or, <paramref name="orSame"/>, at) the cursor's row: a binary search of the sorted rows.</summary>
    private static int FirstBeyond<T>(IReadOnlyList<T> rows, KeysetOrder<T> order, string[] cursor, bool orSame)
    {
        int low = 0, high = rows.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var compared = order.CompareWithCursor(rows[middle], cursor);
            if (compared > 0 || (orSame && compared == 0))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static void CheckPageSize(int? size, string argument, int max)
    {
        if (size is < 0 || size > max)
        {
            throw CatalogErrors.BadInput($"`{argument}` must be between 0 and {max}; {size} was given. Page through larger results with `after`/`before`.", argument);
        }
    }

    private static string[] ReadCursor<T>(KeysetOrder<T> order, string cursor, string argument)
        => order.TryReadCursor(cursor, out var values)
            ? values
            : throw CatalogErrors.BadInput($"`{argument}` is not a cursor of this list in this order: '{Shorten(cursor)}'. Use a cursor from the same field with the same `orderBy`.", argument);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static (bool TotalCount, bool Rows, bool Cursors) Selected(IResolveFieldContext context)
    {
        bool total = false, rows = false, cursors = false;
        if (context.SubFields is null)
        {
            return (true, true, true);
        }

        foreach (var (_, field) in context.SubFields)
        {
            switch (field.Field.Name.StringValue)
            {
                case "totalCount":
                    total = true;
                    break;
                case "__typename":
                    break;
                case "pageInfo":
                    rows = cursors = true;
                    break;
                case "edges":
                    rows = true;
                    // An edge's cursor, or a fragment that might hold one (checked no further).
                    cursors |= field.Field.SelectionSet is not { } edge || edge.Selections.Any(s => s is not GraphQLParser.AST.GraphQLField f || f.Name.StringValue == "cursor");
                    break;
                default:
                    rows = true;
                    break;
            }
        }

        return (total, rows, cursors);
    }
}
