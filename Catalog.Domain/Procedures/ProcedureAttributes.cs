namespace Catalog.Domain.Procedures;

/// <summary>How a procedure starts (Law 39/2015, arts. 54–69).</summary>
public enum Initiation
{
    /// <summary>At the request of the interested party (a instancia de parte).</summary>
    OnApplication,
    /// <summary>Ex officio, by the administration (de oficio).</summary>
    ExOfficio,
    /// <summary>Either way.</summary>
    Both,
}

/// <summary>What the administration's silence means when the term expires (Law 39/2015, arts. 24–25).</summary>
public enum SilenceEffect
{
    /// <summary>Estimatorio: the application is taken as granted.</summary>
    Positive,
    /// <summary>Desestimatorio: the application is taken as refused.</summary>
    Negative,
    /// <summary>Silence has no effect to state (e.g. ex officio procedures, information services).</summary>
    NotApplicable,
}

/// <summary>The unit a resolution term is counted in.</summary>
public enum TermUnit
{
    /// <summary>Días hábiles.</summary>
    BusinessDays,
    /// <summary>Días naturales.</summary>
    CalendarDays,
    /// <summary>Meses.</summary>
    Months,
}

/// <summary>Who a procedure is for.</summary>
[Flags]
public enum Recipients
{
    None = 0,
    Citizens = 1,
    Companies = 2,
    Administrations = 4,
}

/// <summary>Where a procedure can be carried out.</summary>
[Flags]
public enum Channels
{
    None = 0,
    InPerson = 1,
    Online = 2,
    Telephone = 4,
    Post = 8,
}

/// <summary>How far a procedure can be carried out electronically (SIA's electronic processing level).</summary>
public enum ElectronicLevel
{
    /// <summary>1: information only.</summary>
    Information = 1,
    /// <summary>2: forms can be downloaded.</summary>
    DownloadableForms = 2,
    /// <summary>3: it can be started online.</summary>
    OnlineInitiation = 3,
    /// <summary>4: it can be completed online, notification included.</summary>
    FullyOnline = 4,
}

/// <summary>The maximum term to resolve and notify: a number of days or months.</summary>
public sealed record ResolutionTerm
{
    public ResolutionTerm(int amount, TermUnit unit)
    {
        if (amount is <= 0 or > 3650)
        {
            throw new DomainRuleException($"A resolution term must be a positive number of {unit}; {amount} is not.", "resolutionTerm");
        }

        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }

    public TermUnit Unit { get; }

    /// <summary>The term as an ISO 8601 duration (<c>P3M</c>, <c>P10D</c>); business days are written as days.</summary>
    public string ToIso8601() => Unit == TermUnit.Months ? $"P{Amount}M" : $"P{Amount}D";

    public override string ToString() => $"{Amount} {Unit}";
}

/// <summary>
/// A legal reference a procedure rests on: rank (Ley, Real Decreto, Ordenanza…), number and title. A reference a council
/// wrote as free text (<c>Ley 39/2015, de 1 de octubre, del Procedimiento…</c>) keeps that text as its title, with the
/// rank and number read from it where they can be (<see cref="LegalCitation"/>); the rank is null when the text names none.
/// </summary>
public sealed record LegalReference(string? Rank, string? Number, string Title)
{
    public override string ToString()
        => LegalCitation.IsCitation(this) ? Title
            : Rank is null ? Title
            : Number is null ? $"{Rank} {Title}" : $"{Rank} {Number}, {Title}";
}

/// <summary>
/// Attributes whose value is "as the regulation says" (<c>según normativa</c>): a catalog that states this says
/// something, unlike one that leaves the field empty, so it is kept as a value of its own.
/// </summary>
[Flags]
public enum RegulatedAttributes
{
    None = 0,
    Initiation = 1,
    SilenceEffect = 2,
    ResolutionTerm = 4,
    EndsAdministrativeRoute = 8,
}

/// <summary>
/// The standard attributes every catalog entry describes under Law 39/2015. A value: two sets of attributes with the
/// same facts are equal, and <see cref="DiffFrom"/> tells which fields differ.
/// </summary>
public sealed record ProcedureAttributes
{
    public static readonly ProcedureAttributes Empty = new();

    /// <summary>The longest a published free-text attribute (requirements, documents, appeals…) may be.</summary>
    public const int MaxTextLength = 4000;

    public Initiation? Initiation { get; init; }

    public SilenceEffect? SilenceEffect { get; init; }

    public int? ResolutionTermAmount { get; init; }

    public TermUnit? ResolutionTermUnit { get; init; }

    /// <summary>Whether the resolution ends the administrative route (fin de la vía administrativa).</summary>
    public bool? EndsAdministrativeRoute { get; init; }

