using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.Reconciliation;

/// <summary>Root mutation fields that act on the reconciliation's findings.</summary>
public static class ReconciliationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<DiscrepancyType>>("resolveDiscrepancy")
            .Description("Marks an open discrepancy as fixed, with a note. If the condition is still there at the next run, it opens again.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The discrepancy's global ID.")
            .Argument<NonNullGraphType<StringGraphType>>("note", "What was done.")
            .ResolveAsync(async c => await Actions(c).ResolveAsync(CityCatalogMutations.Actor(c), DiscrepancyId(c), c.GetArgument<string>("note"), c.CancellationToken));

        mutation.Field<NonNullGraphType<DiscrepancyType>>("dismissDiscrepancy")
            .Description("Dismisses an open discrepancy, with the reason. It stays dismissed until its facts change.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The discrepancy's global ID.")
            .Argument<NonNullGraphType<StringGraphType>>("note", "Why it does not need fixing.")
            .ResolveAsync(async c => await Actions(c).DismissAsync(CityCatalogMutations.Actor(c), DiscrepancyId(c), c.GetArgument<string>("note"), c.CancellationToken));
    }

    private static long DiscrepancyId(IResolveFieldContext context) => GlobalId.DecodeNumeric(context.GetArgument<string>("id"), "Discrepancy", "id");

    private static DiscrepancyActions Actions(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DiscrepancyActions>();
}
