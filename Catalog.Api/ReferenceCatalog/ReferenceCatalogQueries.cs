using Catalog.Api.GraphQL;
using Catalog.Domain;
using Catalog.Domain.ReferenceCatalog;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>Root query fields of the reference catalog: processes and procedures.</summary>
public static class ReferenceCatalogQueries
{
    private static readonly KeysetOrder<ReferenceProcess> ProcessOrder = KeysetOrder<ReferenceProcess>.By("SORT", p => p.SortOrder, p => p.Id);
    private static readonly KeysetOrder<ReferenceProcedure> ProcedureOrder = KeysetOrder<ReferenceProcedure>.By("CODE", p => p.Code);

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<ReferenceProcessType>>>("referenceProcesses")
            .Description("The processes (families) of the reference catalog, in the catalog's order.")
            .Arguments(Paging.ConnectionArguments())
            .ResolveAsync(async c => await Paging.PageAsync(c, c.Db().ReferenceProcesses, ProcessOrder));

        query.Field<NonNullGraphType<ConnectionType<ReferenceProcedureType>>>("referenceProcedures")
            .Description("Reference procedures, sorted by code.")
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "processCode", Description = "Only procedures of this process (`URB`…)." },
                new QueryArgument<BooleanGraphType> { Name = "includeRetired", Description = "Include retired procedures (default false).", DefaultValue = false },
                new QueryArgument<StringGraphType> { Name = "search", Description = "Only procedures whose name contains this text, ignoring case and accents (`licencia de obras`), or whose code starts with it (`URB-001`, `urb`)." },
                ChangeFeed.ChangeFeedQueries.UpdatedSinceArgument("procedures with a version")))
            .ResolveAsync(async c =>
            {
                var procedures = c.Db().ReferenceProcedures.AsQueryable();
                if (c.GetArgument<string?>("search") is { } search)
                {
                    procedures = await SearchAsync(procedures, search, c.CancellationToken);
                }

                if (c.GetArgument<string?>("processCode") is { } processCode)
                {
                    procedures = procedures.Where(p => p.Process!.Code == processCode);
                }

                if (ChangeFeed.ChangeFeedQueries.UpdatedSince(c) is { } since)
                {
                    procedures = procedures.Where(p => p.Versions.Any(v => v.CreatedAt >= since));
                }

                if (!c.GetArgument("includeRetired", false))
                {
                    procedures = procedures.Where(p => !p.IsRetired);
                }

                return await Paging.PageAsync(c, procedures, ProcedureOrder);
            });

        query.Field<ReferenceProcedureType>("referenceProcedure")
            .Description("One reference procedure by its code; null with a NOT_FOUND error when no procedure has it.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The reference code, e.g. `URB-001`.")
            .ResolveAsync(async c => await FindAsync(c, c.GetArgument<string>("code")));
    }

    /// <summary>
    /// Narrows <paramref name="procedures"/> to those whose folded name contains <paramref name="search"/> or whose
    /// code starts with it. The reference catalog is a few hundred rows with no folded-name column, so the names are
    /// folded here, the same way municipality and city procedure names are folded when stored.
    /// </summary>
    private static async Task<IQueryable<ReferenceProcedure>> SearchAsync(IQueryable<ReferenceProcedure> procedures, string search, CancellationToken cancellationToken)
    {
        var folded = Text.Fold(search);
        var names = await procedures.Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken);
        var ids = names
            .Where(p => Text.Fold(p.Name).Contains(folded, StringComparison.Ordinal) || p.Code.StartsWith(search.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Id)
            .ToList();
        return procedures.Where(p => ids.Contains(p.Id));
    }

    /// <summary>The reference procedure with <paramref name="code"/>, or a NOT_FOUND error.</summary>
    public static async Task<ReferenceProcedure> FindAsync(IResolveFieldContext context, string code, string argument = "code")
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32)
        {
            throw CatalogErrors.BadInput($"'{code}' is not a reference code: 1 to 32 upper-case letters, digits and hyphens, e.g. URB-001.", argument);
        }

        return await context.Db().ReferenceProcedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, context.CancellationToken)
            ?? throw CatalogErrors.Missing($"No reference procedure has code '{code}'.");
    }
}
