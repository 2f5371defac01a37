using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using GraphQL.Validation.Complexity;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>Root query fields of the city catalogs: procedures, comparisons across cities, coverage.</summary>
public static class CityCatalogQueries
{
    /// <summary>Most municipalities one <c>compareImplementations</c> compares.</summary>
    public const int MaxComparedMunicipalities = 50;

    private static readonly Dictionary<(CityProcedureOrder, SortDirection), KeysetOrder<CityProcedure>> Orders = new()
    {
        [(CityProcedureOrder.Name, SortDirection.Asc)] = KeysetOrder<CityProcedure>.By("NAME", p => p.SearchName, p => p.Id),
        [(CityProcedureOrder.Name, SortDirection.Desc)] = KeysetOrder<CityProcedure>.By("NAME-DESC", p => p.SearchName, p => p.Id, descending: true),
        [(CityProcedureOrder.UpdatedAt, SortDirection.Asc)] = KeysetOrder<CityProcedure>.By("UPDATED", p => p.UpdatedAt, p => p.Id),
        [(CityProcedureOrder.UpdatedAt, SortDirection.Desc)] = KeysetOrder<CityProcedure>.By("UPDATED-DESC", p => p.UpdatedAt, p => p.Id, descending: true),
        [(CityProcedureOrder.Id, SortDirection.Asc)] = KeysetOrder<CityProcedure>.By("ID", p => p.Id),
        [(CityProcedureOrder.Id, SortDirection.Desc)] = KeysetOrder<CityProcedure>.By("ID-DESC", p => p.Id, descending: true),
    };

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<CityProcedureType>>>("cityProcedures")
            .Description("Procedures of the city catalogs, filtered and sorted as the arguments say. Give `municipality` for one city's catalog.")
            .Arguments(FilterArguments(withMunicipality: true))
            .ResolveAsync(async c => await PageAsync(c, municipality: null));

        query.Field<NonNullGraphType<ImplementationComparisonType>>("compareImplementations")
            .Description("For one reference procedure, each city's implementation side by side (SIA code, unit, term, silence, initiation, electronic level, fees, legal basis) and how each differs from the reference.")
            // Weighs each implementation asked for, as a page size would.
            .WithComplexityImpact(field => new FieldComplexityResult(Complexity.Comparison,
                field.Arguments is { } arguments && arguments.TryGetValue("municipalities", out var value) && value.Value is System.Collections.ICollection asked ? Math.Max(1, asked.Count) : MaxComparedMunicipalities))
            .Argument<NonNullGraphType<StringGraphType>>("referenceCode", "The reference procedure's code, e.g. `URB-001`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities", $"The municipalities to compare (INE or council DIR3 codes), at most {MaxComparedMunicipalities}.")
            .ResolveAsync(async c => await ImplementationComparison.CompareAsync(c, c.GetArgument<string>("referenceCode"), c.GetArgument<List<string>>("municipalities")));

