namespace Catalog.Domain.Language;

/// <summary>
/// Folded Spanish words that say nothing about which procedure a name means: articles, prepositions, conjunctions and
/// the words nearly every municipal procedure name carries (<c>solicitud</c>, <c>tramite</c>, <c>municipal</c>).
/// </summary>
public static class SpanishStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "al", "ante", "con", "contra", "de", "del", "desde", "durante", "e", "el", "en", "entre", "hacia", "hasta", "la", "las", "lo",
        "los", "mediante", "o", "para", "por", "segun", "sin", "so", "sobre", "tras", "u", "un", "una", "unas", "unos", "y", "su", "sus",
        "que", "se", "como", "otro", "otros", "otra", "otras", "cual", "cuales", "cada", "etc", "n", "no", "nº", "num",
        // Words of municipal procedure names that tell no procedure from another.
        "solicitud", "solicitudes", "tramite", "tramites", "procedimiento", "procedimientos", "municipal", "municipales",
        "ayuntamiento", "expediente", "servicio", "servicios",
    };

    /// <summary>True for a folded word to leave out.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