    public Recipients Recipients { get; init; }

    public ElectronicLevel? ElectronicLevel { get; init; }

    public Channels Channels { get; init; }

    /// <summary>Fees as the catalog states them (a tax ordinance reference or an amount), free text.</summary>
    public string? Fees { get; init; }

    /// <summary>The legal references, most important first.</summary>
    public IReadOnlyList<LegalReference> LegalBasis { get; init; } = [];

    /// <summary>The fields the catalog states "as the regulation says" (según normativa) rather than by a value.</summary>
    public RegulatedAttributes AsRegulated { get; init; }

    /// <summary>What the applicant must meet or prove (CPSV-AP <c>cv:holdsRequirement</c>; SIA's requisitos), free text.</summary>
    public string? Requirements { get; init; }

    /// <summary>The documents to submit with the application (CPSV-AP <c>cpsv:hasInput</c>, evidence; SIA's documentación), free text.</summary>
    public string? Documents { get; init; }

    /// <summary>The body that resolves the procedure, as the catalog names it (SIA's órgano resolutorio; e.g. "Alcaldía", "Junta de Gobierno Local").</summary>
    public string? ResolvingBody { get; init; }

    /// <summary>The appeals available against the resolution (recursos: reposición, alzada, contencioso-administrativo…), free text.</summary>
    public string? Appeals { get; init; }

    /// <summary>When applications may be submitted (plazo de presentación: "todo el año", "del 1 al 31 de marzo"…), free text.</summary>
    public string? SubmissionPeriod { get; init; }

    /// <summary>The family or subject matter the catalog files the procedure under (SIA's materia; CPSV-AP <c>cv:thematicArea</c>).</summary>
    public string? Family { get; init; }

    /// <summary>The resolution term, when both its amount and unit are known.</summary>
    public ResolutionTerm? ResolutionTerm
    {
        get => ResolutionTermAmount is { } amount && ResolutionTermUnit is { } unit ? new ResolutionTerm(amount, unit) : null;
        init
        {
            ResolutionTermAmount = value?.Amount;
            ResolutionTermUnit = value?.Unit;
        }
    }

    /// <summary>The names of the fields whose values differ between this and <paramref name="other"/>.</summary>
    public IReadOnlyList<string> DiffFrom(ProcedureAttributes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = new List<string>();
        if (Initiation != other.Initiation) changed.Add(nameof(Initiation));
        if (SilenceEffect != other.SilenceEffect) changed.Add(nameof(SilenceEffect));
        if (ResolutionTermAmount != other.ResolutionTermAmount || ResolutionTermUnit != other.ResolutionTermUnit) changed.Add(nameof(ResolutionTerm));
        if (EndsAdministrativeRoute != other.EndsAdministrativeRoute) changed.Add(nameof(EndsAdministrativeRoute));
        if (Recipients != other.Recipients) changed.Add(nameof(Recipients));
        if (ElectronicLevel != other.ElectronicLevel) changed.Add(nameof(ElectronicLevel));
        if (Channels != other.Channels) changed.Add(nameof(Channels));
        if (!string.Equals(Fees, other.Fees, StringComparison.Ordinal)) changed.Add(nameof(Fees));
        if (!LegalBasis.SequenceEqual(other.LegalBasis)) changed.Add(nameof(LegalBasis));
        if (AsRegulated != other.AsRegulated) changed.Add(nameof(AsRegulated));
        if (!string.Equals(Requirements, other.Requirements, StringComparison.Ordinal)) changed.Add(nameof(Requirements));
        if (!string.Equals(Documents, other.Documents, StringComparison.Ordinal)) changed.Add(nameof(Documents));
        if (!string.Equals(ResolvingBody, other.ResolvingBody, StringComparison.Ordinal)) changed.Add(nameof(ResolvingBody));
        if (!string.Equals(Appeals, other.Appeals, StringComparison.Ordinal)) changed.Add(nameof(Appeals));
        if (!string.Equals(SubmissionPeriod, other.SubmissionPeriod, StringComparison.Ordinal)) changed.Add(nameof(SubmissionPeriod));
        if (!string.Equals(Family, other.Family, StringComparison.Ordinal)) changed.Add(nameof(Family));
        return changed;
    }

    public bool Equals(ProcedureAttributes? other) => other is not null && DiffFrom(other).Count == 0;

    public override int GetHashCode()
        => HashCode.Combine(Initiation, SilenceEffect, ResolutionTermAmount, ResolutionTermUnit, EndsAdministrativeRoute, Recipients, ElectronicLevel, HashCode.Combine(Channels, Fees, LegalBasis.Count, AsRegulated, Requirements, ResolvingBody, Family));
}
