namespace Catalog.Domain.Language;

/// <summary>
/// A light Spanish stemmer for folded words (lower case, no accents; see <see cref="Text.Fold"/>): it removes number
/// and gender (<c>licencias</c> → <c>licenci</c> = <c>licencia</c>; <c>urbanistica</c> = <c>urbanistico</c>) and a few
/// derivational endings municipal names vary on (<c>ocupacion</c>/<c>ocupaciones</c>, <c>domiciliaria</c>/<c>domicilio</c>),
/// and nothing more: a heavy stemmer (Snowball's) joins words a catalog keeps apart, such as <c>obra</c> and <c>obrero</c>.
/// </summary>
public static class SpanishStemmer
{
    /// <summary>Endings removed, longest first; each only when the stem left has at least four letters.</summary>
    private static readonly string[] Endings =
    [
        "aciones", "iciones", "amientos", "imientos", "amiento", "imiento", "ciones", "idades", "acion", "icion", "cion",
        "idad", "arias", "arios", "aria", "ario", "es", "os", "as", "s", "o", "a", "e",
    ];

    /// <summary>The stem of one folded word; words of three letters or fewer (and numbers) are kept as they are.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
