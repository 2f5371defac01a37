namespace Catalog.Domain.Language;

/// <summary>One candidate a name matched: the candidate, a score from 0 to 1, and the words of the name that matched.</summary>
public sealed record NameMatch<T>(T Candidate, double Score, IReadOnlyList<string> MatchedWords);

/// <summary>
/// Finds, for a procedure name as a council writes it, the candidates (reference procedures, SIA entries) whose names
/// mean the same: both are read as <see cref="SpanishTerms"/> (accents, case, stop words, stems, synonyms), and the
/// score is the share of both names' weight that the shared terms carry (a weighted Dice coefficient), each term
/// weighted by how rare it is among the candidates, so <c>licencia</c> counts less than <c>vado</c>. A description
/// the caller gives adds what it shares with a candidate at a lower weight, never past 1.
/// </summary>
public sealed class NameMatcher<T>
{
    /// <summary>How much a term shared only through the description counts, against one of the name.</summary>
    private const double DescriptionWeight = 0.35;

    private readonly List<(T Candidate, Dictionary<string, string> Terms, double Weight)> _candidates = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private double _unknownWeight = 1;

    /// <summary>Builds the matcher over <paramref name="candidates"/>, each read from the text <paramref name="textOf"/> gives.</summary>
    public NameMatcher(IEnumerable<T> candidates, Func<T, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(textOf);
        var analysed = candidates.Select(c => (Candidate: c, Terms: SpanishTerms.Analyse(textOf(c)))).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, terms) in analysed)
        {
            foreach (var term in terms.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        // Inverse document frequency, smoothed so a term every candidate has still weighs something.
        var count = Math.Max(1, analysed.Count);
        foreach (var (term, frequency) in documentFrequency)
        {
            _weights[term] = Math.Log(1 + (count / (double)frequency));
        }

        _unknownWeight = Math.Log(1 + count);
        for (var i = 0; i < analysed.Count; i++)
        {
            var (candidate, terms) = analysed[i];
            _candidates.Add((candidate, terms, terms.Keys.Sum(WeightOf)));
            foreach (var term in terms.Keys)
            {
                (_postings.TryGetValue(term, out var list) ? list : _postings[term] = []).Add(i);
            }
        }
    }

    /// <summary>The best <paramref name="first"/> candidates for <paramref name="name"/>, best first; candidates sharing no term are left out.</summary>
    /// <param name="description">What the procedure is (its description, its family), when the caller knows it.</param>
    public IReadOnlyList<NameMatch<T>> Match(string name, string? description = null, int first = 3)
    {
        var nameTerms = SpanishTerms.Analyse(name);
        var descriptionTerms = SpanishTerms.Analyse(description);
        foreach (var term in nameTerms.Keys)
        {
            descriptionTerms.Remove(term);
        }

        var nameWeight = nameTerms.Keys.Sum(WeightOf);
        var touched = new HashSet<int>();
        foreach (var term in nameTerms.Keys.Concat(descriptionTerms.Keys))
        {
            if (_postings.TryGetValue(term, out var list))
            {
                touched.UnionWith(list);
            }
        }

        var matches = new List<NameMatch<T>>(touched.Count);
        foreach (var index in touched)
        {
            var (candidate, terms, weight) = _candidates[index];
            var shared = nameTerms.Where(t => terms.ContainsKey(t.Key)).ToList();
            var sharedWeight = shared.Sum(t => WeightOf(t.Key));
            var described = descriptionTerms.Where(t => terms.ContainsKey(t.Key)).ToList();
            var describedWeight = described.Sum(t => WeightOf(t.Key)) * DescriptionWeight;
            var total = nameWeight + weight;
            if (total <= 0 || (sharedWeight <= 0 && describedWeight <= 0))
            {
                continue;
            }

            var score = Math.Min(1, ((2 * sharedWeight) + describedWeight) / total);
            var words = shared.Concat(described).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
            matches.Add(new NameMatch<T>(candidate, Math.Round(score, 3), words));
        }

        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.MatchedWords.Count).Take(Math.Max(0, first)).ToList();
    }

    private double WeightOf(string term) => _weights.TryGetValue(term, out var weight) ? weight : _unknownWeight;
}
