namespace Catalog.Domain.Registries;

/// <summary>DIR3's status of a unit or office (<c>C_ID_ESTADO</c>).</summary>
public enum RegistryStatus
{
    /// <summary>V: vigente, current.</summary>
    Current,
    /// <summary>E: extinguida, extinguished.</summary>
    Extinguished,
    /// <summary>A: anulada, annulled.</summary>
    Annulled,
    /// <summary>T: transitoria, transitional.</summary>
    Transitional,
}

/// <summary>Conversions between DIR3's one-letter status codes and <see cref="RegistryStatus"/>.</summary>
public static class RegistryStatusCodes
{
    public static bool TryParse(string? code, out RegistryStatus status)
    {
        switch (code?.Trim())
        {
            case "V": status = RegistryStatus.Current; return true;
            case "E": status = RegistryStatus.Extinguished; return true;
            case "A": status = RegistryStatus.Annulled; return true;
            case "T": status = RegistryStatus.Transitional; return true;
            default: status = default; return false;
        }
    }

    public static string ToCode(this RegistryStatus status) => status switch
    {
        RegistryStatus.Current => "V",
        RegistryStatus.Extinguished => "E",
        RegistryStatus.Annulled => "A",
        RegistryStatus.Transitional => "T",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

/// <summary>
/// A unit of the DIR3 mirror. Rows are refreshed from the registry's published lists; a unit that vanishes from a
/// later full list is marked gone, never deleted, because city catalogs may still point at it.
/// </summary>
public sealed class OrganizationalUnit
{
    public OrganizationalUnit(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The DIR3 code (primary key).</summary>
    public string Code { get; set; }

    public string Name { get; set; }

    /// <summary><c>C_ID_NIVEL_ADMON</c>: 1 State, 2 regions, 3 local, 4 universities, 5 other institutions, 6 justice.</summary>
    public int AdministrationLevel { get; set; }

    /// <summary><c>C_ID_TIPO_ENT_PUBLICA</c>: AY ayuntamiento, CA, DP, OA…; kept as published.</summary>
    public string? EntityType { get; set; }

    /// <summary><c>N_NIVEL_JERARQUICO</c>: depth in its hierarchy, 1 for a root.</summary>
    public int? HierarchyLevel { get; set; }

    /// <summary><c>C_ID_DEP_UD_SUPERIOR</c>: the unit directly above; may not resolve in the mirror.</summary>
    public string? ParentCode { get; set; }

    /// <summary><c>C_ID_DEP_UD_PRINCIPAL</c>: the root of the unit's hierarchy (for local units, the council).</summary>
    public string? PrincipalCode { get; set; }

    /// <summary><c>C_ID_DEP_EDP_PRINCIPAL</c>: the principal public-law entity the unit depends on, if any.</summary>
    public string? EdpPrincipalCode { get; set; }

    public RegistryStatus Status { get; set; }

    /// <summary><c>D_VIG_ALTA_OFICIAL</c>, kept verbatim: the lists write <c>dd/mm/yy</c> with no century rule.</summary>
    public string? OfficialDate { get; set; }

    /// <summary>The tax identifier as published.</summary>
    public string? Nif { get; set; }

    /// <summary>For local units, the INE province code (<c>C_ID_AMB_PROVINCIA</c>).</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>Which published list last carried the unit (AGE, CCAA, EELL, Universidades, Institucionales, Justicia, WS).</summary>
    public string? SourceList { get; set; }

    /// <summary>True once the unit vanished from a full list it used to be in.</summary>
    public bool IsGone { get; set; }

    public DateTimeOffset? GoneSince { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }

    /// <summary>Hash of the registry facts, so an unchanged row is recognised without comparing every field.</summary>
    public long ContentHash { get; set; }

    /// <summary>True when the unit can still be used: current or transitional, and not gone from the lists.</summary>
    public bool IsActive => !IsGone && Status is RegistryStatus.Current or RegistryStatus.Transitional;
}

/// <summary>
/// A link of DIR3 history (<c>HistoricosUO</c>): the unit <see cref="PredecessorCode"/> was replaced by
/// <see cref="SuccessorCode"/> (merger, division, rename…). A unit may have several successors.
/// </summary>
public sealed class UnitSuccession
{
    public UnitSuccession(string predecessorCode, string successorCode)
    {
        PredecessorCode = predecessorCode;
        SuccessorCode = successorCode;
    }

    public string PredecessorCode { get; set; }

    public string SuccessorCode { get; set; }

    /// <summary>The kind of change as published (fusión, división, extinción…), when known.</summary>
    public string? Reason { get; set; }

    /// <summary>The date of the change as published, verbatim.</summary>
    public string? Date { get; set; }
}
