using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;

namespace Catalog.Domain.CityCatalog;

/// <summary>Whether a city procedure is in force.</summary>
public enum CityProcedureStatus
{
    Active,
    Withdrawn,
}

/// <summary>
/// A procedure in one city's catalog: the city's own name for it, its SIA code and responsible DIR3 unit, its
/// attributes, and its mapping to a reference procedure. A city that does not offer a reference procedure says so
/// with an entry marked not offered, which carries the mapping and nothing else.
/// </summary>
public sealed class CityProcedure
{
    private CityProcedure()
    {
        MunicipalityIneCode = LocalName = string.Empty;
        Attributes = ProcedureAttributes.Empty;
    }

    /// <summary>Creates an offered procedure of the city's catalog.</summary>
    public CityProcedure(IneCode municipality, string localName, ProcedureAttributes attributes, DateTimeOffset at)
    {
        MunicipalityIneCode = municipality.Value;
        LocalName = RequireName(localName);
        Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
        IsOffered = true;
        CreatedAt = UpdatedAt = at;
    }

    /// <summary>Declares that the city does not offer <paramref name="reference"/>.</summary>
    public static CityProcedure NotOffered(IneCode municipality, ReferenceProcedure reference, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var procedure = new CityProcedure
        {
            MunicipalityIneCode = municipality.Value,
            Description = TextRules.MultiLine(reason, "description"),
            IsOffered = false,
            CreatedAt = at,
            UpdatedAt = at,
        };
        procedure.LocalName = procedure.RequireName(reference.Name);
        procedure.MapTo(reference, at);
        return procedure;
    }

    public long Id { get; private set; }

    /// <summary>The municipality whose catalog this is (INE code).</summary>
    public string MunicipalityIneCode { get; private set; }

    /// <summary>The city's own identifier for the procedure, if it has one (for imports that upsert by it).</summary>
    public string? LocalId { get; private set; }

    public string LocalName { get; private set; }

    /// <summary><see cref="LocalName"/> folded for accent-insensitive search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>The procedure's SIA code, when registered in SIA.</summary>
    public string? SiaCode { get; private set; }

    /// <summary>The DIR3 code of the unit responsible for the procedure.</summary>
    public string? ResponsibleUnitCode { get; private set; }

    public ProcedureAttributes Attributes { get; private set; }

    public long? ReferenceProcedureId { get; private set; }

    public ReferenceProcedure? ReferenceProcedure { get; private set; }

    /// <summary>The version of the reference procedure the city last reviewed and confirmed.</summary>
    public int? ConfirmedReferenceVersion { get; private set; }

    /// <summary>False when the entry declares that the city does not offer its reference procedure.</summary>
    public bool IsOffered { get; private set; }

    public CityProcedureStatus Status { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>True for entries of the shipped demo catalogs, so they can be told apart and removed.</summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Revision { get; private set; }

    public IneCode Municipality => IneCode.Parse(MunicipalityIneCode);

    /// <summary>Sets what the city says of the procedure; refused on a withdrawn entry or one not offered.</summary>
    public void Describe(string localName, string? description, ProcedureAttributes attributes, DateTimeOffset at)
    {
        EnsureActive();
        LocalName = RequireName(localName);
        Description = TextRules.MultiLine(description, "description");
        Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
        UpdatedAt = at;
    }

    public void AssignSiaCode(SiaCode? code, DateTimeOffset at)
    {
        EnsureActive();
        RequireOffered("a SIA code");
        SiaCode = code?.Value;
        UpdatedAt = at;
    }

    public void AssignResponsibleUnit(Dir3Code? unit, DateTimeOffset at)
    {
        EnsureActive();
        RequireOffered("a responsible unit");
        if (unit is { Kind: Dir3Kind.Office } office)
        {
            throw new DomainRuleException($"{office} is an office; the responsible unit must be an organisational unit.", "responsibleUnit");
        }

        ResponsibleUnitCode = unit?.Value;
        UpdatedAt = at;
    }

    public void SetLocalId(string? localId)
    {
        if (localId is { Length: > 64 })
        {
            throw new DomainRuleException("A local id has at most 64 characters.", "localId");
        }

        TextRules.SingleLine(localId, "localId");

        LocalId = string.IsNullOrWhiteSpace(localId) ? null : localId.Trim();
    }

    /// <summary>Maps the procedure to a reference procedure; the current reference version counts as confirmed.</summary>
    public void MapTo(ReferenceProcedure reference, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reference);
        EnsureActive();
        CityCatalogRules.RequireCurrent(reference);
        ReferenceProcedure = reference;
        ReferenceProcedureId = reference.Id;
        ConfirmedReferenceVersion = reference.CurrentVersion;
        UpdatedAt = at;
    }

    public void Unmap(DateTimeOffset at)
    {
        EnsureActive();
        ReferenceProcedure = null;
        ReferenceProcedureId = null;
        ConfirmedReferenceVersion = null;
        UpdatedAt = at;
    }

    /// <summary>Confirms, after review, that the city's procedure matches <paramref name="version"/> of its reference.</summary>
    public void ConfirmReferenceVersion(int version, DateTimeOffset at)
    {
        EnsureActive();
        if (ReferenceProcedureId is null && ReferenceProcedure is null)
        {
            throw new DomainRuleException("The procedure is not mapped to a reference procedure; map it before confirming a version.");
        }

        var current = ReferenceProcedure?.CurrentVersion;
        if (version < 1 || (current is { } c && version > c))
        {
            throw new DomainRuleException($"Version {version} does not exist; the reference procedure is at version {current}.", "version");
        }

        if (ConfirmedReferenceVersion is { } confirmed && version < confirmed)
        {
            throw new DomainRuleException($"Version {confirmed} is already confirmed; a confirmation cannot go back to {version}.", "version");
        }

        ConfirmedReferenceVersion = version;
        UpdatedAt = at;
    }

    /// <summary>Withdraws the procedure from the city's catalog; it stays, marked withdrawn, for history.</summary>
    public void Withdraw(string? reason, DateTimeOffset at)
    {
        EnsureActive();
        Status = CityProcedureStatus.Withdrawn;
        WithdrawnAt = at;
        WithdrawalReason = TextRules.MultiLine(reason, "reason");
        UpdatedAt = at;
    }

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>True when the mapped reference procedure has moved past the version the city confirmed.</summary>
    public bool NeedsReferenceReview
        => ReferenceProcedure is { } reference && ConfirmedReferenceVersion is { } confirmed && reference.CurrentVersion > confirmed;

    private void EnsureActive()
    {
        if (Status == CityProcedureStatus.Withdrawn)
        {
            throw new DomainRuleException($"City procedure '{LocalName}' is withdrawn and can no longer change.");
        }
    }

    private void RequireOffered(string what)
    {
        if (!IsOffered)
        {
            throw new DomainRuleException($"'{LocalName}' is declared not offered, so it cannot have {what}.");
        }
    }

    private string RequireName(string localName)
    {
        if (string.IsNullOrWhiteSpace(localName))
        {
            throw new DomainRuleException("A city procedure needs a local name.", "localName");
        }

        if (localName.Length > 500)
        {
            throw new DomainRuleException("A local name has at most 500 characters.", "localName");
        }

        var name = TextRules.SingleLine(localName.Trim(), "localName")!;
        SearchName = Text.Fold(name);
        return name;
    }
}
