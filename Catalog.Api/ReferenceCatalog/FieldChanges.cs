using System.Globalization;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using GraphQL.Types;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>One field whose value differs between two snapshots of a procedure.</summary>
/// <param name="Field">The field's name as the schema writes it (<c>silenceEffect</c>, <c>resolutionTerm</c>…).</param>
/// <param name="Before">The value in the first snapshot (the older version, or the reference), as text.</param>
/// <param name="After">The value in the second snapshot (the newer version, or the city's), as text.</param>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Field-level differences between snapshots of procedure attributes, written for people to read.</summary>
public static class FieldChanges
{
    /// <summary>The attribute fields that differ, with both values.</summary>
    public static IReadOnlyList<FieldChange> OfAttributes(ProcedureAttributes before, ProcedureAttributes after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.DiffFrom(before).Select(field => new FieldChange(SchemaName(field), Describe(before, field), Describe(after, field))).ToList();
    }

    /// <summary>What changed from one version of a reference procedure to another (null before: everything is new).</summary>
    public static IReadOnlyList<FieldChange> Between(ReferenceProcedureVersion? before, ReferenceProcedureVersion after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        if (before?.Name != after.Name)
        {
            changes.Add(new FieldChange("name", before?.Name, after.Name));
        }

        if (before?.Description != after.Description)
        {
            changes.Add(new FieldChange("description", before?.Description, after.Description));
        }

        if (before is not null && before.ProcessId != after.ProcessId)
        {
            changes.Add(new FieldChange("process", before.ProcessId.ToString(CultureInfo.InvariantCulture), after.ProcessId.ToString(CultureInfo.InvariantCulture)));
        }

        changes.AddRange(OfAttributes(before?.Attributes ?? ProcedureAttributes.Empty, after.Attributes));
        return changes;
    }

    private static string SchemaName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static string? Describe(ProcedureAttributes attributes, string field) => field switch
    {
        nameof(ProcedureAttributes.Initiation) => attributes.Initiation?.ToString(),
        nameof(ProcedureAttributes.SilenceEffect) => attributes.SilenceEffect?.ToString(),
        nameof(ProcedureAttributes.ResolutionTerm) => attributes.ResolutionTerm?.ToString(),
        nameof(ProcedureAttributes.EndsAdministrativeRoute) => attributes.EndsAdministrativeRoute?.ToString(),
        nameof(ProcedureAttributes.Recipients) => attributes.Recipients == Recipients.None ? null : attributes.Recipients.ToString(),
        nameof(ProcedureAttributes.ElectronicLevel) => attributes.ElectronicLevel?.ToString(),
        nameof(ProcedureAttributes.Channels) => attributes.Channels == Channels.None ? null : attributes.Channels.ToString(),
        nameof(ProcedureAttributes.Fees) => attributes.Fees,
        nameof(ProcedureAttributes.LegalBasis) => attributes.LegalBasis.Count == 0 ? null : string.Join("; ", attributes.LegalBasis),
        nameof(ProcedureAttributes.AsRegulated) => attributes.AsRegulated == RegulatedAttributes.None ? null : attributes.AsRegulated.ToString(),
        nameof(ProcedureAttributes.Requirements) => attributes.Requirements,
        nameof(ProcedureAttributes.Documents) => attributes.Documents,
        nameof(ProcedureAttributes.ResolvingBody) => attributes.ResolvingBody,
        nameof(ProcedureAttributes.Appeals) => attributes.Appeals,
        nameof(ProcedureAttributes.SubmissionPeriod) => attributes.SubmissionPeriod,
        nameof(ProcedureAttributes.Family) => attributes.Family,
        _ => null,
    };
}

/// <summary>GraphQL type of <see cref="FieldChange"/>.</summary>
public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "A field whose value differs between two snapshots of a procedure, with both values as text.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field's name as this schema writes it (`silenceEffect`, `resolutionTerm`, `legalBasis`…).").Resolve(c => c.Source.Field);
        Field<StringGraphType>("before").Description("The value in the first snapshot (the older version, or the reference procedure); null when unset.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The value in the second snapshot (the newer version, or the city's procedure); null when unset.").Resolve(c => c.Source.After);
    }
}
