using System.Text.RegularExpressions;
using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.CityCatalog;

/// <summary>Root query fields of the national view: <c>nationalCoverage</c> and <c>coverageRanking</c>.</summary>
public static partial class NationalCoverageQueries
{
    private static readonly Dictionary<CoverageRankingOrder, KeysetOrder<MunicipalityCoverageRow>> Orders = new()
    {
        [CoverageRankingOrder.BestFirst] = KeysetOrder<MunicipalityCoverageRow>.By("BEST", r => r.LessMapped, r => r.IneCode),
        [CoverageRankingOrder.WorstFirst] = KeysetOrder<MunicipalityCoverageRow>.By("WORST", r => r.Mapped, r => r.IneCode),
    };

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<NationalCoverageType>>("nationalCoverage")
            .Description("How far the municipalities' catalogs cover the current reference catalog, across the country: per reference procedure, per autonomous community and per province.")
            .WithComplexityImpact(Complexity.Coverage)
            .ResolveAsync(async c => await Snapshot(c).GetAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<MunicipalityCoverageType>>>("coverageRanking")
            .Description("Municipalities ranked by how many current reference procedures their catalogs map (the same order as the share of the catalog covered); ties in INE code order.")
            .WithComplexityImpact(Complexity.Coverage)
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "regionCode", Description = "Only municipalities of this autonomous community (two-digit INE code, `13` for Madrid)." },
                new QueryArgument<StringGraphType> { Name = "provinceCode", Description = "Only municipalities of this province (two-digit INE code, `29` for Málaga)." },
                new QueryArgument<CoverageRankingOrderType> { Name = "order", Description = "Best or worst covered first (default BEST_FIRST).", DefaultValue = CoverageRankingOrder.BestFirst }))
            .ResolveAsync(async c =>
            {
                var region = AreaCode(c.GetArgument<string?>("regionCode"), "regionCode", 19);
                var province = AreaCode(c.GetArgument<string?>("provinceCode"), "provinceCode", 52);
                var order = c.GetArgument("order", CoverageRankingOrder.BestFirst);
                var coverage = await Snapshot(c).GetAsync(c.CancellationToken);
                return Paging.Page(c, coverage.Ranking(region, province, order), Orders[order]);
            });
    }

    private static NationalCoverageSnapshot Snapshot(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NationalCoverageSnapshot>();

    /// <summary>Checks a two-digit INE area code (<c>01</c> to <paramref name="last"/>); null stays null.</summary>
    public static string? AreaCode(string? text, string argument, int last)
    {
        if (text is null)
        {
            return null;
        }

        var code = text.Trim();
        return TwoDigits().IsMatch(code) && int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) is var number && number >= 1 && number <= last
            ? code
            : throw CatalogErrors.BadInput($"`{argument}` is a two-digit INE code from 01 to {last:00}; '{text}' is not.", argument);
    }

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();
}

