namespace Catalog.Domain.Municipalities;

/// <summary>
/// Place names as INE writes them and as people write them. INE moves a leading article behind the name, after a
/// comma (<c>Coruña, A</c>, <c>Palmas de Gran Canaria, Las</c>, <c>Hospitalet de Llobregat, L'</c>), so that its lists
/// sort by the name itself. A bilingual official name joins its two forms with a slash and inverts each form on its own
/// (<c>Pinós, el/Pinoso</c>); it stays one name, with both forms in it.
/// </summary>
public static class PlaceName
{
    // The articles INE inverts: Spanish (El, La, Los, Las), Catalan and Valencian (L', Els, Les, Lo), Balearic
    // (Es, Sa, Ses, So), Galician (O, A, Os, As). Basque has no leading article; a comma before anything else is part
    // of the name (Saus, Camallera i Llampaies).
    private static readonly string[] Articles = ["El", "La", "Los", "Las", "L'", "Lo", "Els", "Les", "Es", "Sa", "Ses", "So", "O", "A", "Os", "As"];

    /// <summary>
    /// The name in natural order, as people write it: <c>Coruña, A</c> → <c>A Coruña</c>, <c>Hospitalet de
    /// Llobregat, L'</c> → <c>L'Hospitalet de Llobregat</c>, <c>Pinós, el/Pinoso</c> → <c>El Pinós/Pinoso</c>. The
    /// article opens the name, so it takes a capital; a name INE does not invert is returned as it is.
    /// </summary>
    public static string NaturalOrder(string official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return string.Join('/', official.Split('/').Select(ArticleFirst));
    }

    /// <summary>
    /// The form names are searched and sorted by: case, accents and runs of spaces do not count, and a typographic
    /// apostrophe (’) is the plain one (<c>L’Hospitalet</c> finds <c>L'Hospitalet</c>). The stored search names and the
    /// text searched for are both made with this, so every database compares them the same way.
    /// </summary>
    public static string SearchKey(string? text) => Text.Fold(text).Replace('\u2019', '\'');

    private static string ArticleFirst(string form)
    {
        var comma = form.LastIndexOf(',');
        if (comma < 0)
        {
            return form;
        }

        var trailing = form[(comma + 1)..].Trim().Replace('\u2019', '\'');
        var article = Array.Find(Articles, a => string.Equals(a, trailing, StringComparison.OrdinalIgnoreCase));
        if (article is null)
        {
            return form;
        }

        var name = form[..comma].Trim();
        return article.EndsWith('\'') ? article + name : $"{article} {name}";
    }
}
