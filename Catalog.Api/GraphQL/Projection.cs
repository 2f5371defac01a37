using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The members of an entity a query needs: the columns to read. <see cref="Whole"/> stands for every column, the
/// safe default whenever a selected field has not said what it reads. A member of a value the entity holds (an EF
/// complex property) is written with a dot, <c>Attributes.Fees</c>; the value's own name stands for all of it.
/// </summary>
public sealed class Shape
{
    private readonly HashSet<string> _members;

    private Shape(HashSet<string>? members)
    {
        _members = members ?? [];
        IsWhole = members is null;
        Key = IsWhole ? "*" : string.Join(',', _members.Order(StringComparer.Ordinal));
    }

    /// <summary>Every member: the whole entity.</summary>
    public static Shape Whole { get; } = new(null);

    /// <summary>True when the shape is the whole entity.</summary>
    public bool IsWhole { get; }

    /// <summary>The members (empty for <see cref="Whole"/>).</summary>
    public IReadOnlyCollection<string> Members => _members;

    /// <summary>A text that is equal for equal shapes (sorted member names, or <c>*</c>).</summary>
    public string Key { get; }

    /// <summary>The shape of just these members.</summary>
    public static Shape Of(IEnumerable<string> members) => new(new HashSet<string>(members, StringComparer.Ordinal));

    /// <summary>True when an entity read in this shape has every member <paramref name="other"/> needs.</summary>
    public bool Covers(Shape other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsWhole || ReferenceEquals(this, other))
        {
            return true;
        }

        if (other.IsWhole)
        {
            return false;
        }

        foreach (var member in other._members)
        {
            if (!Has(member))
            {
                return false;
            }
        }

