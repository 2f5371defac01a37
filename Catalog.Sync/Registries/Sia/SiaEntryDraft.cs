using System.Globalization;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Sia;

/// <summary>
/// The fields of one SIA entry as read, before validation. Both SIA readers (response XML and CSV) fill one and call
/// <see cref="Build"/>, so the same rules accept or reject an entry whatever its form.
/// </summary>
internal sealed class SiaEntryDraft
{
    /// <summary>Longest code plus description a coded-value column keeps (it is stored as JSON in 500 characters).</summary>
    private const int MaxCodedValue = 400;

    public string? Code { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Responsible organisms from the top (N1) down.</summary>
    public List<string?> Organisms { get; } = [];

    public CodedValue? Typology { get; set; }

    public List<CodedValue> Initiations { get; } = [];

    public CodedValue? SilenceEffect { get; set; }

    public string? TermAmount { get; set; }

    public CodedValue? TermUnit { get; set; }

    public string? EndsRoute { get; set; }

    public CodedValue? ElectronicLevel { get; set; }

    public List<CodedValue> Recipients { get; } = [];

    public List<CodedValue> Subjects { get; } = [];

    public List<SiaLegalReference> LegalBasis { get; } = [];

    public CodedValue? Status { get; set; }

    public string? LastUpdated { get; set; }

    /// <summary>A coded value from a code and a description, or null when both are empty.</summary>
    public static CodedValue? Coded(string? code, string? description)
    {
        code = Clean(code);
        description = Clean(description);
        return code is null && description is null ? null : new CodedValue(code ?? string.Empty, description);
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The entry, or the reason it is rejected. <paramref name="column"/> names a field as the source does.</summary>
    public RegistryRow Build(RowLocation at, Func<string, string> column)
    {
        var row = Validate(at, column);
        return row is RejectedRow { Code: null } rejected && Clean(Code) is { } code ? rejected with { Code = code } : row;
    }

    private RegistryRow Validate(RowLocation at, Func<string, string> column)
    {
        var code = Clean(Code);
        if (code is null)
        {
            return new RejectedRow(at, column("CODIGOACTUACION"), RejectionReason.MissingValue, "The entry has no SIA code.");
        }

        if (!SiaCode.TryParse(code, out _, out var codeError))
        {
            return new RejectedRow(at, column("CODIGOACTUACION"), RejectionReason.InvalidCode, codeError);
        }

        var name = Clean(Name);
        if (name is null)
        {
            return new RejectedRow(at, column("DENOMINACION"), RejectionReason.MissingValue, $"SIA entry {code} has no name.");
        }

        if (name.Length > 1000)
        {
            return new RejectedRow(at, column("DENOMINACION"), RejectionReason.TooLong, $"SIA entry {code} has a name of {name.Length} characters; the mirror keeps at most 1000.");
        }

        var kind = Clean(Kind);
        if (kind is { Length: > 8 })
        {
            return new RejectedRow(at, column("TIPOACTUACION"), RejectionReason.TooLong, $"Kind '{kind}' is longer than 8 characters.");
        }

        var organisms = new List<string>();
        for (var i = 0; i < Organisms.Count; i++)
        {
            var organism = Clean(Organisms[i]);
            if (organism is null)
            {
                continue;
            }

            if (!Dir3Code.TryParse(organism, out _, out var organismError))
            {
                return new RejectedRow(at, column($"CODORGANISMORESPONSABLEN{i + 1}"), RejectionReason.InvalidCode, organismError);
            }

            organisms.Add(organism);
        }

        int? termAmount = null;
        if (Clean(TermAmount) is { } termText)
        {
            if (!int.TryParse(termText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            {
                return new RejectedRow(at, column("NUMEROPLAZORESOLUCION"), RejectionReason.InvalidValue, $"Resolution term '{termText}' is not a whole number.");
            }

            termAmount = amount;
        }

        bool? endsRoute = null;
        if (Clean(EndsRoute) is { } routeText)
        {
            endsRoute = routeText.ToUpperInvariant() switch
            {
                "S" or "SI" or "SÍ" or "TRUE" or "1" => true,
                "N" or "NO" or "FALSE" or "0" => false,
                _ => null,
            };
            if (endsRoute is null)
            {
                return new RejectedRow(at, column("FINVIA"), RejectionReason.InvalidValue, $"FINVIA is '{routeText}'; expected S or N.");
            }
        }

        foreach (var (value, field) in new[] { (Typology, "CODTIPOLOGIA"), (SilenceEffect, "CODEFECTOSILENCIO"), (TermUnit, "CODTIPOPLAZORESOLUCION"), (ElectronicLevel, "CODNIVELADMINISTRACIONELECTRONICA"), (Status, "CODESTADOACTUACION") })
        {
            if (value is not null && value.Code.Length + (value.Description?.Length ?? 0) > MaxCodedValue)
            {
                return new RejectedRow(at, column(field), RejectionReason.TooLong, $"The code and description have more than {MaxCodedValue} characters.");
            }
        }

        var lastUpdated = Clean(LastUpdated);
        if (lastUpdated is { Length: > 32 })
        {
            return new RejectedRow(at, column("FECHAULTIMAACTUALIZACION"), RejectionReason.TooLong, $"'{lastUpdated}' is not a date.");
        }

        return new SiaRow(at, new SiaEntry(code, name)
        {
            Kind = kind,
            Description = Clean(Description),
            ResponsibleN1 = organisms.Count > 0 ? organisms[0] : null,
            ResponsibleN2 = organisms.Count > 1 ? organisms[1] : null,
            ResponsibleUnitCode = organisms.Count > 0 ? organisms[^1] : null,
            Typology = Typology,
            Initiations = Initiations.ToList(),
            SilenceEffect = SilenceEffect,
            ResolutionTermAmount = termAmount,
            ResolutionTermUnit = TermUnit,
            EndsAdministrativeRoute = endsRoute,
            ElectronicLevel = ElectronicLevel,
            Recipients = Recipients.ToList(),
            Subjects = Subjects.ToList(),
            LegalBasis = LegalBasis.ToList(),
            Status = Status,
            IsWithdrawn = IsWithdrawnStatus(Status),
            LastUpdated = lastUpdated,
        });
    }

    /// <summary>
    /// SIA's status codes are not documented publicly (docs/registries.md), so withdrawal is read from the status as
    /// published: a description saying baja (deregistered), inactive or not current, or the code B.
    /// </summary>
    public static bool IsWithdrawnStatus(CodedValue? status)
    {
        if (status is null)
        {
            return false;
        }

        var description = Catalog.Domain.Text.Fold(status.Description);
        return status.Code.Equals("B", StringComparison.OrdinalIgnoreCase)
            || description.Contains("baja", StringComparison.Ordinal)
            || description.Contains("inactiv", StringComparison.Ordinal)
            || description.Contains("no vigente", StringComparison.Ordinal);
    }
}
