using System.Security.Cryptography;
using System.Text;

namespace Catalog.Domain.Reconciliation;

/// <summary>The kinds of discrepancy the reconciliation finds (see the design's reconciliation table).</summary>
public enum DiscrepancyKind
{
    SiaCodeMissing,
    SiaCodeUnknown,
    SiaCodeWithdrawn,
    SiaOwnerMismatch,
    SiaAttributeDrift,
    SiaEntryUncataloged,
    UnitMissing,
    UnitUnknown,
    UnitExtinguished,
    UnitOutsideMunicipality,
    ReferenceChanged,
}

public enum DiscrepancySeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Where a discrepancy stands.</summary>
public enum DiscrepancyStatus
{
    /// <summary>Found and not yet acted on.</summary>
    Open,
    /// <summary>A user fixed it and said so, with a note.</summary>
    Resolved,
    /// <summary>A user judged it not to matter; it stays dismissed until its facts change.</summary>
    Dismissed,
    /// <summary>The condition is gone: the reconciliation closed it.</summary>
    Closed,
}

/// <summary>One fact of a discrepancy: a field, what was expected and what was found.</summary>
public sealed record DiscrepancyFact(string Field, string? Expected, string? Found);

/// <summary>
/// A finding of the reconciliation about one city catalog. Its <see cref="Key"/> (kind + city procedure + subject)
/// is stable, so a rerun finds the same discrepancy again instead of creating a new one.
/// </summary>
public sealed class Discrepancy
{
    private Discrepancy()
    {
        Key = MunicipalityIneCode = Subject = FactsHash = Summary = string.Empty;
        Facts = [];
    }

    public Discrepancy(DiscrepancyKind kind, DiscrepancySeverity severity, string municipalityIneCode, long? cityProcedureId, string subject,
        string summary, IReadOnlyList<DiscrepancyFact> facts, string? suggestion, long runId, DateTimeOffset at)
    {
        Kind = kind;
        Severity = severity;
        MunicipalityIneCode = municipalityIneCode;
        CityProcedureId = cityProcedureId;
        Subject = subject;
        Key = KeyOf(kind, municipalityIneCode, cityProcedureId, subject);
        Summary = summary;
        Facts = facts;
        FactsHash = HashOf(facts, suggestion);
        Suggestion = suggestion;
        Status = DiscrepancyStatus.Open;
        OpenedAt = LastSeenAt = at;
        OpenedByRunId = LastSeenRunId = runId;
    }

    public long Id { get; private set; }

    /// <summary>Kind + municipality + city procedure + subject: the identity across runs.</summary>
    public string Key { get; private set; }

    public DiscrepancyKind Kind { get; private set; }

    public DiscrepancySeverity Severity { get; private set; }

    public string MunicipalityIneCode { get; private set; }

    /// <summary>The city procedure concerned; null for findings about the catalog as a whole (an uncatalogued SIA entry).</summary>
    public long? CityProcedureId { get; private set; }

    /// <summary>What the finding is about: a SIA code, a DIR3 code, a reference code.</summary>
    public string Subject { get; private set; }

    /// <summary>One sentence a user can read.</summary>
    public string Summary { get; private set; }

    /// <summary>Expected vs found, field by field.</summary>
    public IReadOnlyList<DiscrepancyFact> Facts { get; private set; }

    /// <summary>Hash of facts and suggestion: a dismissed discrepancy reopens when this changes.</summary>
    public string FactsHash { get; private set; }

    /// <summary>A suggested fix, where one can be derived (a successor unit, a matching SIA entry, fields to review).</summary>
    public string? Suggestion { get; private set; }

    public DiscrepancyStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public long OpenedByRunId { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public long LastSeenRunId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public long? ClosedByRunId { get; private set; }

    /// <summary>Who resolved or dismissed it, and their note.</summary>
    public string? ActedBy { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? ActedAt { get; private set; }

    public int Revision { get; private set; }

    public bool IsOpen => Status == DiscrepancyStatus.Open;

    public static string KeyOf(DiscrepancyKind kind, string municipalityIneCode, long? cityProcedureId, string subject)
        => $"{kind}|{municipalityIneCode}|{cityProcedureId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}|{subject}";

    public static string HashOf(IReadOnlyList<DiscrepancyFact> facts, string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        foreach (var fact in facts)
        {
            text.Append(fact.Field).Append('\u001f').Append(fact.Expected).Append('\u001f').Append(fact.Found).Append('\u001e');
        }

        text.Append(suggestion);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>
    /// The reconciliation found the condition again. Returns true when anything about the row changed: a closed or
    /// resolved discrepancy whose condition is back reopens; a dismissed one reopens only when its facts changed.
    /// Seeing an open one again with the same facts changes nothing, so reruns write nothing.
    /// </summary>
    public bool Observe(DiscrepancySeverity severity, string summary, IReadOnlyList<DiscrepancyFact> facts, string? suggestion, long runId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var hash = HashOf(facts, suggestion);
        var factsChanged = hash != FactsHash;
        var reopen = Status switch
        {
            DiscrepancyStatus.Open => false,
            DiscrepancyStatus.Dismissed => factsChanged,
            _ => true,
        };

        if (!factsChanged && !reopen && severity == Severity && summary == Summary)
        {
            return false;
        }

        Severity = severity;
        Summary = summary;
        Facts = facts;
        FactsHash = hash;
        Suggestion = suggestion;
        LastSeenAt = at;
        LastSeenRunId = runId;
        if (reopen)
        {
            Status = DiscrepancyStatus.Open;
            OpenedAt = at;
            OpenedByRunId = runId;
            ClosedAt = null;
            ClosedByRunId = null;
        }

        return true;
    }

    /// <summary>The condition is gone: closes an open discrepancy. Returns false if there was nothing to close.</summary>
    public bool CloseAutomatically(long runId, DateTimeOffset at)
    {
        if (Status is DiscrepancyStatus.Closed or DiscrepancyStatus.Resolved)
        {
            return false;
        }

        Status = DiscrepancyStatus.Closed;
        ClosedAt = at;
        ClosedByRunId = runId;
        return true;
    }

    public void Resolve(string by, string note, DateTimeOffset at) => Act(DiscrepancyStatus.Resolved, by, note, at);

    public void Dismiss(string by, string note, DateTimeOffset at) => Act(DiscrepancyStatus.Dismissed, by, note, at);

    private void Act(DiscrepancyStatus status, string by, string note, DateTimeOffset at)
    {
        if (Status != DiscrepancyStatus.Open)
        {
            throw new DomainRuleException($"Only an open discrepancy can be {status.ToString().ToLowerInvariant()}; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("Say why in a note.", "note");
        }

        Status = status;
        ActedBy = by;
        Note = note.Trim();
        ActedAt = at;
    }
}
