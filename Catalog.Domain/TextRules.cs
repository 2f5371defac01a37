namespace Catalog.Domain;

/// <summary>
/// What a stored text may contain. Names and descriptions end up in spreadsheets, XML and other people's screens: a
/// control character breaks an XLSX export (XML does not allow it) and a bidirectional override makes a text read
/// differently from what it holds (U+202E turns "fdp.exe" round), so both are refused where the text is set.
/// </summary>
public static class TextRules
{
    /// <summary>Refuses a one-line text (a name, an id) holding a control character or a bidirectional override.</summary>
    /// <returns>The text, unchanged.</returns>
    public static string? SingleLine(string? text, string field) => Check(text, field, allowLineBreaks: false);

    /// <summary>Refuses a multi-line text (a description, a reason) holding a control character other than a line break or tab, or a bidirectional override.</summary>
    /// <returns>The text, unchanged.</returns>
    public static string? MultiLine(string? text, string field) => Check(text, field, allowLineBreaks: true);

    /// <summary>The first character a text may not hold and why, or null when it may be stored.</summary>
    public static string? Problem(string? text, bool allowLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '\n' or '\r' or '\t' && allowLineBreaks)
            {
                continue;
            }

            if (char.IsControl(ch))
            {
                return $"holds the control character U+{(int)ch:X4} at position {i + 1}" + (allowLineBreaks ? " (only line breaks and tabs are allowed)" : " (it is one line of text)");
            }

            if (ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return $"holds the bidirectional control U+{(int)ch:X4} at position {i + 1}, which makes a text display differently from what it says";
            }

            if (char.IsSurrogate(ch) && !(char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return $"holds a lone surrogate at position {i + 1}";
            }

            if (ch is '\uFFFE' or '\uFFFF')
            {
                return $"holds the non-character U+{(int)ch:X4} at position {i + 1}";
            }
        }

        return null;
    }

    private static string? Check(string? text, string field, bool allowLineBreaks)
        => Problem(text, allowLineBreaks) is { } problem ? throw new DomainRuleException($"The {field} {problem}; remove it and try again.", field) : text;
}
