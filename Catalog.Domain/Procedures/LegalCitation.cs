using System.Text.RegularExpressions;

namespace Catalog.Domain.Procedures;

/// <summary>
/// Reads a legal reference as councils write it, one a line: <c>Ley 39/2015, de 1 de octubre, del Procedimiento…</c>,
/// <c>Ordenanza fiscal nº 12 reguladora de la tasa…</c>, <c>Real Decreto 1690/1986</c>. The line is kept whole as the
/// title; the rank and number are read from its start where it names them, so references can be compared and filtered.
/// </summary>
public static partial class LegalCitation
{
    /// <summary>Ranks of Spanish and EU norms, longest first so <c>Real Decreto Legislativo</c> wins over <c>Real Decreto</c>.</summary>
    private static readonly (string Name, Regex Pattern)[] Ranks =
    [
        .. new[]
        {
            ("Real Decreto Legislativo", @"real\s+decreto\s+legislativo"),
            ("Real Decreto-ley", @"real\s+decreto[\s-]+ley"),
            ("Real Decreto", @"real\s+decreto|r\.\s?d\."),
            ("Decreto Legislativo", @"decreto\s+legislativo"),
            ("Decreto-ley", @"decreto[\s-]+ley"),
            ("Decreto", @"decreto"),
            ("Ley Orgánica", @"ley\s+org[aá]nica|l\.\s?o\."),
            ("Ley", @"ley"),
            ("Ordenanza fiscal", @"ordenanza\s+fiscal"),
            ("Ordenanza", @"ordenanza"),
            ("Reglamento (UE)", @"reglamento\s+\((ue|ce)\)"),
            ("Reglamento", @"reglamento"),
            ("Directiva", @"directiva"),
            ("Orden", @"orden"),
            ("Resolución", @"resoluci[oó]n"),
            ("Instrucción", @"instrucci[oó]n"),
            ("Bando", @"bando"),
        }.Select(rank => (rank.Item1, new Regex(@"^(" + rank.Item2 + @")(?=[\s,.:;(]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))),
    ];

    /// <summary>Reads one line; the rank is null when the line names none this parser knows, the number when it gives none.</summary>
    public static LegalReference Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        foreach (var (name, pattern) in Ranks)
        {
            var rank = pattern.Match(text);
            if (!rank.Success)
            {
                continue;
            }

            var number = NumberAfterRank().Match(text, rank.Length);
            return new LegalReference(name, number.Success ? number.Groups["number"].Value.TrimEnd('.') : null, text);
        }

        return new LegalReference(null, null, text);
    }

    /// <summary>True when the reference is a line as written, which <see cref="Parse"/> reads back to the same reference.</summary>
    public static bool IsCitation(LegalReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Parse(reference.Title) == reference;
    }

    // After the rank and any qualifier words ("fiscal", "municipal", "(UE)"), "nº", "n.º", "núm." or "número", then a
    // token with a digit: 39/2015, 12, 2016/679.
    [GeneratedRegex(@"\G[\s,]*(?:(?:municipal|general|reguladora|fiscal)\s+)?(?:(?:n\.?\s?º|n[uú]m\.?|n[uú]mero|no\.)\s*)?(?<number>\d[\w./-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberAfterRank();
}
