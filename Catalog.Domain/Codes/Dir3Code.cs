using System.Diagnostics.CodeAnalysis;

namespace Catalog.Domain.Codes;

/// <summary>What a DIR3 code identifies, told by its prefix.</summary>
public enum Dir3Kind
{
    /// <summary><c>E</c>: a unit of the General State Administration.</summary>
    State,
    /// <summary><c>EA</c>: a State body outside the Common Staff Register (RCP).</summary>
    StateOutsideRcp,
    /// <summary><c>A</c> + region code: a unit of an autonomous community.</summary>
    Regional,
    /// <summary><c>L01</c>: a town council (ayuntamiento).</summary>
    TownCouncil,
    /// <summary><c>LA</c>: an entity of the local public sector.</summary>
    LocalPublicSector,
    /// <summary>Any other <c>L</c> code: provincial council, island, minor entity, mancomunidad, comarca…</summary>
    OtherLocal,
    /// <summary><c>U</c>: a university.</summary>
    University,
    /// <summary><c>I</c>: another institution (Defensor del Pueblo, Tribunal de Cuentas…).</summary>
    Institution,
    /// <summary><c>J</c>: the justice administration.</summary>
    Justice,
    /// <summary><c>GE</c>: an economic-budget management unit.</summary>
    EconomicBudgetUnit,
    /// <summary><c>EC</c>: a collaborating entity.</summary>
    CollaboratingEntity,
    /// <summary><c>O</c>: an office (registry, citizen attention).</summary>
    Office,
    /// <summary>A well-formed code whose prefix is not one of the documented ones.</summary>
    Other,
}

/// <summary>
/// A DIR3 code: nine characters, a letter, a letter or digit, then seven digits (<c>L01280796</c>, <c>EA0003024</c>).
/// Town council codes (<c>L01</c>) carry the INE municipality code and its check digit, which are validated.
/// </summary>
public readonly record struct Dir3Code
{
    private Dir3Code(string value, Dir3Kind kind)
    {
        Value = value;
        Kind = kind;
    }

    public string Value { get; }

    public Dir3Kind Kind { get; }

    /// <summary>For a town council code, the municipality it belongs to; otherwise null.</summary>
    public IneCode? Municipality => Kind == Dir3Kind.TownCouncil ? IneCode.Parse(Value.Substring(3, 6)) : null;

    /// <summary>The town council code of a municipality: <c>L01</c> + INE code + check digit.</summary>
    public static Dir3Code ForTownCouncil(IneCode municipality)
        => new("L01" + municipality.WithCheckDigit, Dir3Kind.TownCouncil);

    public static Dir3Code Parse(string? text)
        => TryParse(text, out var code, out var error) ? code : throw new InvalidCodeException(error, "dir3Code");

    public static bool TryParse(string? text, out Dir3Code code) => TryParse(text, out code, out _);

    public static bool TryParse(string? text, out Dir3Code code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A DIR3 code is required: 9 characters, e.g. L01280796.";
            return false;
        }

        if (text.Length != 9)
        {
            error = $"DIR3 code '{text}' has {text.Length} characters; DIR3 codes have 9 (e.g. L01280796).";
            return false;
        }

        if (text[0] is < 'A' or > 'Z')
        {
            error = $"DIR3 code '{text}' must start with an upper-case letter that tells its kind (E, A, L, U, I, J, O…).";
            return false;
        }

        if (!(text[1] is >= 'A' and <= 'Z' or >= '0' and <= '9'))
        {
            error = $"DIR3 code '{text}' has '{text[1]}' in position 2; only an upper-case letter or a digit may stand there.";
            return false;
        }

        for (var i = 2; i < 9; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                error = $"DIR3 code '{text}' has '{text[i]}' in position {i + 1}; positions 3 to 9 must be digits.";
                return false;
            }
        }

        var kind = KindOf(text);
        if (kind == Dir3Kind.TownCouncil && !IneCode.TryParse(text.Substring(3, 6), out _, out var ineError))
        {
            error = $"Town council code '{text}' does not carry a valid INE code: {ineError}";
            return false;
        }

        code = new Dir3Code(text, kind);
        error = null;
        return true;
    }

    private static Dir3Kind KindOf(string code) => code[0] switch
    {
        'E' when code[1] == 'A' => Dir3Kind.StateOutsideRcp,
        'E' when code[1] == 'C' => Dir3Kind.CollaboratingEntity,
        'E' => Dir3Kind.State,
        'A' => Dir3Kind.Regional,
        'L' when code.StartsWith("L01", StringComparison.Ordinal) => Dir3Kind.TownCouncil,
        'L' when code[1] == 'A' => Dir3Kind.LocalPublicSector,
        'L' => Dir3Kind.OtherLocal,
        'U' => Dir3Kind.University,
        'I' => Dir3Kind.Institution,
        'J' => Dir3Kind.Justice,
        'G' when code[1] == 'E' => Dir3Kind.EconomicBudgetUnit,
        'O' => Dir3Kind.Office,
        _ => Dir3Kind.Other,
    };

    public override string ToString() => Value ?? string.Empty;
}
