using System.Text;

namespace Catalog.Domain.Language;

/// <summary>
/// What the full-text index of a searchable object holds, and how a person's query is read against it. Both sides go
/// through <see cref="SpanishTerms"/>: folded (case and accents do not count), stop words left out, words stemmed, and
/// a token for each synonym group a text names, so <c>obras mayores</c> finds "Licencia de obra mayor" and
/// <c>empadronamiento</c> finds "Alta en el padrón". The database's own full-text engine (SQLite FTS5, PostgreSQL
/// <c>tsvector</c>, SQL Server full-text search) indexes this text; the analysis is done here once, so every provider
/// finds the same objects.
/// </summary>
public static class SearchText
{
    /// <summary>The token of a synonym group: letters and digits only, so every full-text tokenizer keeps it whole.</summary>
    private const string GroupPrefix = "zsyn";

    /// <summary>The token that scopes a city procedure to its municipality (<c>zm28006</c>).</summary>
    private const string MunicipalityPrefix = "zm";

    /// <summary>Query words shorter than this are matched whole, not as the start of a longer word.</summary>
    private const int MinimumPrefix = 3;

    /// <summary>
    /// The indexed text of an object: the stems of its <paramref name="texts"/> (names, descriptions, family), the
    /// tokens of the synonym groups they name (unless <paramref name="synonyms"/> is false: a place called Padrón is
    /// not about the census), and its <paramref name="codes"/> as written (SIA, INE, DIR3, local id).
    /// </summary>
    public static string Of(IEnumerable<string?> texts, IEnumerable<string?> codes, string? municipalityIneCode = null, bool synonyms = true)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(codes);
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string token)
        {
            if (token.Length > 0 && seen.Add(token))
            {
                tokens.Add(token);
            }
        }

        foreach (var text in texts)
        {
            // Every word but the grammar's: a query of only common words (`trámite`) finds them. Synonym groups are
            // read as the matcher reads them, without the common words, so "licencia municipal de obra" still names one.
            var words = SpanishTerms.FoldedWords(text, keepCommonWords: true).ToList();
            foreach (var (_, stem) in words)
            {
                Add(stem);
            }

            if (synonyms)
            {
                foreach (var term in SpanishTerms.Analyse(words.Where(w => !SpanishStopWords.Contains(w.Folded)).ToList()).Keys.Where(IsGroupTerm))
                {
                    Add(GroupToken(term));
                }
            }
        }

        foreach (var code in codes)
        {
            foreach (var part in Tokens(Text.Fold(code)))
            {
                Add(part);
            }
        }

        if (municipalityIneCode is not null)
        {
            Add(MunicipalityToken(municipalityIneCode));
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The token <see cref="Of"/> adds for a city procedure's municipality, to scope a search to one city.</summary>
    public static string MunicipalityToken(string ineCode) => MunicipalityPrefix + ineCode;

    /// <summary>
    /// A person's query as terms the index is asked for, all of which must match: each word's stem, matched as the
    /// start of an indexed word (<c>villa</c> finds "Villanueva", <c>licen</c> "licencia"); where the query names a
    /// synonym group, that group's token or the words as typed. Empty when the query has nothing to look for (only
    /// grammatical words).
    /// </summary>
    public static SearchQuery Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        foreach (var (term, said) in SpanishTerms.Analyse(query))
        {
            // A group's "said" lists each phrase of the query that named it; its own words are those of the first.
            terms.Add(IsGroupTerm(term)
                ? new SearchTerm(GroupToken(term), Prefix: false, said, [.. SpanishTerms.Words(said.Split(", ")[0])])
                : new SearchTerm(term, Prefix: term.Length >= MinimumPrefix, said, [term]));
        }

        if (terms.Count == 0)
        {
            // Only words nearly every procedure name carries (`trámite`, `solicitud municipal`): look for those, rather
            // than answer nothing.
            terms.AddRange(SpanishTerms.FoldedWords(query, keepCommonWords: true).DistinctBy(w => w.Stem, StringComparer.Ordinal)
                .Select(w => new SearchTerm(w.Stem, Prefix: w.Stem.Length >= MinimumPrefix, w.Folded, [w.Stem])));
        }

        return new SearchQuery(Text.Fold(query).Trim(), terms);
    }

    /// <summary>The tokens of an indexed text (or of a name analysed like one).</summary>
    public static IReadOnlyList<string> Tokens(string? indexed)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(indexed))
        {
            return tokens;
        }

        var word = new StringBuilder();
        foreach (var c in indexed.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        return tokens;
    }

    private static bool IsGroupTerm(string term) => term.StartsWith('§');

    private static string GroupToken(string term) => GroupPrefix + term[1..];
}

/// <summary>
/// One term of a query: the token looked for and whether indexed words that start with it count; for a synonym group,
/// the stems of the words typed (<paramref name="Words"/>), which match too when all are there (each as a prefix); the
/// query's words it stands for (<paramref name="Said"/>).
/// </summary>
public sealed record SearchTerm(string Token, bool Prefix, string Said, IReadOnlyList<string> Words)
{
    /// <summary>Whether this is a synonym group's term (matched by its token or by its words).</summary>
    public bool IsGroup => Words.Count != 1 || Words[0] != Token;

    /// <summary>
    /// How the term meets a set of tokens: <c>Exact</c> when its words are there whole, <c>Partial</c> when only as the
    /// start of longer ones or through the synonym group, and the tokens that answered it.
    /// </summary>
    public (bool Exact, bool Partial, IReadOnlyList<string> By) Meet(IReadOnlyCollection<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var exact = Words.Count > 0 && Words.All(tokens.Contains);
        var by = Words.Select(w => tokens.FirstOrDefault(t => t.StartsWith(w, StringComparison.Ordinal))).ToList();
        var byWords = by.All(t => t is not null) && by.Count > 0;
        var byGroup = IsGroup && tokens.Contains(Token);
        var answered = (byWords ? by.OfType<string>() : []).Concat(byGroup ? [Token] : []).ToList();
        return (exact, byWords || byGroup, answered);
    }
}

/// <summary>A query read by <see cref="SearchText.Parse"/>: the folded text as typed and the terms that must all match.</summary>
public sealed record SearchQuery(string Folded, IReadOnlyList<SearchTerm> Terms)
{
    /// <summary>Whether there is anything to look for.</summary>
    public bool IsEmpty => Terms.Count == 0;
}
