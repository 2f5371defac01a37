namespace Catalog.Sync.Registries.Dir3;

/// <summary>The published DIR3 unit lists. Each is a full list of its administration's current units.</summary>
public enum Dir3List
{
    /// <summary>General State Administration (<c>C_ID_NIVEL_ADMON</c> 1).</summary>
    Age,

    /// <summary>Autonomous communities (2).</summary>
    Ccaa,

    /// <summary>Local entities (3): town councils and their units; carries province and contacts.</summary>
    Eell,

    /// <summary>Universities (4).</summary>
    Universidades,

    /// <summary>Other institutions (5).</summary>
    Institucionales,

    /// <summary>Justice administration (6); carries <c>CARGADOR</c>.</summary>
    Justicia,

    /// <summary>The DIR3 download web services (CSV files, all administrations, with history and offices).</summary>
    WebService,
}

/// <summary>Names of the lists as stored in <see cref="Catalog.Domain.Registries.OrganizationalUnit.SourceList"/>.</summary>
public static class Dir3Lists
{
    /// <summary>The name stored on units of this list.</summary>
    public static string SourceListName(this Dir3List list) => list switch
    {
        Dir3List.Age => "AGE",
        Dir3List.Ccaa => "CCAA",
        Dir3List.Eell => "EELL",
        Dir3List.Universidades => "Universidades",
        Dir3List.Institucionales => "Institucionales",
        Dir3List.Justicia => "Justicia",
        Dir3List.WebService => "WS",
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    /// <summary>The list that carries units of an administration level (<c>C_ID_NIVEL_ADMON</c>).</summary>
    public static Dir3List? ForAdministrationLevel(int level) => level switch
    {
        1 => Dir3List.Age,
        2 => Dir3List.Ccaa,
        3 => Dir3List.Eell,
        4 => Dir3List.Universidades,
        5 => Dir3List.Institucionales,
        6 => Dir3List.Justicia,
        _ => null,
    };
}
