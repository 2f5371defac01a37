using System.Diagnostics.CodeAnalysis;

namespace Catalog.Domain.Codes;

/// <summary>
/// A municipality as users name it: its INE code (<c>28079</c>, or <c>280796</c> with the check digit) or its town
/// council's DIR3 code (<c>L01280796</c>). Every entry point that takes a municipality (GraphQL arguments, the export
/// endpoints, the import, the sync run, the command lines) reads it with this, so all of them accept the same forms
/// and refuse the same input with the same message.
/// </summary>
public static class MunicipalityCode
{
    /// <summary>What a missing municipality argument is told.</summary>
    public const string RequiredMessage
        = "A municipality is required: its INE code (28079, or 280796 with the check digit) or its town council's DIR3 code (L01280796).";

    /// <summary>The INE code <paramref name="text"/> stands for; an <see cref="InvalidCodeException"/> naming <paramref name="field"/> when it stands for none.</summary>
    public static IneCode Parse(string? text, string field = "municipality")
        => TryParse(text, out var code, out var error) ? code : throw new InvalidCodeException(error, field);

    public static bool TryParse(string? text, out IneCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = RequiredMessage;
            return false;
        }

        // A code has one meaning whatever its case: l01280796 is the council L01280796.
        var trimmed = text.Trim().ToUpperInvariant();
        if (!char.IsAsciiLetter(trimmed[0]))
        {
            return IneCode.TryParse(trimmed, out code, out error);
        }

        if (!Dir3Code.TryParse(trimmed, out var dir3, out error))
        {
            return false;
        }

        if (dir3.Municipality is not { } municipality)
        {
            error = $"DIR3 code '{trimmed}' is not a town council's (town councils have L01 codes, e.g. L01280796); give the council's code or the INE code.";
            return false;
        }

        code = municipality;
        return true;
    }

    /// <summary>What a well-formed code that no municipality of the catalog has is told.</summary>
    public static string UnknownMessage(IneCode code) => $"No municipality has INE code {code.Value}.";
}
