namespace Catalog.Domain.ChangeFeed;

/// <summary>What happened to the object a <see cref="CatalogChange"/> names.</summary>
public enum CatalogChangeKind
{
    /// <summary>A city or reference procedure was created.</summary>
    Created,

    /// <summary>A city procedure's own fields changed.</summary>
    Updated,

    /// <summary>A city procedure was mapped to (or unmapped from) a reference procedure, declared not offered, or confirmed a reference version.</summary>
    Mapped,

    /// <summary>A city procedure was withdrawn.</summary>
    Withdrawn,

    /// <summary>A reference procedure got a new version.</summary>
    Revised,

    /// <summary>A reference procedure was retired.</summary>
    Retired,

    /// <summary>A DIR3 unit or SIA entry that city procedures point to changed in the registry.</summary>
    RegistryChanged,

    /// <summary>A DIR3 unit or SIA entry that city procedures point to is gone from the registry.</summary>
    RegistryGone,
}

/// <summary>
/// One entry of the change feed (the transactional outbox): written in the same transaction as the change it
/// describes, so an entry exists exactly when its change was committed. It names the object by its public type and
/// key (turned into a global ID by the API), never the staff member who made the change.
/// </summary>
public sealed class CatalogChange
{
    private CatalogChange()
    {
        SubjectType = SubjectKey = string.Empty;
        Fields = [];
    }

    public CatalogChange(string subjectType, string subjectKey, CatalogChangeKind kind, IReadOnlyList<string> fields, string? municipalityIneCode, DateTimeOffset at)
    {
        SubjectType = subjectType;
        SubjectKey = subjectKey;
        Kind = kind;
        Fields = fields;
        MunicipalityIneCode = municipalityIneCode;
        At = at;
    }

    /// <summary>The insert order; not exposed (see <see cref="Position"/>).</summary>
    public long Id { get; private set; }

    /// <summary>
    /// The entry's place in the feed, given after its transaction committed by one serialised step (the sequencer),
    /// so positions only ever grow in the order readers can see them; null until then.
    /// </summary>
    public long? Position { get; private set; }

    /// <summary>The public type of the object: CityProcedure, ReferenceProcedure, Unit, SiaEntry.</summary>
    public string SubjectType { get; private set; }

    /// <summary>The object's key within its type (an id for procedures, the code for units and SIA entries).</summary>
    public string SubjectKey { get; private set; }

    public CatalogChangeKind Kind { get; private set; }

    /// <summary>The public names of the fields that changed (empty for a creation or a registry change).</summary>
    public IReadOnlyList<string> Fields { get; private set; }

    /// <summary>The city whose catalog the change affects; null for reference catalog changes, which affect every city.</summary>
    public string? MunicipalityIneCode { get; private set; }

    public DateTimeOffset At { get; private set; }
}
