namespace Catalog.Domain.Registries;

/// <summary>
/// A value from one of SIA's code lists: the code and the description the registry gave with it. SIA's lists for
/// silence, deadline type, subject and status are not documented publicly, so they are kept as read, not as enums.
/// </summary>
public sealed record CodedValue(string Code, string? Description)
{
    public override string ToString() => Description is null ? Code : $"{Code} {Description}";
}

/// <summary>The SIA legal reference of an entry: rank, number and title as SIA lists them.</summary>
public sealed record SiaLegalReference(string? Rank, string? Number, string? Title);

/// <summary>
/// An entry of the SIA mirror: one procedure or service of the national inventory (<c>ACTUACION</c>), with the
/// fields the reconciliation compares. Refreshed from SIA; never deleted, marked gone when it vanishes.
/// </summary>
public sealed class SiaEntry
{
    public SiaEntry(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary><c>CODIGOACTUACION</c> (primary key).</summary>
    public string Code { get; set; }

    /// <summary><c>TIPOSACTUACION</c>: procedure (P) or service (S).</summary>
    public string? Kind { get; set; }

    /// <summary><c>DENOMINACION</c>.</summary>
    public string Name { get; set; }

    public string? Description { get; set; }

    /// <summary><c>CODORGANISMORESPONSABLEN1</c>: the top responsible organism (DIR3), e.g. the town council.</summary>
    public string? ResponsibleN1 { get; set; }

    /// <summary><c>CODORGANISMORESPONSABLEN2</c>: the next level down, when given.</summary>
    public string? ResponsibleN2 { get; set; }

    /// <summary>The most specific responsible organism SIA gives (the deepest of N1…Nn).</summary>
    public string? ResponsibleUnitCode { get; set; }

    /// <summary><c>CODTIPOLOGIA</c>: 1 interno-común, 2 interno-específico, 3 externo-común, 4 externo-específico.</summary>
    public CodedValue? Typology { get; set; }

    /// <summary><c>INICIOS</c>: how it can start.</summary>
    public IReadOnlyList<CodedValue> Initiations { get; set; } = [];

    public CodedValue? SilenceEffect { get; set; }

    public int? ResolutionTermAmount { get; set; }

    /// <summary>The unit of the resolution term as SIA gives it (days, business days, months).</summary>
    public CodedValue? ResolutionTermUnit { get; set; }

    /// <summary><c>FINVIA</c>: whether it ends the administrative route.</summary>
    public bool? EndsAdministrativeRoute { get; set; }

    public CodedValue? ElectronicLevel { get; set; }

    /// <summary><c>AQUIENESVADIRIGIDO</c>.</summary>
    public IReadOnlyList<CodedValue> Recipients { get; set; } = [];

    /// <summary><c>MATERIAS</c>.</summary>
    public IReadOnlyList<CodedValue> Subjects { get; set; } = [];

    /// <summary><c>NORMATIVAS</c>.</summary>
    public IReadOnlyList<SiaLegalReference> LegalBasis { get; set; } = [];

    /// <summary><c>CODESTADOACTUACION</c> / <c>DESESTADOACTUACION</c>.</summary>
    public CodedValue? Status { get; set; }

    /// <summary>True when SIA marks the entry deregistered (baja) or inactive.</summary>
    public bool IsWithdrawn { get; set; }

    /// <summary><c>FECHAULTIMAACTUALIZACION</c>, verbatim.</summary>
    public string? LastUpdated { get; set; }

    public bool IsGone { get; set; }

    public DateTimeOffset? GoneSince { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }

    public long ContentHash { get; set; }
}

/// <summary>What the mirror last loaded from one registry source, so an unchanged source can be skipped.</summary>
public sealed class RegistrySourceState
{
    public RegistrySourceState(string name)
    {
        Name = name;
    }

    /// <summary>The source's configured name (primary key).</summary>
    public string Name { get; set; }

    public string? Kind { get; set; }

    public string? Location { get; set; }

    /// <summary>SHA-256 of the content last loaded, hex.</summary>
    public string? ContentHash { get; set; }

    public DateTimeOffset? LastLoadedAt { get; set; }

    public long? LastRunId { get; set; }
}