/// <summary>GraphQL type of <see cref="NationalCoverage"/>.</summary>
public sealed class NationalCoverageType : ObjectGraphType<NationalCoverage>
{
    public NationalCoverageType()
    {
        Name = "NationalCoverage";
        Description = "The national view of coverage of the current reference catalog (retired procedures left out). Computed by aggregate statements over the city catalogs and kept in memory: writes made through this server show at once, writes made elsewhere (a command-line import, another server) within `Coverage:SnapshotSeconds` (60 by default).";
        Field<NonNullGraphType<IntGraphType>>("referenceProcedures").Description("Current reference procedures: what each municipality is measured against.").Resolve(c => c.Source.ReferenceProcedures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceProcedureCoverageType>>>>("procedures")
            .Description("Per current reference procedure, in code order: how many municipalities implement it, declare it not offered, or say nothing.")
            .Argument<StringGraphType>("processCode", "Only the procedures of this reference process (`URB`).")
            .Resolve(c => c.Source.PerProcedure(c.GetArgument<string?>("processCode")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionCoverageType>>>>("regions")
            .Description("Per autonomous community (and the autonomous cities of Ceuta and Melilla), in INE code order.")
            .Resolve(c => c.Source.PerRegion());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceCoverageType>>>>("provinces")
            .Description("Per province, in INE code order.")
            .Argument<StringGraphType>("regionCode", "Only the provinces of this autonomous community (two-digit INE code).")
            .Resolve(c => c.Source.PerProvince(NationalCoverageQueries.AreaCode(c.GetArgument<string?>("regionCode"), "regionCode", 19)));
    }
}

/// <summary>GraphQL type of <see cref="ReferenceProcedureCoverage"/>.</summary>
public sealed class ReferenceProcedureCoverageType : ObjectGraphType<ReferenceProcedureCoverage>
{
    public ReferenceProcedureCoverageType()
    {
        Name = "ReferenceProcedureCoverage";
        Description = "How the municipalities stand on one reference procedure.";
        Field<NonNullGraphType<ReferenceProcedureType>>("procedure").Description("The reference procedure.").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<IntGraphType>>("municipalities").Description("All municipalities.").Resolve(c => c.Source.Municipalities);
        Field<NonNullGraphType<IntGraphType>>("implementing").Description("Municipalities with an active, offered procedure mapped to it.").Resolve(c => c.Source.Implementing);
        Field<NonNullGraphType<IntGraphType>>("notOffering").Description("Municipalities that declared they do not offer it (and offer no procedure mapped to it).").Resolve(c => c.Source.NotOffering);
        Field<NonNullGraphType<IntGraphType>>("silent").Description("Municipalities whose catalogs say nothing about it.").Resolve(c => c.Source.Silent);
        Field<NonNullGraphType<FloatGraphType>>("implementingShare").Description("`implementing / municipalities`, from 0 to 1.").Resolve(c => c.Source.Share(c.Source.Implementing));
        Field<NonNullGraphType<FloatGraphType>>("notOfferingShare").Description("`notOffering / municipalities`, from 0 to 1.").Resolve(c => c.Source.Share(c.Source.NotOffering));
        Field<NonNullGraphType<FloatGraphType>>("silentShare").Description("`silent / municipalities`, from 0 to 1.").Resolve(c => c.Source.Share(c.Source.Silent));
    }
}

/// <summary>GraphQL type of an <see cref="AreaCoverage"/> of an autonomous community.</summary>
public sealed class RegionCoverageType : ObjectGraphType<AreaCoverage>
{
    public RegionCoverageType()
    {
        Name = "RegionCoverage";
        Description = "The coverage of the reference catalog by the municipalities of one autonomous community.";
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The autonomous community's INE code (`01` Andalucía … `19` Melilla).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("regionName").Description("The autonomous community's name.").Resolve(c => c.Source.Name);
        AreaCoverageFields.AddTo(this);
    }
}

/// <summary>GraphQL type of an <see cref="AreaCoverage"/> of a province.</summary>
public sealed class ProvinceCoverageType : ObjectGraphType<AreaCoverage>
{
    public ProvinceCoverageType()
    {
        Name = "ProvinceCoverage";
        Description = "The coverage of the reference catalog by the municipalities of one province.";
        Field<NonNullGraphType<StringGraphType>>("provinceCode").Description("The province's two-digit INE code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("provinceName").Description("The province's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The INE code of the province's autonomous community.").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Description("The name of the province's autonomous community.").Resolve(c => c.Source.RegionName);
        AreaCoverageFields.AddTo(this);
    }
}

/// <summary>The count and share fields of an area's coverage.</summary>
internal static class AreaCoverageFields
{
    public static void AddTo(ObjectGraphType<AreaCoverage> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("municipalities").Description("Municipalities in the area.").Resolve(c => c.Source.Municipalities);
        type.Field<NonNullGraphType<IntGraphType>>("municipalitiesImplementing").Description("Municipalities of the area mapping at least one current reference procedure.").Resolve(c => c.Source.Implementing);
        type.Field<NonNullGraphType<IntGraphType>>("total").Description("Municipality × reference procedure pairs to cover: `municipalities` times the current reference procedures.").Resolve(c => checked((int)c.Source.Total));
        type.Field<NonNullGraphType<IntGraphType>>("mapped").Description("Pairs where the municipality offers a procedure mapped to the reference procedure.").Resolve(c => checked((int)c.Source.Mapped));
        type.Field<NonNullGraphType<IntGraphType>>("notOffered").Description("Pairs where the municipality declared it does not offer the reference procedure.").Resolve(c => checked((int)c.Source.NotOffered));
        type.Field<NonNullGraphType<IntGraphType>>("missing").Description("Pairs the municipality's catalog says nothing about.").Resolve(c => checked((int)c.Source.Missing));
        type.Field<NonNullGraphType<FloatGraphType>>("mappedShare").Description("`mapped / total`, from 0 to 1: the area's average coverage.").Resolve(c => c.Source.Share(c.Source.Mapped));
        type.Field<NonNullGraphType<FloatGraphType>>("notOfferedShare").Description("`notOffered / total`, from 0 to 1.").Resolve(c => c.Source.Share(c.Source.NotOffered));
        type.Field<NonNullGraphType<FloatGraphType>>("missingShare").Description("`missing / total`, from 0 to 1.").Resolve(c => c.Source.Share(c.Source.Missing));
    }
}

/// <summary>GraphQL type of <see cref="MunicipalityCoverageRow"/>.</summary>
public sealed class MunicipalityCoverageType : ObjectGraphType<MunicipalityCoverageRow>
{
    public MunicipalityCoverageType()
    {
        Name = "MunicipalityCoverage";
        Description = "One municipality in the coverage ranking, with its counts of the current reference catalog.";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The municipality.").Resolve(c => c.Source.Municipality);
        CoverageCountsFields.AddTo(this, c => c.Source.Counts);
    }
}

/// <summary>Which end of the coverage ranking comes first.</summary>
public enum CoverageRankingOrder
{
    BestFirst,
    WorstFirst,
}

/// <summary>GraphQL enum of <see cref="CoverageRankingOrder"/>.</summary>
public sealed class CoverageRankingOrderType : DescribedEnumType<CoverageRankingOrder>
{
    public CoverageRankingOrderType() : base("CoverageRankingOrder", "Which end of the coverage ranking comes first.", new Dictionary<CoverageRankingOrder, string>
    {
        [CoverageRankingOrder.BestFirst] = "Most reference procedures mapped first.",
        [CoverageRankingOrder.WorstFirst] = "Fewest reference procedures mapped first.",
    })
    {
    }
}
