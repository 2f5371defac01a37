namespace Catalog.Domain.Language;

/// <summary>
/// Folded Spanish words that say nothing about which procedure a name means: articles, prepositions, conjunctions and
/// the words nearly every municipal procedure name carries (<c>solicitud</c>, <c>tramite</c>, <c>municipal</c>).
/// </summary>
public static class SpanishStopWords
{
    private static readonly HashSet<string> Grammatical = new(StringComparer.Ordinal)
    {
        "a", "al", "ante", "con", "contra", "de", "del", "desde", "durante", "e", "el", "en", "entre", "hacia", "hasta", "la", "las", "lo",
        "los", "mediante", "o", "para", "por", "segun", "sin", "so", "sobre", "tras", "u", "un", "una", "unas", "unos", "y", "su", "sus",
        "que", "se", "como", "otro", "otros", "otra", "otras", "cual", "cuales", "cada", "etc", "n", "no", "nº", "num",
    };

    // Words of municipal procedure names that tell no procedure from another.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "solicitud", "solicitudes", "tramite", "tramites", "procedimiento", "procedimientos", "municipal", "municipales",
        "ayuntamiento", "expediente", "servicio", "servicios",
    };

    /// <summary>True for a folded word to leave out.</summary>
    public static bool Contains(string word) => Grammatical.Contains(word) || Common.Contains(word);

    /// <summary>
    /// True for a folded word that only serves the grammar (articles, prepositions, conjunctions): left out even where
    /// the common words of procedure names are kept (a search index, where <c>trámite</c> alone must find something).
    /// </summary>
    public static bool IsGrammatical(string word) => Grammatical.Contains(word);
}
