using Catalog.Api.GraphQL;
using Catalog.Db.Search;
using Catalog.Domain.Codes;
using Catalog.Domain.Language;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Search;

/// <summary>
/// <c>search</c>: one ranked list of the municipalities, reference procedures and city procedures a person's words
/// name. The database's full-text engine finds the candidates (<see cref="SearchMatches"/>); they are scored here
/// (<see cref="SearchRanking"/>) so the order is the same on every provider.
/// </summary>
public static class SearchQueries
{
    /// <summary>The name the cursor of a result is encoded with (its position in the ranking).</summary>
    internal const string CursorType = "SearchResult";

    /// <summary>
    /// How far down the ranking a client can page, and how many of each kind's best matches (by the engine's rank) are
    /// scored; a person narrows the words long before.
    /// </summary>
    internal const int Deepest = 200;

    private const int LongestText = 200;

    /// <summary>Adds <c>search</c> to the root query type.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<SearchResultType>>>("search")
            .Description($"Municipalities, reference procedures and city procedures whose names, descriptions, family or codes (SIA, INE, DIR3, local id) hold every word of `text`, best first. Spanish-aware: case and accents do not count, nor do words such as `de`; `obras mayores` finds \"Licencia de obra mayor\", `empadronamiento` finds \"Alta en el padrón\", and a word finds longer ones it starts (`villa` → \"Villanueva\"). Page with `after` through the first {Deepest:N0} results.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What the person typed (at most {LongestText} characters).")
            .Argument<StringGraphType>("municipality", "Only this city's procedures (INE code or council DIR3 code): a city portal's own search.")
            .Argument<IntGraphType>("first", "At most this many results (at most the configured maximum page size, 100 by default).")
            .Argument<StringGraphType>("after", "Results after this cursor (a `pageInfo.endCursor` or an edge's `cursor`).")
            .ResolveAsync(async c => await SearchAsync(c));
    }

    private static async Task<Connection<SearchResult>> SearchAsync(IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var text = context.GetArgument<string>("text").Trim();
        if (text.Length > LongestText)
        {
            throw CatalogErrors.BadInput($"`text` is {text.Length} characters long; search with at most {LongestText}.", "text");
        }

        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw CatalogErrors.BadInput($"`first` must be between 0 and {options.MaxPageSize}; {first} was given. Page through more results with `after`.", "first");
        }

        var offset = context.GetArgument<string?>("after") is { } cursor ? (int)Math.Min(GlobalId.DecodeNumeric(cursor, CursorType, "after"), Deepest) : 0;
        var municipality = context.GetArgument<string?>("municipality") is { } code ? MunicipalityCode.Parse(code, "municipality").Value : null;
        var query = SearchText.Parse(text);
        var db = context.Db();
        // Every page ranks the same candidates (the engine's best of each kind), so pages follow on from each other.
        const int window = Deepest + 1;
        var ranked = new List<SearchResult>();
        var total = 0;
        SearchKind[] kinds = municipality is null ? [SearchKind.Municipality, SearchKind.ReferenceProcedure, SearchKind.CityProcedure] : [SearchKind.CityProcedure];
        foreach (var kind in kinds)
        {
            var (matches, count) = await SearchMatches.FindAsync(db, kind, query, municipality, window, context.CancellationToken);
            total += count;
            ranked.AddRange(matches.Select(m =>
            {
                var (score, matched) = SearchRanking.Score(query, m.Name, m.Indexed);
                return new SearchResult(m, score, matched);
            }));
        }

        ranked.Sort(SearchResult.Ranking);
        var page = ranked.Skip(offset).Take(first).ToList();
        var connection = new Connection<SearchResult>
        {
            TotalCount = total,
            Edges = page.Select((r, i) => new Edge<SearchResult> { Node = r, Cursor = GlobalId.Encode(CursorType, offset + i + 1) }).ToList(),
            PageInfo = new PageInfo { HasNextPage = ranked.Count > offset + first && offset + first < Deepest, HasPreviousPage = offset > 0 },
        };
        connection.PageInfo.StartCursor = connection.Edges.FirstOrDefault()?.Cursor;
        connection.PageInfo.EndCursor = connection.Edges.LastOrDefault()?.Cursor;
        return connection;
    }
}

/// <summary>One search result: what was found, its score and the words that matched.</summary>
public sealed record SearchResult(SearchMatch Match, double Score, IReadOnlyList<string> Matched)
{
    /// <summary>Best first; equal scores put municipalities, then reference procedures, then city procedures, then by name.</summary>
    public static int Ranking(SearchResult? a, SearchResult? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = b.Score.CompareTo(a.Score);
        order = order != 0 ? order : a.Match.Kind.CompareTo(b.Match.Kind);
        order = order != 0 ? order : string.CompareOrdinal(Domain.Text.Fold(a.Match.Name), Domain.Text.Fold(b.Match.Name));
        return order != 0 ? order : string.CompareOrdinal(a.Match.Key, b.Match.Key);
    }
}

/// <summary>GraphQL type of a search result.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchResult>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "Something a search found: a municipality, a reference procedure or a city procedure.";
        Field<NonNullGraphType<SearchResultKindType>>("kind").Description("What it is.").Resolve(c => c.Source.Match.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name: the municipality's, the reference procedure's, or the city procedure's local name.")
            .Resolve(c => c.Source.Match.Name);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("How well it answers the words, from 0 to 1: a word of its name counts more than one of its description or codes, and a name the words cover fully more than a longer one.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matched")
            .Description("The words of the search that matched it (folded: lower case, no accents).").Resolve(c => c.Source.Matched);
        Field<NonNullGraphType<NodeInterface>>("node")
            .Description("The object itself: a `Municipality`, `ReferenceProcedure` or `CityProcedure`.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var match = c.Source.Match;
                return match.Kind switch
                {
                    SearchKind.Municipality => loaders.Municipalities.Load(match.Key),
                    SearchKind.ReferenceProcedure => loaders.ReferenceProcedures.Load(SearchMatches.IdOf(match)),
                    _ => (object)loaders.CityProcedures.Load(SearchMatches.IdOf(match)),
                };
            });
    }
}

/// <summary>GraphQL enum of <see cref="SearchKind"/>.</summary>
public sealed class SearchResultKindType : DescribedEnumType<SearchKind>
{
    public SearchResultKindType() : base("SearchResultKind", "What a search result is.", new Dictionary<SearchKind, string>
    {
        [SearchKind.Municipality] = "A municipality.",
        [SearchKind.ReferenceProcedure] = "A procedure of the reference catalog.",
        [SearchKind.CityProcedure] = "A procedure of a city's catalog.",
    })
    {
    }
}
