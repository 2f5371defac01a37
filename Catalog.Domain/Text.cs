using System.Globalization;
using System.Text;

namespace Catalog.Domain;

/// <summary>Text normalisation shared by search and comparison: case, accents and spacing do not count.</summary>
public static class Text
{
    /// <summary>
    /// Lower case, accents removed (á → a, ñ → n, ç → c), runs of white space folded to one space, trimmed.
    /// Used for accent-insensitive search and for telling cosmetic differences from real ones.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }
}
