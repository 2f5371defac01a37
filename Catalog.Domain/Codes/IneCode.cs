using System.Diagnostics.CodeAnalysis;

namespace Catalog.Domain.Codes;

/// <summary>
/// A municipality's INE code: two digits of province and three of municipality (<c>28079</c> Madrid), with INE's
/// check digit (<c>6</c>). Accepts the five-digit code (the check digit is computed) or the six-digit code with its
/// check digit (which must match).
/// </summary>
public readonly record struct IneCode
{
    // INE's weights for the check digit of P1 P2 M1 M2 M3: C for P1 and M2, B for P2 and M3, identity for M1.
    private static readonly int[] B = [0, 3, 8, 2, 7, 4, 1, 5, 9, 6];
    private static readonly int[] C = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

    private IneCode(string value, int checkDigit)
    {
        Value = value;
        CheckDigit = checkDigit;
    }

    /// <summary>The five digits, province then municipality (<c>28079</c>).</summary>
    public string Value { get; }

    /// <summary>INE's check digit for <see cref="Value"/>.</summary>
    public int CheckDigit { get; }

    /// <summary>The two-digit province code.</summary>
    public string ProvinceCode => Value[..2];

    /// <summary>The six digits: code and check digit (<c>280796</c>).</summary>
    public string WithCheckDigit => Value + (char)('0' + CheckDigit);

    public static IneCode Parse(string? text)
        => TryParse(text, out var code, out var error) ? code : throw new InvalidCodeException(error, "ineCode");

    public static bool TryParse(string? text, out IneCode code) => TryParse(text, out code, out _);

    public static bool TryParse(string? text, out IneCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "An INE code is required: five digits (province and municipality), optionally followed by its check digit.";
            return false;
        }

        if (text.Length is not (5 or 6))
        {
            error = $"INE code '{text}' has {text.Length} characters; it must have 5 digits, or 6 with the check digit.";
            return false;
        }

        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                error = $"INE code '{text}' must contain digits only; '{ch}' is not a digit.";
                return false;
            }
        }

        var value = text[..5];
        if (value.StartsWith("00", StringComparison.Ordinal) || int.Parse(value[..2], System.Globalization.CultureInfo.InvariantCulture) > 52)
        {
            error = $"INE code '{text}' has province '{value[..2]}'; Spanish province codes run from 01 to 52.";
            return false;
        }

        var digit = ComputeCheckDigit(value);
        if (text.Length == 6 && text[5] - '0' != digit)
        {
            error = $"INE code '{text}' has check digit {text[5]}, but the check digit of {value} is {digit}.";
            return false;
        }

        code = new IneCode(value, digit);
        error = null;
        return true;
    }

    /// <summary>INE's check digit of a five-digit municipality code.</summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> fiveDigits)
    {
        if (fiveDigits.Length != 5)
        {
            throw new ArgumentException("Exactly five digits are needed.", nameof(fiveDigits));
        }

        var sum = C[fiveDigits[0] - '0'] + B[fiveDigits[1] - '0'] + (fiveDigits[2] - '0') + C[fiveDigits[3] - '0'] + B[fiveDigits[4] - '0'];
        return (10 - (sum % 10)) % 10;
    }

    public override string ToString() => Value ?? string.Empty;
}
