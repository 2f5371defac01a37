using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The members of an entity a query needs: the columns to read. <see cref="Whole"/> stands for every column, the
/// safe default whenever a selected field has not said what it reads.
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
        return IsWhole || (!other.IsWhole && _members.IsSupersetOf(other._members));
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
    private const string ObjectShape = "object";
    private const string NodesShape = "nodes";
    private static readonly ConcurrentDictionary<(Type Entity, string Shape), LambdaExpression> Selectors = new();

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
    /// The name of the one settable property <paramref name="member"/> reads (<c>p => p.Name</c>, boxing allowed):
    /// what a field built on it declares it reads. Anything else is refused when the schema is built.
    /// </summary>
    public static string MemberOf(LambdaExpression member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        if (body is not MemberExpression { Member: PropertyInfo { CanWrite: true } property } access || access.Expression != member.Parameters[0])
        {
            throw new ArgumentException($"{member} does not read one settable property of its parameter (p => p.Name); for computed values use Resolve and Reads.", nameof(member));
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
    /// its key). Asked once per row of a page, so it is computed once per request and field node.
    /// </summary>
    public static Shape ShapeOfSelection(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TryCached(context, ObjectShape, out var known)
            ? known
            : Remember(context, ObjectShape, ShapeOf(context, Unwrap(context.FieldDefinition.ResolvedType), [context.FieldAst.SelectionSet], []));
    }

    /// <summary>The shape the current connection field's selection needs of its nodes (<c>edges.node</c> and <c>items</c>).</summary>
    public static Shape ShapeOfConnectionNodes(IResolveFieldContext context, IEnumerable<string> always)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TryCached(context, NodesShape, out var known) ? known : Remember(context, NodesShape, NodesShapeOf(context, always.ToArray()));
    }

    private static Shape NodesShapeOf(IResolveFieldContext context, string[] keys)
    {
        if (Unwrap(context.FieldDefinition.ResolvedType) is not IComplexGraphType connection)
        {
            return Shape.Whole;
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
                                return Shape.Whole;
                        }
                    }

                    break;
                default:
                    // A connection field this code does not know: read whole rows rather than guess.
                    return Shape.Whole;
            }
        }

        return nodeType is null ? Shape.Of(keys) : ShapeOf(context, nodeType, nodeSets, keys);
    }

    /// <summary>The query, reading only the members of <paramref name="shape"/> into entities (all of them when whole).</summary>
    public static IQueryable<T> Select<T>(IQueryable<T> query, Shape shape)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(shape);
        return shape.IsWhole ? query : query.Select((Expression<Func<T, T>>)Selectors.GetOrAdd((typeof(T), shape.Key), _ => SelectorOf<T>(shape)));
    }

    /// <summary>
    /// <c>row => new T(row.A, …) { B = row.B, … }</c>: a constructor whose parameters are named after members
    /// (the parameterless one when there is one), then the shape's other members by their setters.
    /// </summary>
    private static Expression<Func<T, T>> SelectorOf<T>(Shape shape)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = typeof(T);
        var row = Expression.Parameter(type, "row");
        var constructor = type.GetConstructor(Instance, Type.EmptyTypes)
            ?? type.GetConstructors(Instance).FirstOrDefault(c => c.GetParameters().All(p => PropertyOf(type, p.Name!) is not null))
            ?? throw new InvalidOperationException($"{type.Name} has no constructor a projection can call.");
        var arguments = constructor.GetParameters().Select(p => (Expression)Expression.Property(row, PropertyOf(type, p.Name!)!)).ToList();
        var passed = constructor.GetParameters().Select(p => PropertyOf(type, p.Name!)!.Name).ToHashSet(StringComparer.Ordinal);
        var bindings = shape.Members.Where(m => !passed.Contains(m)).Select(member =>
        {
            var property = type.GetProperty(member, BindingFlags.Instance | BindingFlags.Public)
                ?? throw new InvalidOperationException($"{type.Name} has no member {member} to read.");
            if (!property.CanWrite)
            {
                throw new InvalidOperationException($"{type.Name}.{member} is computed; declare the members it is computed from.");
            }

            return (MemberBinding)Expression.Bind(property, Expression.Property(row, property));
        });
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(constructor, arguments), bindings), row);
    }

    private static PropertyInfo? PropertyOf(Type type, string name)
        => type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase);

    // The shapes a request has computed are kept by field node: one node has one resolver, so one shape of each kind.
    private static bool TryCached(IResolveFieldContext context, string what, out Shape shape)
    {
        shape = Shape.Whole;
        return context.UserContext is CatalogRequestContext request && request.Shapes.TryGetValue((context.FieldAst, what), out shape!);
    }

    private static Shape Remember(IResolveFieldContext context, string what, Shape shape)
    {
        if (context.UserContext is CatalogRequestContext request)
        {
            request.Shapes[(context.FieldAst, what)] = shape;
        }

        return shape;
    }

    private static Shape ShapeOf(IResolveFieldContext context, IGraphType? type, IEnumerable<GraphQLSelectionSet?> selections, string[] always)
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

            if (ReadsOf(field) is not { } reads)
            {
                return Shape.Whole;
            }

            members.UnionWith(reads);
        }

        return Shape.Of(members);
    }

    /// <summary>The fields selected on <paramref name="type"/>, with fragment spreads and inline fragments expanded.</summary>
    private static IEnumerable<GraphQLField> Collect(IResolveFieldContext context, IEnumerable<GraphQLSelectionSet?> selections)
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

    private static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
        {
            type = ((IProvideResolvedType)type).ResolvedType;
        }

        return type;
    }
}
