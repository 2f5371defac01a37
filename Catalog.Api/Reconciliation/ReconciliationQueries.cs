using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.Reconciliation;

/// <summary>Root query fields of the reconciliation's read side: discrepancies and sync runs.</summary>
public static class ReconciliationQueries
{
    private static readonly KeysetOrder<Discrepancy> DiscrepancyOrder = KeysetOrder<Discrepancy>.By("ID-DESC", d => d.Id, descending: true);
    private static readonly KeysetOrder<SyncRun> RunOrder = KeysetOrder<SyncRun>.By("ID-DESC", r => r.Id, descending: true);

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<DiscrepancyType>>>("discrepancies")
            .Description("Discrepancies found by the reconciliation, newest first, filtered as the arguments say. Signed-in callers only; an editor sees only their municipalities'.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor)
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "municipality", Description = "Only this municipality's (INE code or council DIR3 code)." },
                new QueryArgument<DiscrepancyKindType> { Name = "kind", Description = "Only this kind." },
                new QueryArgument<DiscrepancySeverityType> { Name = "severity", Description = "Only this severity." },
                new QueryArgument<DiscrepancyStatusType> { Name = "status", Description = "Only in this status (default OPEN; null for all).", DefaultValue = DiscrepancyStatus.Open },
                new QueryArgument<IdGraphType> { Name = "cityProcedure", Description = "Only those about this city procedure (its global ID)." }))
            .ResolveAsync(async c =>
            {
                var discrepancies = c.Db().Discrepancies.AsQueryable();
                if (CatalogActor.From(c.User) is { Role: CatalogRole.Editor } editor)
                {
                    // Findings about a city's catalog are its team's business: an editor sees their cities' only.
                    var scope = editor.Municipalities.ToList();
                    discrepancies = discrepancies.Where(d => scope.Contains(d.MunicipalityIneCode));
                }

                if (c.GetArgument<string?>("municipality") is { } municipality)
                {
                    var code = MunicipalityCode.Parse(municipality, "municipality").Value;
                    discrepancies = discrepancies.Where(d => d.MunicipalityIneCode == code);
                }

                if (c.GetArgument<DiscrepancyKind?>("kind") is { } kind)
                {
                    discrepancies = discrepancies.Where(d => d.Kind == kind);
                }

                if (c.GetArgument<DiscrepancySeverity?>("severity") is { } severity)
                {
                    discrepancies = discrepancies.Where(d => d.Severity == severity);
                }

                if (c.GetArgument<DiscrepancyStatus?>("status") is { } status)
                {
                    discrepancies = discrepancies.Where(d => d.Status == status);
                }

                if (c.GetArgument<string?>("cityProcedure") is { } procedureId)
                {
                    var id = GlobalId.DecodeNumeric(procedureId, "CityProcedure", "cityProcedure");
                    discrepancies = discrepancies.Where(d => d.CityProcedureId == id);
                }

                return await Paging.PageAsync(c, discrepancies, DiscrepancyOrder);
            });

        query.Field<NonNullGraphType<ConnectionType<SyncRunType>>>("syncRuns")
            .Description("Sync runs, newest first.")
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<SyncOutcomeType> { Name = "outcome", Description = "Only runs that ended this way." },
                new QueryArgument<BooleanGraphType> { Name = "dryRun", Description = "true: only dry runs; false: only real runs." }))
            .ResolveAsync(async c =>
            {
                var runs = c.Db().SyncRuns.AsQueryable();
                if (c.GetArgument<SyncOutcome?>("outcome") is { } outcome)
                {
                    runs = runs.Where(r => r.Outcome == outcome);
                }

                if (c.GetArgument<bool?>("dryRun") is { } dryRun)
                {
                    runs = runs.Where(r => r.DryRun == dryRun);
                }

                return await Paging.PageAsync(c, runs, RunOrder);
            });
    }
}
