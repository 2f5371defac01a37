namespace Catalog.Domain.Auditing;

/// <summary>One field of an audited change, before and after (as text, null for none).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// The audit record of one write: who (subject, role, API key), when, which entity, what action, and each field
/// before and after. Written in the same transaction as the change it records.
/// </summary>
public sealed class ChangeLogEntry
{
    private ChangeLogEntry()
    {
        Actor = Role = EntityType = EntityId = Action = string.Empty;
        Changes = [];
    }

    public ChangeLogEntry(string actor, string role, string? apiKeyId, string entityType, string entityId, string action,
        IReadOnlyList<FieldChange> changes, string? municipalityIneCode, DateTimeOffset at)
    {
        Actor = actor;
        Role = role;
        ApiKeyId = apiKeyId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
        MunicipalityIneCode = municipalityIneCode;
        At = at;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The subject of the token (a user) or the name of the API key's owner.</summary>
    public string Actor { get; private set; }

    public string Role { get; private set; }

    public string? ApiKeyId { get; private set; }

    /// <summary>CityProcedure, ReferenceProcedure, Discrepancy…</summary>
    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>What was done: create, update, withdraw, map, confirm, resolve, dismiss, import…</summary>
    public string Action { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; }

    /// <summary>The municipality whose catalog changed, for city-catalog writes.</summary>
    public string? MunicipalityIneCode { get; private set; }
}
