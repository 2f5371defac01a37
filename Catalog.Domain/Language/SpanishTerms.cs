namespace Catalog.Domain.Language;

/// <summary>
/// A text as a set of terms to compare Spanish names by: folded (case and accents do not count), split on anything not
/// a letter or digit, stop words left out, each word stemmed (<see cref="SpanishStemmer"/>), and a term for each
/// synonym group the text names (<see cref="MunicipalSynonyms"/>).
/// </summary>
public static class SpanishTerms
{
    /// <summary>The stemmed words of a text, in order, stop words left out.</summary>
    public static IEnumerable<string> Words(string? text) => FoldedWords(text).Select(w => w.Stem);

    /// <summary>The text's terms (see <see cref="Analyse"/>), as a set.</summary>
    public static HashSet<string> Of(string? text) => new(Analyse(text).Keys, StringComparer.Ordinal);

    /// <summary>
    /// The text's terms, each with the words of the text that give it: its stemmed words, except those a synonym phrase
    /// covers, which give that phrase's group term instead (<see cref="MunicipalSynonyms.TermOf"/>), so
    /// <c>empadronamiento</c> and <c>padrón</c> give one term and nothing else.
    /// </summary>
    public static Dictionary<string, string> Analyse(string? text)
    {
        var words = FoldedWords(text).ToList();
        var stems = words.Select(w => w.Stem).ToList();
        // The synonym group that took each word, or -1.
        var covered = Enumerable.Repeat(-1, words.Count).ToArray();
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = MunicipalSynonyms.StemmedGroups;
        var found = new List<(int Group, int At, int Length)>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var phrase in groups[g])
            {
                for (var at = Find(stems, phrase, 0); at >= 0; at = Find(stems, phrase, at + 1))
                {
                    found.Add((g, at, phrase.Length));
                }
            }
        }

        // The longest phrase wins its words: "impuesto sobre bienes inmuebles" is the IBI, not also "impuestos"; phrases
        // of one group may overlap ("licencia de obra" and "obra mayor" in "licencia de obra mayor").
        foreach (var (group, at, length) in found.OrderByDescending(f => f.Length).ThenBy(f => f.At))
        {
            if (Enumerable.Range(at, length).Any(i => covered[i] >= 0 && covered[i] != group))
            {
                continue;
            }

            var term = MunicipalSynonyms.TermOf(group);
            var said = string.Join(' ', words.Skip(at).Take(length).Select(w => w.Folded));
            terms[term] = terms.TryGetValue(term, out var before) && before != said ? $"{before}, {said}" : said;
            for (var i = at; i < at + length; i++)
            {
                covered[i] = group;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i] < 0)
            {
                terms.TryAdd(stems[i], words[i].Folded);
            }
        }

        return terms;
    }

    private static IEnumerable<(string Folded, string Stem)> FoldedWords(string? text)
    {
        var folded = Text.Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                start = -1;
                if (!SpanishStopWords.Contains(word))
                {
                    yield return (word, SpanishStemmer.Stem(word));
                }
            }
        }
    }

    private static int Find(List<string> words, string[] phrase, int from)
    {
        for (var i = from; i + phrase.Length <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = words[i + j] == phrase[j];
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}