        query.Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("How much of the reference catalog one municipality's catalog covers: mapped, declared not offered, missing, per process.")
            .WithComplexityImpact(Complexity.Coverage)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "The municipality (INE code or council DIR3 code).")
            .ResolveAsync(async c => await Coverage.ComputeAsync(c, await MunicipalityQueries.FindAsync(c, c.GetArgument<string>("municipality"), "municipality")));
    }

    /// <summary>The filter, ordering and paging arguments of a city procedure list.</summary>
    public static QueryArguments FilterArguments(bool withMunicipality)
    {
        var arguments = new List<QueryArgument>();
        if (withMunicipality)
        {
            arguments.Add(new QueryArgument<StringGraphType> { Name = "municipality", Description = "Only this municipality's catalog (INE code or council DIR3 code)." });
        }

        arguments.AddRange(
        [
            new QueryArgument<StringGraphType> { Name = "referenceCode", Description = "Only procedures mapped to this reference procedure (`URB-001`)." },
            new QueryArgument<StringGraphType> { Name = "processCode", Description = "Only procedures mapped to a reference procedure of this process (`URB`)." },
            new QueryArgument<StringGraphType> { Name = "siaCode", Description = "Only procedures with this SIA code." },
            new QueryArgument<StringGraphType> { Name = "unit", Description = "Only procedures whose responsible unit is this DIR3 code." },
            new QueryArgument<SilenceEffectType> { Name = "silenceEffect", Description = "Only procedures with this silence effect." },
            new QueryArgument<InitiationType> { Name = "initiation", Description = "Only procedures that start this way." },
            new QueryArgument<ElectronicLevelType> { Name = "electronicLevel", Description = "Only procedures at this electronic level." },
            new QueryArgument<BooleanGraphType> { Name = "offered", Description = "true: only offered procedures; false: only declarations of reference procedures not offered." },
            new QueryArgument<BooleanGraphType> { Name = "hasOpenDiscrepancies", Description = "true: only procedures with open discrepancies; false: only procedures without." },
            new QueryArgument<StringGraphType> { Name = "search", Description = "Only procedures whose local name contains this text, ignoring case and accents." },
            ChangeFeed.ChangeFeedQueries.UpdatedSinceArgument("procedures"),
            new QueryArgument<CityProcedureStatusType> { Name = "status", Description = "Only procedures in this status (default ACTIVE; null for all).", DefaultValue = CityProcedureStatus.Active },
            new QueryArgument<CityProcedureOrderType> { Name = "orderBy", Description = "What to sort by (default NAME).", DefaultValue = CityProcedureOrder.Name },
            new QueryArgument<SortDirectionType> { Name = "direction", Description = "Which way to sort (default ASC).", DefaultValue = SortDirection.Asc },
        ]);
        return Paging.ConnectionArguments([.. arguments]);
    }

    /// <summary>One page of city procedures as the field's arguments ask; <paramref name="municipality"/> fixes the city.</summary>
    public static async Task<Connection<CityProcedure>> PageAsync(IResolveFieldContext context, string? municipality)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db();
        var procedures = db.CityProcedures.AsQueryable();
        municipality ??= context.GetArgument<string?>("municipality") is { } text ? MunicipalityCode.Parse(text, "municipality").Value : null;
        if (municipality is not null)
        {
            procedures = procedures.Where(p => p.MunicipalityIneCode == municipality);
        }

        if (context.GetArgument<string?>("referenceCode") is { } referenceCode)
        {
            procedures = procedures.Where(p => p.ReferenceProcedure!.Code == referenceCode);
        }

        if (context.GetArgument<string?>("processCode") is { } processCode)
        {
            procedures = procedures.Where(p => p.ReferenceProcedure!.Process!.Code == processCode);
        }

        if (context.GetArgument<string?>("siaCode") is { } siaText)
        {
            var sia = SiaCode.TryParse(siaText, out var code, out var error) ? code.Value : throw CatalogErrors.BadInput(error, "siaCode");
            procedures = procedures.Where(p => p.SiaCode == sia);
        }

        if (context.GetArgument<string?>("unit") is { } unitText)
        {
            var unit = Dir3Code.TryParse(unitText, out var code, out var error) ? code.Value : throw CatalogErrors.BadInput(error, "unit");
            procedures = procedures.Where(p => p.ResponsibleUnitCode == unit);
        }

        if (context.GetArgument<SilenceEffect?>("silenceEffect") is { } silence)
        {
            procedures = procedures.Where(p => p.Attributes.SilenceEffect == silence);
        }

        if (context.GetArgument<Initiation?>("initiation") is { } initiation)
        {
            procedures = procedures.Where(p => p.Attributes.Initiation == initiation);
        }

        if (context.GetArgument<ElectronicLevel?>("electronicLevel") is { } level)
        {
            procedures = procedures.Where(p => p.Attributes.ElectronicLevel == level);
        }

        if (context.GetArgument<bool?>("offered") is { } offered)
        {
            procedures = procedures.Where(p => p.IsOffered == offered);
        }

        if (context.GetArgument<bool?>("hasOpenDiscrepancies") is { } hasOpen)
        {
            procedures = procedures.Where(p => db.Discrepancies.Any(d => d.CityProcedureId == p.Id && d.Status == DiscrepancyStatus.Open) == hasOpen);
        }

        if (context.GetArgument<string?>("search") is { } search)
        {
            var folded = Text.Fold(search);
            procedures = procedures.Where(p => p.SearchName.Contains(folded));
        }

        if (ChangeFeed.ChangeFeedQueries.UpdatedSince(context) is { } since)
        {
            procedures = procedures.Where(p => p.UpdatedAt >= since);
        }

        if (context.GetArgument<CityProcedureStatus?>("status") is { } status)
        {
            procedures = procedures.Where(p => p.Status == status);
        }

        var order = Orders[(context.GetArgument("orderBy", CityProcedureOrder.Name), context.GetArgument("direction", SortDirection.Asc))];
        return await Paging.PageAsync(context, procedures, order);
    }
}

/// <summary>What city procedures can be sorted by.</summary>
public enum CityProcedureOrder
{
    Name,
    UpdatedAt,
    Id,
}

/// <summary>GraphQL enum of <see cref="CityProcedureOrder"/>.</summary>
public sealed class CityProcedureOrderType : DescribedEnumType<CityProcedureOrder>
{
    public CityProcedureOrderType() : base("CityProcedureOrder", "What city procedures are sorted by.", new Dictionary<CityProcedureOrder, string>
    {
        [CityProcedureOrder.Name] = "The local name, ignoring case and accents.",
        [CityProcedureOrder.UpdatedAt] = "When the entry last changed.",
        [CityProcedureOrder.Id] = "Creation order.",
    })
    {
    }
}
