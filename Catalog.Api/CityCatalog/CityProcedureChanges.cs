using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;

namespace Catalog.Api.CityCatalog;

/// <summary>
/// The editable facts of a city procedure. On create every field is taken as given; on update a null field keeps its
/// value, and an empty string clears an optional text field (SIA code, unit, local id, description, fees).
/// </summary>
public sealed record CityProcedureChanges
{
    public string? LocalId { get; init; }

    public string? LocalName { get; init; }

    public string? Description { get; init; }

    public string? SiaCode { get; init; }

    public string? ResponsibleUnit { get; init; }

    public Initiation? Initiation { get; init; }

    public SilenceEffect? SilenceEffect { get; init; }

    public int? ResolutionTermAmount { get; init; }

    public TermUnit? ResolutionTermUnit { get; init; }

    public bool? EndsAdministrativeRoute { get; init; }

    public Recipients? Recipients { get; init; }

    public ElectronicLevel? ElectronicLevel { get; init; }

    public Channels? Channels { get; init; }

    public string? Fees { get; init; }

    public IReadOnlyList<LegalReference>? LegalBasis { get; init; }

    /// <summary>The fields stated "as the regulation says" (replaces the set).</summary>
    public RegulatedAttributes? AsRegulated { get; init; }

    public string? Requirements { get; init; }

    public string? Documents { get; init; }

    public string? ResolvingBody { get; init; }

    public string? Appeals { get; init; }

    public string? SubmissionPeriod { get; init; }

    public string? Family { get; init; }

    /// <summary>True when any attribute is given.</summary>
    public bool HasPublishedAttributes => AsRegulated is not null || Requirements is not null || Documents is not null || ResolvingBody is not null
        || Appeals is not null || SubmissionPeriod is not null || Family is not null;

    /// <summary>The attributes after applying these changes to <paramref name="current"/>.</summary>
    public ProcedureAttributes ApplyTo(ProcedureAttributes current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var amount = ResolutionTermAmount ?? current.ResolutionTermAmount;
        var unit = ResolutionTermUnit ?? current.ResolutionTermUnit;
        if (amount is not null != unit is not null)
        {
            throw new Domain.DomainRuleException("A resolution term needs both an amount and a unit.", amount is null ? "resolutionTermAmount" : "resolutionTermUnit");
        }

        return current with
        {
            Initiation = Initiation ?? current.Initiation,
            SilenceEffect = SilenceEffect ?? current.SilenceEffect,
            ResolutionTerm = amount is { } a && unit is { } u ? new ResolutionTerm(a, u) : null,
            EndsAdministrativeRoute = EndsAdministrativeRoute ?? current.EndsAdministrativeRoute,
            Recipients = Recipients ?? current.Recipients,
            ElectronicLevel = ElectronicLevel ?? current.ElectronicLevel,
            Channels = Channels ?? current.Channels,
            Fees = Fees is null ? current.Fees : Blank(Fees),
            LegalBasis = LegalBasis ?? current.LegalBasis,
            AsRegulated = AsRegulated ?? current.AsRegulated,
            Requirements = Requirements is null ? current.Requirements : Blank(Requirements),
            Documents = Documents is null ? current.Documents : Blank(Documents),
            ResolvingBody = ResolvingBody is null ? current.ResolvingBody : Blank(ResolvingBody),
            Appeals = Appeals is null ? current.Appeals : Blank(Appeals),
            SubmissionPeriod = SubmissionPeriod is null ? current.SubmissionPeriod : Blank(SubmissionPeriod),
            Family = Family is null ? current.Family : Blank(Family),
        };
    }

    /// <summary>The SIA code to set: unchanged (null), cleared (empty) or parsed (refused with the code's message).</summary>
    internal static (bool Change, T? Value) Code<T>(string? text, Func<string, T> parse) where T : struct
        => text is null ? (false, null) : string.IsNullOrWhiteSpace(text) ? (true, null) : (true, parse(text.Trim()));

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
