namespace Catalog.Domain.Language;

/// <summary>
/// A text as a set of terms to compare Spanish names by: folded (case and accents do not count), split on anything not
/// a letter or digit, stop words left out, each word stemmed (<see cref="SpanishStemmer"/>), and a term for each
/// synonym group the text names (<see cref="MunicipalSynonyms"/>).
/// </summary>
public static class SpanishTerms
{
    /// <summary>
    /// The stemmed words of a text, in order, stop words left out; with <paramref name="keepCommonWords"/>, only the
    /// grammatical ones (<see cref="SpanishStopWords.IsGrammatical"/>), so <c>solicitud</c> or <c>trámite</c> stay.
    /// </summary>
    public static IEnumerable<string> Words(string? text, bool keepCommonWords = false) => FoldedWords(text, keepCommonWords).Select(w => w.Stem);

    /// <summary>The text's terms (see <see cref="Analyse"/>), as a set.</summary>
    public static HashSet<string> Of(string? text) => new(Analyse(text).Keys, StringComparer.Ordinal);

    /// <summary>
    /// The text's terms, each with the words of the text that give it: its stemmed words, except those a synonym phrase
    /// covers, which give that phrase's group term instead (<see cref="MunicipalSynonyms.TermOf"/>), so
    /// <c>empadronamiento</c> and <c>padrón</c> give one term and nothing else.
    /// </summary>
    public static Dictionary<string, string> Analyse(string? text) => Analyse(FoldedWords(text).ToList());

    /// <summary><see cref="Analyse(string?)"/> of words already folded and stemmed (stop words left out).</summary>
    internal static Dictionary<string, string> Analyse(List<(string Folded, string Stem)> words)
    {
        var stems = words.Select(w => w.Stem).ToList();
        // The synonym group that took each word, or -1.
        var covered = Enumerable.Repeat(-1, words.Count).ToArray();
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<(int Group, int Phrase, int At, int Length)>();
        for (var at = 0; at < stems.Count; at++)
        {
            // Only the phrases that start with this word can start here.
            if (!MunicipalSynonyms.PhrasesByFirstWord.TryGetValue(stems[at], out var phrases))
            {
                continue;
            }

            foreach (var (group, index, phrase) in phrases)
            {
                if (StartsAt(stems, phrase, at))
                {
                    found.Add((group, index, at, phrase.Length));
                }
            }
        }

        // The longest phrase wins its words: "impuesto sobre bienes inmuebles" is the IBI, not also "impuestos"; phrases
        // of one group may overlap ("licencia de obra" and "obra mayor" in "licencia de obra mayor").
        foreach (var (group, _, at, length) in found.OrderByDescending(f => f.Length).ThenBy(f => f.At).ThenBy(f => f.Group).ThenBy(f => f.Phrase))
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

    internal static IEnumerable<(string Folded, string Stem)> FoldedWords(string? text, bool keepCommonWords = false)
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
                if (keepCommonWords ? !SpanishStopWords.IsGrammatical(word) : !SpanishStopWords.Contains(word))
                {
                    yield return (word, SpanishStemmer.Stem(word));
                }
            }
        }
    }

    private static bool StartsAt(List<string> words, string[] phrase, int at)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[at + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }
}
