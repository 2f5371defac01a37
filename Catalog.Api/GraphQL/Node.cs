using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.Municipalities;
using Catalog.Api.Reconciliation;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Domain.Reconciliation;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.GraphQL;

/// <summary>The Relay <c>Node</c> interface: every object with a global ID, fetchable again through <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, which `node(id)` fetches again (Relay Global Object Identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global ID: opaque, stable, unique across all types.");
    }
}

/// <summary>Wires object types to the <c>Node</c> interface and resolves global IDs back to objects.</summary>
public static class Nodes
{
    /// <summary>Makes <paramref name="type"/> a Node whose global ID is its type name and its <paramref name="key"/> member.</summary>
    public static void ImplementsNode<T>(this ObjectGraphType<T> type, System.Linq.Expressions.Expression<Func<T, object>> key)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is T;
        var typeName = type.Name;
        var member = Projection.MemberOf(key);
        var read = key.Compile();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The global ID of this {typeName}, for `node(id)`.")
            .Reads(member)
            .Resolve(context => GlobalId.Encode(typeName, Convert.ToString(read(context.Source), System.Globalization.CultureInfo.InvariantCulture)!));
    }

    /// <summary>Fetches the object a global ID names; null when it names nothing (Relay's contract for <c>node</c>).</summary>
    public static async Task<object?> ResolveAsync(IResolveFieldContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw CatalogErrors.BadInput($"'{(id.Length > 60 ? id[..60] + "…" : id)}' is not a global ID of this API.", "id");
        }

        var loaders = context.Loaders();
        var cancellation = context.CancellationToken;
        return typeName switch
        {
            "Municipality" => await loaders.Municipalities.LoadAsync(key, cancellation),
            "Unit" => await loaders.Units.LoadAsync(key, cancellation),
            "Office" => await loaders.Offices.LoadAsync(key, cancellation),
            "SiaEntry" => await loaders.SiaEntries.LoadAsync(key, cancellation),
            "ReferenceProcess" when long.TryParse(key, out var processId) => await loaders.ReferenceProcesses.LoadAsync(processId, cancellation),
            "ReferenceProcedure" when long.TryParse(key, out var procedureId) => await loaders.ReferenceProcedures.LoadAsync(procedureId, cancellation),
            "CityProcedure" when long.TryParse(key, out var cityProcedureId) => await loaders.CityProcedures.LoadAsync(cityProcedureId, cancellation),
            "Discrepancy" when long.TryParse(key, out var discrepancyId) => VisibleDiscrepancy(context, await loaders.Discrepancies.LoadAsync(discrepancyId, cancellation)),
            "SyncRun" when long.TryParse(key, out var runId) => await loaders.SyncRuns.LoadAsync(runId, cancellation),
            _ => throw CatalogErrors.BadInput($"'{id}' is not a global ID of this API.", "id"),
        };
    }

    /// <summary>
    /// A discrepancy only for who may read <c>discrepancies</c>: signed-in callers, an editor only their
    /// municipalities' (null for others, as for an id that names nothing, so an id reveals nothing).
    /// </summary>
    private static Discrepancy? VisibleDiscrepancy(IResolveFieldContext context, Discrepancy? discrepancy)
    {
        var actor = CatalogActor.From(context.User) ?? throw CatalogErrors.SignInNeeded("Discrepancies are for signed-in users: send a token or sign in.");
        return discrepancy is not null && (actor.Role != CatalogRole.Editor || actor.Municipalities.Contains(discrepancy.MunicipalityIneCode)) ? discrepancy : null;
    }

    /// <summary>Every type that implements Node, so the schema knows them even where no field returns them.</summary>
    public static IEnumerable<Type> Types =>
    [
        typeof(MunicipalityType), typeof(UnitType), typeof(OfficeType), typeof(SiaEntryType), typeof(ReferenceProcessType),
        typeof(ReferenceProcedureType), typeof(CityProcedureType), typeof(DiscrepancyType), typeof(SyncRunType),
    ];
}
