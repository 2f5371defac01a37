using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Registries;

/// <summary>Root query fields of the registry mirror: DIR3 units and SIA entries.</summary>
public static class RegistryQueries
{
    /// <summary>Largest subtree <c>units(under:)</c> walks; larger ones ask for a narrower root.</summary>
    public const int MaxSubtreeUnits = 5000;

    private static readonly KeysetOrder<OrganizationalUnit> UnitOrder = KeysetOrder<OrganizationalUnit>.By("CODE", u => u.Code);
    private static readonly KeysetOrder<SiaEntry> SiaOrder = KeysetOrder<SiaEntry>.By("CODE", e => e.Code);

    /// <summary>Adds the fields to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<UnitType>("unit")
            .Description("One DIR3 unit by its code; null with a NOT_FOUND error when the mirror does not have it.")
            .Argument<NonNullGraphType<StringGraphType>>("dir3Code", "The unit's DIR3 code, e.g. `L01280796`.")
            .ResolveAsync(async c =>
            {
                var code = ParseDir3(c.GetArgument<string>("dir3Code"), "dir3Code");
                var key = code.Value;
                return await Joins.ReadOneAsync(c, c.Db().Units.Where(u => u.Code == key))
                    ?? throw CatalogErrors.Missing($"The DIR3 mirror has no unit {code}.");
            });

        query.Field<NonNullGraphType<ConnectionType<UnitType>>>("units")
            .Description("DIR3 units, sorted by code, filtered as the arguments say.")
            .WithComplexityImpact(Complexity.Subtree, 1)
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "parent", Description = "Only units directly under this DIR3 code." },
                new QueryArgument<StringGraphType> { Name = "under", Description = $"Only units anywhere below this DIR3 code (its subtree, the unit itself excluded; at most {MaxSubtreeUnits} units)." },
                new QueryArgument<StringGraphType> { Name = "municipality", Description = "Only units of this municipality's council tree (INE code or council DIR3 code), the council included." },
                new QueryArgument<IntGraphType> { Name = "administrationLevel", Description = "Only units of this administration level (1 State … 6 justice)." },
                new QueryArgument<BooleanGraphType> { Name = "activeOnly", Description = "Only units that can still be used (default false).", DefaultValue = false },
                ChangeFeed.ChangeFeedQueries.UpdatedSinceArgument("units")))
            .ResolveAsync(async c =>
            {
                var units = c.Db().Units.AsQueryable();
                if (ChangeFeed.ChangeFeedQueries.UpdatedSince(c) is { } since)
                {
                    units = units.Where(u => u.LastChangedAt >= since);
                }
                if (c.GetArgument<string?>("parent") is { } parentText)
                {
                    var parent = ParseDir3(parentText, "parent").Value;
                    units = units.Where(u => u.ParentCode == parent && u.Code != parent);
                }

                if (c.GetArgument<string?>("under") is { } underText)
                {
                    var subtree = await SubtreeAsync(c, ParseDir3(underText, "under").Value);
                    units = units.Where(u => subtree.Contains(u.Code));
                }

                if (c.GetArgument<string?>("municipality") is { } municipalityText)
                {
                    var council = Dir3Code.ForTownCouncil(MunicipalityCode.Parse(municipalityText, "municipality")).Value;
                    units = units.Where(u => u.Code == council || u.PrincipalCode == council);
                }

                if (c.GetArgument<int?>("administrationLevel") is { } level)
                {
                    units = units.Where(u => u.AdministrationLevel == level);
                }

                if (c.GetArgument("activeOnly", false))
                {
                    units = units.Where(u => !u.IsGone && (u.Status == RegistryStatus.Current || u.Status == RegistryStatus.Transitional));
                }

                return await Paging.PageAsync(c, units, UnitOrder);
            });

        query.Field<SiaEntryType>("siaEntry")
            .Description("One SIA entry by its code; null with a NOT_FOUND error when the mirror does not have it.")
            .Argument<NonNullGraphType<StringGraphType>>("siaCode", "The SIA code, e.g. `2094606`.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("siaCode");
                var code = SiaCode.TryParse(text, out var parsed, out var error) ? parsed : throw CatalogErrors.BadInput(error, "siaCode");
                var key = code.Value;
                return await Joins.ReadOneAsync(c, c.Db().SiaEntries.Where(e => e.Code == key))
                    ?? throw CatalogErrors.Missing($"The SIA mirror has no entry {code}.");
            });

        query.Field<NonNullGraphType<ConnectionType<SiaEntryType>>>("siaEntries")
            .Description("SIA entries, sorted by code, filtered as the arguments say.")
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "responsibleN1", Description = "Only entries whose top responsible organism is this DIR3 code (e.g. a town council)." },
                new QueryArgument<BooleanGraphType> { Name = "includeWithdrawn", Description = "Include withdrawn and gone entries (default false).", DefaultValue = false },
                ChangeFeed.ChangeFeedQueries.UpdatedSinceArgument("entries")))
            .ResolveAsync(async c =>
            {
                var entries = c.Db().SiaEntries.AsQueryable();
                if (ChangeFeed.ChangeFeedQueries.UpdatedSince(c) is { } since)
                {
                    entries = entries.Where(e => e.LastChangedAt >= since);
                }
                if (c.GetArgument<string?>("responsibleN1") is { } owner)
                {
                    var code = ParseDir3(owner, "responsibleN1").Value;
                    entries = entries.Where(e => e.ResponsibleN1 == code);
                }

                if (!c.GetArgument("includeWithdrawn", false))
                {
                    entries = entries.Where(e => !e.IsWithdrawn && !e.IsGone);
                }

                return await Paging.PageAsync(c, entries, SiaOrder);
            });
    }

    private static Dir3Code ParseDir3(string? text, string argument)
        => Dir3Code.TryParse(text?.Trim(), out var code, out var error) ? code : throw CatalogErrors.BadInput(error, argument);

    // Walks down level by level (one query per level) instead of a recursive CTE, which each provider writes
    // differently; DIR3 trees are shallow, so the number of queries stays small.
    private static async Task<List<string>> SubtreeAsync(IResolveFieldContext context, string root)
    {
        var db = context.Db();
        var found = new HashSet<string>(StringComparer.Ordinal) { root };
        var frontier = new List<string> { root };
        while (frontier.Count > 0)
        {
            var level = frontier;
            var children = await db.Units.Where(u => u.ParentCode != null && level.Contains(u.ParentCode)).Select(u => u.Code).ToListAsync(context.CancellationToken);
            frontier = children.Where(found.Add).ToList();
            if (found.Count > MaxSubtreeUnits + 1)
            {
                throw CatalogErrors.BadInput($"The subtree under {root} has more than {MaxSubtreeUnits} units; use `under` with a unit lower in the hierarchy, or `parent`.", "under");
            }
        }

        found.Remove(root);
        return found.ToList();
    }
}
