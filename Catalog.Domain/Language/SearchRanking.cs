namespace Catalog.Domain.Language;

/// <summary>
/// How well an object the full-text engine found answers a query, from 0 to 1, computed the same way whatever the
/// database: each query term counts 1 when its words are whole words of the object's name, 0.85 when they start words of
/// it or the name says the same through a synonym, 0.6 and 0.5 for the same in the rest of its text (description,
/// family, codes); a query that is only codes, typed whole, scores 1; the mean, times
/// 0.8 + 0.2 × the share of the name's words the query covers, so "Málaga" ranks the municipality Málaga above a
/// municipality of the province of Málaga, and a short name that says just what was asked above a long one.
/// </summary>
public static class SearchRanking
{
    /// <summary>The score of an object and the query's words that matched it, as the person typed them.</summary>
    public static (double Score, IReadOnlyList<string> Matched) Score(SearchQuery query, string name, string indexed)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return (0, []);
        }

        var title = SearchText.Tokens(SearchText.Of([name], [])).ToHashSet(StringComparer.Ordinal);
        var rest = SearchText.Tokens(indexed).ToHashSet(StringComparer.Ordinal);
        var matched = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0.0;
        var codes = 0;
        foreach (var term in query.Terms)
        {
            var inTitle = term.Meet(title);
            var inRest = inTitle.Exact ? default : term.Meet(rest);
            covered.UnionWith(inTitle.By);
            var value = inTitle.Exact ? 1.0 : inTitle.Partial ? 0.85 : inRest.Exact ? 0.6 : inRest.Partial ? 0.5 : 0;
            if (!term.IsGroup && !inTitle.Partial && inRest.Exact && term.Token.Any(char.IsAsciiDigit))
            {
                // A code typed whole (SIA, INE, DIR3, local id) names this object and nothing else.
                codes++;
            }

            if (value > 0)
            {
                matched.Add(term.Said);
            }

            sum += value;
        }

        if (codes == query.Terms.Count)
        {
            return (1, matched);
        }

        var coverage = title.Count == 0 ? 0 : (double)covered.Count / title.Count;
        var score = sum / query.Terms.Count * (0.8 + 0.2 * coverage);
        return (Math.Round(score, 3), matched);
    }
}
