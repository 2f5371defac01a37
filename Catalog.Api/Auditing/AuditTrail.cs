using System.Globalization;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain.Auditing;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;

namespace Catalog.Api.Auditing;

/// <summary>A flat, text view of an entity's audited fields, taken before and after a write.</summary>
public sealed class AuditSnapshot
{
    private readonly Dictionary<string, string?> _fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string?> Fields => _fields;

    public static AuditSnapshot Empty { get; } = new();

    public static AuditSnapshot Of(CityProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var snapshot = new AuditSnapshot();
        snapshot.Add("localId", procedure.LocalId);
        snapshot.Add("localName", procedure.LocalName);
        snapshot.Add("description", procedure.Description);
        snapshot.Add("siaCode", procedure.SiaCode);
        snapshot.Add("responsibleUnit", procedure.ResponsibleUnitCode);
        snapshot.Add("referenceProcedureId", procedure.ReferenceProcedureId?.ToString(CultureInfo.InvariantCulture));
        snapshot.Add("confirmedReferenceVersion", procedure.ConfirmedReferenceVersion?.ToString(CultureInfo.InvariantCulture));
        snapshot.Add("offered", procedure.IsOffered ? "true" : "false");
        snapshot.Add("status", procedure.Status.ToString());
        snapshot.Add("withdrawalReason", procedure.WithdrawalReason);
        snapshot.AddAttributes(procedure.Attributes);
        return snapshot;
    }

    public static AuditSnapshot Of(ReferenceProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var snapshot = new AuditSnapshot();
        snapshot.Add("code", procedure.Code);
        snapshot.Add("processId", procedure.ProcessId.ToString(CultureInfo.InvariantCulture));
        snapshot.Add("name", procedure.Name);
        snapshot.Add("description", procedure.Description);
        snapshot.Add("currentVersion", procedure.CurrentVersion.ToString(CultureInfo.InvariantCulture));
        snapshot.Add("retired", procedure.IsRetired ? "true" : "false");
        snapshot.AddAttributes(procedure.Attributes);
        return snapshot;
    }

    public static AuditSnapshot Of(ReferenceProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var snapshot = new AuditSnapshot();
        snapshot.Add("code", process.Code);
        snapshot.Add("name", process.Name);
        snapshot.Add("description", process.Description);
        snapshot.Add("sortOrder", process.SortOrder.ToString(CultureInfo.InvariantCulture));
        return snapshot;
    }

    /// <summary>Adds a field by name; for entities without a dedicated <c>Of</c> (discrepancies, API keys…).</summary>
    public AuditSnapshot Add(string field, string? value)
    {
        _fields[field] = value;
        return this;
    }

    /// <summary>The fields whose values differ from <paramref name="before"/>, in a stable order.</summary>
    public IReadOnlyList<FieldChange> ChangesFrom(AuditSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return before._fields.Keys.Union(_fields.Keys, StringComparer.Ordinal)
            .Select(field => new FieldChange(field, before._fields.GetValueOrDefault(field), _fields.GetValueOrDefault(field)))
            .Where(change => !string.Equals(change.Before, change.After, StringComparison.Ordinal))
            .ToList();
    }

    private void AddAttributes(ProcedureAttributes attributes)
    {
        Add("initiation", attributes.Initiation?.ToString());
        Add("silenceEffect", attributes.SilenceEffect?.ToString());
        Add("resolutionTerm", attributes.ResolutionTerm?.ToString());
        Add("endsAdministrativeRoute", attributes.EndsAdministrativeRoute?.ToString());
        Add("recipients", attributes.Recipients.ToString());
        Add("electronicLevel", attributes.ElectronicLevel?.ToString());
        Add("channels", attributes.Channels.ToString());
        Add("fees", attributes.Fees);
        Add("legalBasis", attributes.LegalBasis.Count == 0 ? null : string.Join(" | ", attributes.LegalBasis));
        Add("asRegulated", attributes.AsRegulated == RegulatedAttributes.None ? null : attributes.AsRegulated.ToString());
        Add("requirements", attributes.Requirements);
        Add("documents", attributes.Documents);
        Add("resolvingBody", attributes.ResolvingBody);
        Add("appeals", attributes.Appeals);
        Add("submissionPeriod", attributes.SubmissionPeriod);
        Add("family", attributes.Family);
    }
}

/// <summary>
/// Records writes in the change log, in the same unit of work as the write itself, so an audit entry exists exactly
/// when the change it describes was saved.
/// </summary>
public static class AuditTrail
{
    /// <summary>
    /// Adds a change-log entry for a write (not saved here: the caller's SaveChanges saves both). A write that changed
    /// no field records nothing, unless <paramref name="always"/> is set (for actions such as confirmations).
    /// </summary>
    public static ChangeLogEntry? Record(CatalogDbContext db, CatalogActor actor, string entityType, string entityId, string action,
        AuditSnapshot before, AuditSnapshot after, string? municipalityIneCode, DateTimeOffset at, bool always = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(after);
        var changes = after.ChangesFrom(before);
        if (changes.Count == 0 && !always)
        {
            return null;
        }

        var entry = new ChangeLogEntry(actor.Subject, actor.Role.ToString().ToLowerInvariant(), actor.ApiKeyId, entityType, entityId, action,
            changes, municipalityIneCode, at);
        db.ChangeLog.Add(entry);
        return entry;
    }
}
