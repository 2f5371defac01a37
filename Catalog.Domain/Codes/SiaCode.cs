using System.Diagnostics.CodeAnalysis;

namespace Catalog.Domain.Codes;

/// <summary>
/// A SIA code (<c>CODIGOACTUACION</c>): the national inventory's identifier of a procedure or service. Numeric text,
/// 6 or 7 digits in practice; kept as text so leading zeros survive. Accepted: 1 to 10 digits.
/// </summary>
public readonly record struct SiaCode
{
    public const int MaxLength = 10;

    private SiaCode(string value) => Value = value;

    public string Value { get; }

    public static SiaCode Parse(string? text)
        => TryParse(text, out var code, out var error) ? code : throw new InvalidCodeException(error, "siaCode");

    public static bool TryParse(string? text, out SiaCode code) => TryParse(text, out code, out _);

    public static bool TryParse(string? text, out SiaCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A SIA code is required: the digits of the procedure's code in SIA (e.g. 2094606).";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"SIA code '{text}' has {text.Length} characters; SIA codes have at most {MaxLength} digits.";
            return false;
        }

        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                error = $"SIA code '{text}' must contain digits only; '{ch}' is not a digit.";
                return false;
            }
        }

        code = new SiaCode(text);
        error = null;
        return true;
    }

    public override string ToString() => Value ?? string.Empty;
}
