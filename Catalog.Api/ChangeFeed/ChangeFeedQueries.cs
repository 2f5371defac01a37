using Catalog.Api.GraphQL;
using Catalog.Db.ChangeFeed;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.ChangeFeed;

/// <summary>The change feed's root field, <c>catalogChanges</c>, and the <c>updatedSince</c> filter of the list fields.</summary>
public static class ChangeFeedQueries
{
    /// <summary>The name the cursor of a feed entry is encoded with (an opaque token to clients).</summary>
    internal const string CursorType = "CatalogChange";

    /// <summary>Adds <c>catalogChanges</c> to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<CatalogChangeType>>>("catalogChanges")
            .Description("Every change that affects what a city platform shows, in the order changes became visible: city procedures created, updated, mapped or withdrawn, reference procedures created, revised or retired, and DIR3 units or SIA entries that city procedures point to changed or gone in a sync run. Store `pageInfo.endCursor` and pass it as `after` later: you get exactly what you missed, nothing twice, across restarts. Names no staff member.")
            .Argument<StringGraphType>("municipality", "Only changes to this city's catalog (INE code or council DIR3 code), plus the reference catalog's changes, which affect every city.")
            .Argument<StringGraphType>("after", "Changes after this cursor (a `pageInfo.endCursor` or an edge's `cursor`); from the beginning when omitted.")
            .Argument<IntGraphType>("first", "At most this many changes (at most the configured maximum page size, 100 by default).")
            .ResolveAsync(async c => await PageAsync(c));
    }

    /// <summary>The optional <c>updatedSince</c> argument of a list field.</summary>
    public static QueryArgument UpdatedSinceArgument(string what) => new QueryArgument<DateTimeGraphType>
    {
        Name = "updatedSince",
        Description = $"Only {what} that changed at or after this time (ISO 8601; without an offset it is taken as UTC). For simple polling; `catalogChanges` tells what changed exactly once.",
    };

    /// <summary>The <c>updatedSince</c> argument of the field, as a UTC instant; null when not given.</summary>
    public static DateTimeOffset? UpdatedSince(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetArgument<DateTime?>("updatedSince") is { } since
            ? new DateTimeOffset(since.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(since, DateTimeKind.Utc) : since.ToUniversalTime())
            : null;
    }

    private static async Task<Connection<CatalogChange>> PageAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw CatalogErrors.BadInput($"`first` must be between 0 and {options.MaxPageSize}; {first} was given. Page through larger results with `after`.", "first");
        }

        var after = context.GetArgument<string?>("after") is { } cursor
            ? GlobalId.DecodeNumeric(cursor, CursorType, "after")
            : 0;
        var municipality = context.GetArgument<string?>("municipality") is { } text ? MunicipalityCode.Parse(text, "municipality").Value : null;

        // Entries committed since the last numbering get their positions now, so a platform sees a write at once.
        await ChangeFeedSequencer.SequenceAsync(db, context.CancellationToken);
        List<CatalogChange> rows;
        if (municipality is null)
        {
            rows = await ChangeFeedSequencer.After(db, after).Take(first + 1).ToListAsync(context.CancellationToken);
        }
        else
        {
            // The city's entries and the reference catalog's (no municipality), each read in order from its own range
            // of the (municipality, position) index and merged here: one query with OR made the database collect and
            // sort every later entry of a busy city (20–30 ms for 15,000 of them).
            var city = await ChangeFeedSequencer.After(db, after).Where(c => c.MunicipalityIneCode == municipality).Take(first + 1).ToListAsync(context.CancellationToken);
            var national = await ChangeFeedSequencer.After(db, after).Where(c => c.MunicipalityIneCode == null).Take(first + 1).ToListAsync(context.CancellationToken);
            rows = [.. city.Concat(national).OrderBy(c => c.Position).Take(first + 1)];
        }

        var more = rows.Count > first;
        var connection = new Connection<CatalogChange>
        {
            Edges = rows.Take(first).Select(r => new Edge<CatalogChange> { Node = r, Cursor = CursorOf(r) }).ToList(),
            PageInfo = new PageInfo { HasNextPage = more, HasPreviousPage = after > 0 },
        };
        connection.PageInfo.StartCursor = connection.Edges.FirstOrDefault()?.Cursor;
        // With no new change the cursor given stays the one to store.
        connection.PageInfo.EndCursor = connection.Edges.LastOrDefault()?.Cursor ?? context.GetArgument<string?>("after");
        return connection;
    }

    internal static string CursorOf(CatalogChange change) => GlobalId.Encode(CursorType, change.Position!.Value);
}

/// <summary>GraphQL type of one change-feed entry.</summary>
public sealed class CatalogChangeType : ObjectGraphType<CatalogChange>
{
    public CatalogChangeType()
    {
        Name = "CatalogChange";
        Description = "One change that affects what a city platform shows. Fetch the object again with `node(id: subjectId)`.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global ID of the object that changed (a CityProcedure, ReferenceProcedure, Unit or SiaEntry), for `node(id)`.")
            .Resolve(c => GlobalId.Encode(c.Source.SubjectType, c.Source.SubjectKey));
        Field<NonNullGraphType<StringGraphType>>("subjectType").Description("The GraphQL type of the object: `CityProcedure`, `ReferenceProcedure`, `Unit` or `SiaEntry`.")
            .Resolve(c => c.Source.SubjectType);
        Field<NonNullGraphType<CatalogChangeKindType>>("kind").Description("What happened to it.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The fields that changed, by their names in this schema (`localName`, `siaCode`, `responsibleUnit`…); empty for a creation and for registry changes.")
            .Resolve(c => c.Source.Fields);
        Field<StringGraphType>("municipality").Description("The INE code of the city whose catalog it affects; null for the reference catalog, which every city follows.")
            .Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the change was made.").Resolve(c => c.Source.At);
    }
}

/// <summary>GraphQL enum of <see cref="CatalogChangeKind"/>.</summary>
public sealed class CatalogChangeKindType : DescribedEnumType<CatalogChangeKind>
{
    public CatalogChangeKindType() : base("CatalogChangeKind", "What happened to the object of a change.", new Dictionary<CatalogChangeKind, string>
    {
        [CatalogChangeKind.Created] = "A city or reference procedure was created.",
        [CatalogChangeKind.Updated] = "A city procedure's fields changed.",
        [CatalogChangeKind.Mapped] = "A city procedure was mapped to or unmapped from a reference procedure, declared not offered, or confirmed a reference version.",
        [CatalogChangeKind.Withdrawn] = "A city procedure was withdrawn.",
        [CatalogChangeKind.Revised] = "A reference procedure got a new version.",
        [CatalogChangeKind.Retired] = "A reference procedure was retired.",
        [CatalogChangeKind.RegistryChanged] = "A DIR3 unit or SIA entry the city's procedures point to changed (or appeared) in the registry.",
        [CatalogChangeKind.RegistryGone] = "A DIR3 unit or SIA entry the city's procedures point to is gone from the registry.",
    })
    {
    }
}
