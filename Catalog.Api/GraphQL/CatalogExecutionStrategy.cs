using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Catalog.Api.GraphQL;

/// <summary>
/// GraphQL.NET's serial strategy (one DbContext per request cannot serve two resolvers at once), with the fields
/// of each selection set collected once per object type instead of once per object: a page of 50 rows with four
/// nested objects collected the same selection sets 250 times per request. The collected fields depend on the
/// document, the type and the <c>@skip</c>/<c>@include</c> directives; when a document uses directives, fields are
/// collected per object as before. Kept with the selection set node, so they go when the document goes.
/// </summary>
public sealed class CatalogExecutionStrategy : SerialExecutionStrategy
{
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, (GraphQLField Field, FieldType Definition)[]>> Collected = new();

    /// <inheritdoc />
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var selectionSet = parent.SelectionSet;
        if (selectionSet is null || context.DirectiveValues is { Count: > 0 })
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var byType = Collected.GetValue(selectionSet, static _ => new());
        if (!byType.TryGetValue(parentType, out var fields))
        {
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            byType.TryAdd(parentType, fields);
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }
}
