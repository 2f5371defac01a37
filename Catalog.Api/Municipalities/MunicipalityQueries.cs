using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.Municipalities;

/// <summary>Root query fields of municipalities.</summary>
public static class MunicipalityQueries
{
    private static readonly Dictionary<(MunicipalityOrder, SortDirection), KeysetOrder<Municipality>> Orders = new()
    {
        [(MunicipalityOrder.Name, SortDirection.Asc)] = KeysetOrder<Municipality>.By("NAME", m => m.SearchName, m => m.IneCode),
        [(MunicipalityOrder.Name, SortDirection.Desc)] = KeysetOrder<Municipality>.By("NAME-DESC", m => m.SearchName, m => m.IneCode, descending: true),
        [(MunicipalityOrder.IneCode, SortDirection.Asc)] = KeysetOrder<Municipality>.By("INE", m => m.IneCode),
        [(MunicipalityOrder.IneCode, SortDirection.Desc)] = KeysetOrder<Municipality>.By("INE-DESC", m => m.IneCode, descending: true),
    };

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<MunicipalityType>>>("municipalities")
            .Description("Spanish municipalities, filtered and sorted as the arguments say.")
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "search", Description = "Only municipalities whose official or display name contains this text, ignoring case and accents: `malaga` finds Málaga, `a coruña` and `coruna` find A Coruña (`Coruña, A`), `alacant` finds `Alicante/Alacant`." },
                new QueryArgument<StringGraphType> { Name = "provinceCode", Description = "Only municipalities of this province (two-digit INE code, e.g. `28`)." },
                new QueryArgument<StringGraphType> { Name = "regionCode", Description = "Only municipalities of this autonomous community (INE code, e.g. `13`)." },
                new QueryArgument<MunicipalityOrderType> { Name = "orderBy", Description = "What to sort by (default NAME).", DefaultValue = MunicipalityOrder.Name },
                new QueryArgument<SortDirectionType> { Name = "direction", Description = "Which way to sort (default ASC).", DefaultValue = SortDirection.Asc }))
            .ResolveAsync(async c =>
            {
                var municipalities = c.Db().Municipalities.AsQueryable();
                if (c.GetArgument<string?>("search") is { } search)
                {
                    var folded = PlaceName.SearchKey(search);
                    municipalities = municipalities.Where(m => m.SearchName.Contains(folded));
                }

                if (c.GetArgument<string?>("provinceCode") is { } province)
                {
                    municipalities = municipalities.Where(m => m.ProvinceCode == province);
                }

                if (c.GetArgument<string?>("regionCode") is { } region)
                {
                    municipalities = municipalities.Where(m => m.RegionCode == region);
                }

                var order = Orders[(c.GetArgument("orderBy", MunicipalityOrder.Name), c.GetArgument("direction", SortDirection.Asc))];
                return await Paging.PageAsync(c, municipalities, order);
            });

        query.Field<MunicipalityType>("municipality")
            .Description("One municipality by its INE code or its town council's DIR3 code; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The INE code (`28079`, or `280796` with check digit) or the council's DIR3 code (`L01280796`).")
            .ResolveAsync(async c =>
            {
                // Read in the selection's shape, with the council (and any other joined field) in the same statement.
                var code = MunicipalityCode.Parse(c.GetArgument<string>("code"), "code");
                var ine = code.Value;
                return await Joins.ReadOneAsync(c, c.Db().Municipalities.Where(m => m.IneCode == ine))
                    ?? throw CatalogErrors.Missing(MunicipalityCode.UnknownMessage(code));
            });
    }

    /// <summary>The municipality a code argument names, or a BAD_USER_INPUT / NOT_FOUND error.</summary>
    public static async Task<Municipality> FindAsync(IResolveFieldContext context, string? text, string argument)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = MunicipalityCode.Parse(text, argument);
        return await context.Loaders().Municipalities.LoadAsync(code.Value, context.CancellationToken)
            ?? throw CatalogErrors.Missing(MunicipalityCode.UnknownMessage(code));
    }
}

/// <summary>What municipalities can be sorted by.</summary>
public enum MunicipalityOrder
{
    Name,
    IneCode,
}

/// <summary>GraphQL enum of <see cref="MunicipalityOrder"/>.</summary>
public sealed class MunicipalityOrderType : DescribedEnumType<MunicipalityOrder>
{
    public MunicipalityOrderType() : base("MunicipalityOrder", "What municipalities are sorted by.", new Dictionary<MunicipalityOrder, string>
    {
        [MunicipalityOrder.Name] = "The official name, ignoring case and accents: INE's order, where `A Coruña` (`Coruña, A`) sorts under C.",
        [MunicipalityOrder.IneCode] = "The INE code.",
    })
    {
    }
}