        return true;
    }

    // A member is read when it is in the shape, or the value it is part of is read whole (Attributes for Attributes.Fees).
    private bool Has(string member)
    {
        if (_members.Contains(member))
        {
            return true;
        }

        var dot = member.LastIndexOf('.');
        return dot > 0 && Has(member[..dot]);
    }

    /// <summary>The smallest shape that covers both.</summary>
    public Shape Union(Shape other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Covers(other) ? this : other.Covers(this) ? other : Of(_members.Concat(other._members));
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>
/// Reads only the columns a GraphQL selection needs. Each field of an entity's graph type says which entity members
/// its resolver reads (<see cref="Reads{TSource, TReturn}"/> or <see cref="ResolveFrom{TSource}"/>); a list or a
/// loader then asks for the union over the selected fields, and the query selects those columns into a partly
/// filled entity. A selected field that has not said what it reads makes the shape <see cref="Shape.Whole"/>, so a
/// field added without thought costs columns, never correctness. Fields of other objects (a loader behind
/// <c>referenceProcedure</c>, say) read their own shape from their own selection.
/// </summary>
public static class Projection
{
    private const string ReadsKey = "catalog:reads";
    private const string PartsKey = "catalog:parts";
    private const int MaxSelectors = 2_000;
    private static readonly ConcurrentDictionary<(Type Entity, string Shape), LambdaExpression> Selectors = new();

    /// <summary>
    /// What was worked out for one field node. It depends on the document and the schema only, so it is kept with the
    /// node: a document kept by <see cref="DocumentCache"/> has its shapes and joins worked out once, not per request,
    /// and they go when the document goes.
    /// </summary>
    private static readonly ConditionalWeakTable<GraphQLField, FieldPlans> Plans = new();

    /// <summary>Declares the entity members this field's resolver reads.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(members);
        field.FieldType.Metadata[ReadsKey] = members;
        return field;
    }

    /// <summary>Resolves the field to one settable member of the source, and declares that it reads it.</summary>
    public static FieldBuilder<TSource, object> ResolveFrom<TSource>(this FieldBuilder<TSource, object> field, Expression<Func<TSource, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(member);
        var read = member.Compile();
        return field.Reads(MemberOf(member)).Resolve(context => read(context.Source));
    }

    /// <summary>
    /// Resolves the field to a member holding a value (an EF complex property, such as a procedure's attributes), and
    /// declares that it reads only the parts of the value that the field's selection reads: the value's fields declare
    /// what they read of it, as an entity's fields do. A page that shows two attributes then reads two columns, not
    /// every attribute (and not the legal basis, stored as JSON and parsed on read).
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveFromParts<TSource>(this FieldBuilder<TSource, object> field, Expression<Func<TSource, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[PartsKey] = MemberOf(member);
        return field.ResolveFrom(member);
    }

    /// <summary>
    /// The name of the one settable property <paramref name="member"/> reads (<c>p => p.Name</c>, boxing allowed):
    /// what a field built on it declares it reads. Anything else is refused when the schema is built. With
    /// <paramref name="settable"/> false, a property set by a constructor (a key) is accepted too.
    /// </summary>
    public static string MemberOf(LambdaExpression member, bool settable = true)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        if (body is not MemberExpression { Member: PropertyInfo property } access || access.Expression != member.Parameters[0] || (settable && !property.CanWrite))
        {
            throw new ArgumentException($"{member} does not read one {(settable ? "settable " : "")}property of its parameter (p => p.Name); for computed values use Resolve and Reads.", nameof(member));
        }

        return property.Name;
    }

    /// <summary>The members a field declared it reads; null when it declared nothing.</summary>
    public static IReadOnlyList<string>? ReadsOf(FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Metadata.TryGetValue(ReadsKey, out var members) ? (string[]?)members : null;
    }

    /// <summary>
    /// The shape the current field's selection needs of the object it returns (a loader's entity; the loader adds
    /// its key). Asked once per row of a page, so it is computed once per field node (see <see cref="Plans"/>).
    /// </summary>
    public static Shape ShapeOfSelection(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PlansOf(context).Object ??= ShapeOf(context, Unwrap(context.FieldDefinition.ResolvedType), [context.FieldAst.SelectionSet], []);
    }

    /// <summary>
    /// The shape the current connection field's selection needs of its nodes (<c>edges.node</c> and <c>items</c>),
    /// with the <paramref name="always"/> members (the order's columns, which the arguments choose).
    /// </summary>
    public static Shape ShapeOfConnectionNodes(IResolveFieldContext context, IEnumerable<string> always)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nodes = PlansOf(context).Nodes ??= NodesShapeOf(context);
        return nodes.IsWhole ? nodes : nodes.Union(Shape.Of(always));
    }

    /// <summary>
    /// The joins the current connection field's nodes select (see <see cref="Joins"/>), planned once per field node;
    /// empty when the selection has none or cannot be read (then every field uses its loader).
    /// </summary>
    internal static List<Joins.Planned> JoinsOfConnectionNodes(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PlansOf(context).Joins ??= ConnectionNodes(context) is (IComplexGraphType nodeType, { } sets) ? Joins.Plan(context, nodeType, sets) : [];
    }

    /// <summary>
    /// The joins the current field's selection asks for on the one object it returns (a root lookup), planned once per
    /// field node. A field node returns either a connection or an object, so it keeps one plan.
    /// </summary>
    internal static List<Joins.Planned> JoinsOfSelection(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PlansOf(context).Joins ??= Unwrap(context.FieldDefinition.ResolvedType) is IComplexGraphType type ? Joins.Plan(context, type, [context.FieldAst.SelectionSet]) : [];
    }

    private static FieldPlans PlansOf(IResolveFieldContext context) => Plans.GetValue(context.FieldAst, static _ => new FieldPlans());

    private static Shape NodesShapeOf(IResolveFieldContext context)
        => ConnectionNodes(context) switch
        {
            (null, null) => Shape.Whole,
            (null, _) => Shape.Of([]),
            var (nodeType, sets) => ShapeOf(context, nodeType, sets!, []),
        };

    /// <summary>
    /// The node type of the current connection field and the selection sets on its nodes (<c>edges.node</c> and
    /// <c>items</c>); (null, null) when the selection has a field this code does not know.
    /// </summary>
    private static (IGraphType? NodeType, List<GraphQLSelectionSet?>? Sets) ConnectionNodes(IResolveFieldContext context)
    {
        if (Unwrap(context.FieldDefinition.ResolvedType) is not IComplexGraphType connection)
        {
            return (null, null);
        }

        var nodeSets = new List<GraphQLSelectionSet?>();
        IGraphType? nodeType = null;
        foreach (var selected in Collect(context, [context.FieldAst.SelectionSet]))
        {
            switch (selected.Name.StringValue)
            {
                case "totalCount" or "pageInfo" or "__typename":
                    break;
                case "items":
                    nodeSets.Add(selected.SelectionSet);
                    nodeType ??= Unwrap(connection.GetField(selected.Name.Value)?.ResolvedType);
                    break;
                case "edges" when Unwrap(connection.GetField(selected.Name.Value)?.ResolvedType) is IComplexGraphType edge:
                    foreach (var onEdge in Collect(context, [selected.SelectionSet]))
                    {
                        switch (onEdge.Name.StringValue)
                        {
                            case "cursor" or "__typename":
                                break;
                            case "node":
                                nodeSets.Add(onEdge.SelectionSet);
                                nodeType ??= Unwrap(edge.GetField(onEdge.Name.Value)?.ResolvedType);
                                break;
                            default:
                                return (null, null);
                        }
                    }

                    break;
                default:
                    // A connection field this code does not know: read whole rows rather than guess.
                    return (null, null);
            }
        }

        return (nodeType, nodeSets);
    }

    /// <summary>The query, reading only the members of <paramref name="shape"/> into entities (all of them when whole).</summary>
    public static IQueryable<T> Select<T>(IQueryable<T> query, Shape shape)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(shape);
        return shape.IsWhole ? query : query.Select((Expression<Func<T, T>>)SelectorFor(typeof(T), shape));
    }

    /// <summary>The selector <see cref="Select{T}"/> uses for <paramref name="shape"/> (not whole) of <paramref name="type"/>.</summary>
    internal static LambdaExpression SelectorFor(Type type, Shape shape)
    {
        if (Selectors.TryGetValue((type, shape.Key), out var known))
        {
            return known;
        }

        // One selector per entity and shape a client has asked for: bounded, as clients choose their selections.
        if (Selectors.Count >= MaxSelectors)
        {
            Selectors.Clear();
        }

        return Selectors.GetOrAdd((type, shape.Key), SelectorOf(type, shape));
    }

    /// <summary>
    /// <c>row => new T(row.A, …) { B = row.B, C = new V { D = row.C.D }, … }</c>: a constructor whose parameters are
    /// named after members (the parameterless one when there is one), then the shape's other members by their
    /// setters, and the read parts of a value (dotted members) in a new value of their own.
    /// </summary>
    private static LambdaExpression SelectorOf(Type type, Shape shape)
    {
        var row = Expression.Parameter(type, "row");
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(type, type), Init(type, row, shape.Members), row);
    }

    private static MemberInitExpression Init(Type type, Expression source, IEnumerable<string> members)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var constructor = type.GetConstructor(Instance, Type.EmptyTypes)
            ?? type.GetConstructors(Instance).FirstOrDefault(c => c.GetParameters().All(p => PropertyOf(type, p.Name!) is not null))
            ?? throw new InvalidOperationException($"{type.Name} has no constructor a projection can call.");
        var arguments = constructor.GetParameters().Select(p => (Expression)Expression.Property(source, PropertyOf(type, p.Name!)!)).ToList();
        var passed = constructor.GetParameters().Select(p => PropertyOf(type, p.Name!)!.Name).ToHashSet(StringComparer.Ordinal);
        var bindings = members
            .GroupBy(m => m.Split('.', 2)[0], StringComparer.Ordinal)
            .Where(g => !passed.Contains(g.Key))
            .Select(group =>
            {
                var property = type.GetProperty(group.Key, BindingFlags.Instance | BindingFlags.Public)
                    ?? throw new InvalidOperationException($"{type.Name} has no member {group.Key} to read.");
                if (!property.CanWrite)
                {
                    throw new InvalidOperationException($"{type.Name}.{group.Key} is computed; declare the members it is computed from.");
                }

                var value = Expression.Property(source, property);
                // The whole value when it is read whole; else a new value with just its read parts.
                return (MemberBinding)Expression.Bind(property, group.Any(m => m.Length == group.Key.Length)
                    ? value
                    : Init(property.PropertyType, value, group.Select(m => m[(group.Key.Length + 1)..])));
            });
        return Expression.MemberInit(Expression.New(constructor, arguments), bindings);
    }

    private static PropertyInfo? PropertyOf(Type type, string name)
        => type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase);

    internal static Shape ShapeOf(IResolveFieldContext context, IGraphType? type, IEnumerable<GraphQLSelectionSet?> selections, string[] always)
    {
        if (type is not IComplexGraphType complex)
        {
            return Shape.Whole;
        }

        var members = new HashSet<string>(always, StringComparer.Ordinal);
        foreach (var selected in Collect(context, selections))
        {
            if (selected.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var field = complex.GetField(selected.Name.Value);
            if (field is null)
            {
                // A field of another type, from a fragment on it (the document is valid): nothing this type reads.
                continue;
            }

            if (field.Metadata.TryGetValue(PartsKey, out var parts) && parts is string owner)
            {
                var read = ShapeOf(context, Unwrap(field.ResolvedType), [selected.SelectionSet], []);
                if (read.IsWhole)
                {
                    members.Add(owner);
                }
                else
                {
                    members.UnionWith(read.Members.Select(m => owner + "." + m));
                }

                continue;
            }

            if (ReadsOf(field) is not { } reads)
            {
                return Shape.Whole;
            }

            members.UnionWith(reads);
        }

        return Shape.Of(members);
    }

    /// <summary>The fields selected on <paramref name="type"/>, with fragment spreads and inline fragments expanded.</summary>
    internal static IEnumerable<GraphQLField> Collect(IResolveFieldContext context, IEnumerable<GraphQLSelectionSet?> selections)
    {
        var pending = new Stack<GraphQLSelectionSet>(selections.OfType<GraphQLSelectionSet>());
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return field;
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when seenFragments.Add(spread.FragmentName.Name.StringValue):
                        var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                            .FirstOrDefault(d => d.FragmentName.Name.Value == spread.FragmentName.Name.Value);
                        if (definition is not null)
                        {
                            pending.Push(definition.SelectionSet);
                        }

                        break;
                }
            }
        }
    }

    internal static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
        {
            type = ((IProvideResolvedType)type).ResolvedType;
        }

        return type;
    }

    private sealed class FieldPlans
    {
        public Shape? Object { get; set; }

        public Shape? Nodes { get; set; }

        public List<Joins.Planned>? Joins { get; set; }
    }
}
