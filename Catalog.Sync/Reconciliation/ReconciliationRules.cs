using System.Globalization;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Reconciliation;

/// <summary>
/// One finding of the rules, before it meets the stored discrepancies: what <see cref="Discrepancy"/> is made of.
/// </summary>
public sealed record Finding(DiscrepancyKind Kind, DiscrepancySeverity Severity, long? CityProcedureId, string Subject, string Summary,
    IReadOnlyList<DiscrepancyFact> Facts, string? Suggestion);

/// <summary>One city's catalog as the rules see it: its council, its procedures in force and the SIA entries its council tree owns.</summary>
public sealed record MunicipalityCatalog(string IneCode, string CouncilCode, IReadOnlyList<CityProcedure> Procedures, IReadOnlyList<SiaEntry> OwnedSiaEntries);

/// <summary>The registries and the reference catalog the rules check a city catalog against.</summary>
public sealed record ReconciliationContext(UnitDirectory Units, Func<string, SiaEntry?> FindSiaEntry, IReadOnlyDictionary<long, ReferenceProcedure> ReferenceProcedures);

/// <summary>
/// The rules of the design's reconciliation table, as pure functions of one city catalog and the mirror. Each
/// finding carries a subject that makes its key stable (the SIA code, the DIR3 code, the reference code), facts
/// field by field, and a suggestion where one can be derived.
/// </summary>
public static class ReconciliationRules
{
    /// <summary>Subject of the findings about a missing SIA code (there is no code to name).</summary>
    public const string NoSiaCodeSubject = "SIA";

    /// <summary>Subject of the findings about a missing responsible unit.</summary>
    public const string NoUnitSubject = "DIR3";

    public static IReadOnlyList<Finding> Check(MunicipalityCatalog catalog, ReconciliationContext context)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var referencedSia = new HashSet<string>(StringComparer.Ordinal);
        foreach (var procedure in catalog.Procedures)
        {
            if (procedure.Status != CityProcedureStatus.Active)
            {
                continue;
            }

            if (procedure.SiaCode is { } sia)
            {
                referencedSia.Add(sia);
            }

            if (procedure.IsOffered)
            {
                CheckSia(procedure, catalog, context, findings);
                CheckUnit(procedure, catalog, context, findings);
            }

            CheckReference(procedure, context, findings);
        }

        CheckUncatalogued(catalog, referencedSia, findings);
        return findings;
    }

    private static void CheckSia(CityProcedure procedure, MunicipalityCatalog catalog, ReconciliationContext context, List<Finding> findings)
    {
        if (procedure.SiaCode is not { } code)
        {
            var match = catalog.OwnedSiaEntries.FirstOrDefault(e => !e.IsWithdrawn && !e.IsGone && SiaInterpretation.SameName(e.Name, procedure.LocalName));
            findings.Add(new Finding(DiscrepancyKind.SiaCodeMissing, DiscrepancySeverity.Warning, procedure.Id, NoSiaCodeSubject,
                $"'{procedure.LocalName}' has no SIA code.",
                [new DiscrepancyFact("SiaCode", "a SIA code", null)],
                match is null ? null : $"SIA entry {match.Code} '{match.Name}' of the council has the same name: assign SIA code {match.Code}."));
            return;
        }

        var entry = context.FindSiaEntry(code);
        if (entry is null || entry.IsGone)
        {
            findings.Add(new Finding(DiscrepancyKind.SiaCodeUnknown, DiscrepancySeverity.Error, procedure.Id, code,
                $"'{procedure.LocalName}' has SIA code {code}, which is not in SIA.",
                [new DiscrepancyFact("SiaCode", "a code registered in SIA", code)],
                null));
            return;
        }

        if (entry.IsWithdrawn)
        {
            findings.Add(new Finding(DiscrepancyKind.SiaCodeWithdrawn, DiscrepancySeverity.Error, procedure.Id, code,
                $"SIA entry {code} of '{procedure.LocalName}' is withdrawn from SIA.",
                [new DiscrepancyFact("SiaStatus", "active", entry.Status?.ToString() ?? "withdrawn")],
                "Register the procedure again in SIA and assign the new code, or withdraw the city procedure."));
            return;
        }

        var owner = entry.ResponsibleUnitCode ?? entry.ResponsibleN2 ?? entry.ResponsibleN1;
        if (owner is null || !context.Units.IsWithin(owner, catalog.CouncilCode))
        {
            findings.Add(new Finding(DiscrepancyKind.SiaOwnerMismatch, DiscrepancySeverity.Error, procedure.Id, code,
                $"SIA entry {code} of '{procedure.LocalName}' belongs to {Describe(owner, context.Units)}, not to the council {catalog.CouncilCode} or a unit under it.",
                [new DiscrepancyFact("ResponsibleOrganism", catalog.CouncilCode, owner)],
                "Check the SIA code: it is probably another administration's entry."));
        }

        var drift = AttributeDrift(procedure, entry);
        if (drift.Count > 0)
        {
            findings.Add(new Finding(DiscrepancyKind.SiaAttributeDrift, DiscrepancySeverity.Warning, procedure.Id, code,
                $"'{procedure.LocalName}' and SIA entry {code} disagree on {string.Join(", ", drift.Select(f => f.Field))}.",
                drift,
                "Correct the city procedure, or ask for SIA to be updated, so both say the same."));
        }
    }

    /// <summary>
    /// The fields on which the city and SIA disagree. A field is compared only when both sides state it and SIA's value
    /// can be interpreted; names are compared without cosmetic differences.
    /// </summary>
    public static IReadOnlyList<DiscrepancyFact> AttributeDrift(CityProcedure procedure, SiaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(entry);
        var facts = new List<DiscrepancyFact>();
        var city = procedure.Attributes;
        if (!SiaInterpretation.SameName(procedure.LocalName, entry.Name))
        {
            facts.Add(new DiscrepancyFact("Name", entry.Name, procedure.LocalName));
        }

        Compare("Initiation", SiaInterpretation.Initiation(entry.Initiations), city.Initiation, facts);
        Compare("SilenceEffect", SiaInterpretation.SilenceEffect(entry.SilenceEffect), city.SilenceEffect, facts);
        var siaUnit = SiaInterpretation.TermUnit(entry.ResolutionTermUnit);
        if (entry.ResolutionTermAmount is { } amount && siaUnit is { } unit && city.ResolutionTermAmount is { } cityAmount && city.ResolutionTermUnit is { } cityUnit
            && (amount != cityAmount || unit != cityUnit))
        {
            facts.Add(new DiscrepancyFact("ResolutionTerm", FormatTerm(amount, unit), FormatTerm(cityAmount, cityUnit)));
        }

        Compare("EndsAdministrativeRoute", entry.EndsAdministrativeRoute, city.EndsAdministrativeRoute, facts);
        Compare("ElectronicLevel", SiaInterpretation.ElectronicLevel(entry.ElectronicLevel), city.ElectronicLevel, facts);
        return facts;
    }

    private static void Compare<T>(string field, T? sia, T? city, List<DiscrepancyFact> facts) where T : struct
    {
        if (sia is { } expected && city is { } found && !EqualityComparer<T>.Default.Equals(expected, found))
        {
            facts.Add(new DiscrepancyFact(field, Format<T>(expected), Format<T>(found)));
        }
    }

    private static void CheckUnit(CityProcedure procedure, MunicipalityCatalog catalog, ReconciliationContext context, List<Finding> findings)
    {
        if (procedure.ResponsibleUnitCode is not { } code)
        {
            findings.Add(new Finding(DiscrepancyKind.UnitMissing, DiscrepancySeverity.Warning, procedure.Id, NoUnitSubject,
                $"'{procedure.LocalName}' has no responsible unit.",
                [new DiscrepancyFact("ResponsibleUnit", "a DIR3 unit of the council", null)],
                $"Assign the responsible unit; the council itself is {catalog.CouncilCode}."));
            return;
        }

        var unit = context.Units.Find(code);
        if (unit is null)
        {
            findings.Add(new Finding(DiscrepancyKind.UnitUnknown, DiscrepancySeverity.Error, procedure.Id, code,
                $"The responsible unit {code} of '{procedure.LocalName}' is not in DIR3.",
                [new DiscrepancyFact("ResponsibleUnit", "a unit registered in DIR3", code)],
                null));
            return;
        }

        if (!unit.IsActive)
        {
            var status = unit.IsGone ? "gone from the DIR3 lists" : unit.Status.ToString().ToLowerInvariant();
            findings.Add(new Finding(DiscrepancyKind.UnitExtinguished, DiscrepancySeverity.Error, procedure.Id, code,
                $"The responsible unit {code} '{unit.Name}' of '{procedure.LocalName}' is {status}.",
                [new DiscrepancyFact("UnitStatus", "current", status)],
                SuggestReplacement(code, context.Units)));
        }

        if (!context.Units.IsWithin(code, catalog.CouncilCode))
        {
            findings.Add(new Finding(DiscrepancyKind.UnitOutsideMunicipality, DiscrepancySeverity.Error, procedure.Id, code,
                $"The responsible unit {code} '{unit.Name}' of '{procedure.LocalName}' is not under the council {catalog.CouncilCode}.",
                [new DiscrepancyFact("Council", catalog.CouncilCode, context.Units.CouncilOf(code) ?? unit.PrincipalCode ?? unit.ParentCode)],
                $"Assign a unit of the council {catalog.CouncilCode}."));
        }
    }

    /// <summary>The successor from DIR3 history where known, else the nearest current ancestor.</summary>
    public static string? SuggestReplacement(string code, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var successors = units.CurrentSuccessorsOf(code);
        if (successors.Count > 0)
        {
            return $"DIR3 history names its successor: {string.Join(" or ", successors.Select(s => $"{s.Code} '{s.Name}'"))}.";
        }

        return units.NearestCurrentAncestorOf(code) is { } ancestor
            ? $"No successor is recorded; its nearest current ancestor is {ancestor.Code} '{ancestor.Name}'."
            : null;
    }

    private static void CheckReference(CityProcedure procedure, ReconciliationContext context, List<Finding> findings)
    {
        if (procedure.ReferenceProcedureId is not { } id || procedure.ConfirmedReferenceVersion is not { } confirmed
            || !context.ReferenceProcedures.TryGetValue(id, out var reference) || reference.CurrentVersion <= confirmed)
        {
            return;
        }

        var confirmedVersion = reference.Versions.FirstOrDefault(v => v.Number == confirmed);
        var facts = new List<DiscrepancyFact>
        {
            new("Version", confirmed.ToString(CultureInfo.InvariantCulture), reference.CurrentVersion.ToString(CultureInfo.InvariantCulture)),
        };
        var changed = reference.FieldsChangedSince(confirmed);
        foreach (var field in changed)
        {
            facts.Add(new DiscrepancyFact(field, ValueOf(field, confirmedVersion?.Name, confirmedVersion?.Description, confirmedVersion?.Attributes),
                ValueOf(field, reference.Name, reference.Description, reference.Attributes)));
        }

        findings.Add(new Finding(DiscrepancyKind.ReferenceChanged, reference.IsRetired ? DiscrepancySeverity.Warning : DiscrepancySeverity.Info,
            procedure.Id, reference.Code,
            reference.IsRetired
                ? $"Reference procedure {reference.Code} that '{procedure.LocalName}' maps to was retired after version {confirmed}."
                : $"Reference procedure {reference.Code} that '{procedure.LocalName}' maps to is at version {reference.CurrentVersion}; the city confirmed version {confirmed}.",
            facts,
            reference.IsRetired
                ? "Map the procedure to a current reference procedure."
                : $"Review {string.Join(", ", changed)}, then confirm version {reference.CurrentVersion}."));
    }

    private static void CheckUncatalogued(MunicipalityCatalog catalog, HashSet<string> referenced, List<Finding> findings)
    {
        foreach (var entry in catalog.OwnedSiaEntries)
        {
            if (entry.IsWithdrawn || entry.IsGone || referenced.Contains(entry.Code))
            {
                continue;
            }

            var match = catalog.Procedures.FirstOrDefault(p => p.Status == CityProcedureStatus.Active && p.IsOffered && p.SiaCode is null
                && SiaInterpretation.SameName(p.LocalName, entry.Name));
            findings.Add(new Finding(DiscrepancyKind.SiaEntryUncataloged, DiscrepancySeverity.Info, null, entry.Code,
                $"SIA entry {entry.Code} '{entry.Name}' belongs to the council but no city procedure has its code.",
                [new DiscrepancyFact("CityProcedure", $"a procedure with SIA code {entry.Code}", null)],
                match is null
                    ? "Add it to the city catalog, or ask SIA to withdraw it if the council no longer offers it."
                    : $"City procedure '{match.LocalName}' has the same name and no SIA code: assign it SIA code {entry.Code}."));
        }
    }

    private static string Describe(string? code, UnitDirectory units)
        => code is null ? "no organism" : units.Find(code) is { } unit ? $"{code} '{unit.Name}'" : code;

    private static string? ValueOf(string field, string? name, string? description, ProcedureAttributes? attributes) => field switch
    {
        "Name" => name,
        "Description" => description,
        nameof(ProcedureAttributes.Initiation) => Format(attributes?.Initiation),
        nameof(ProcedureAttributes.SilenceEffect) => Format(attributes?.SilenceEffect),
        nameof(ProcedureAttributes.ResolutionTerm) => attributes?.ResolutionTerm?.ToString(),
        nameof(ProcedureAttributes.EndsAdministrativeRoute) => Format(attributes?.EndsAdministrativeRoute),
        nameof(ProcedureAttributes.Recipients) => attributes?.Recipients.ToString(),
        nameof(ProcedureAttributes.ElectronicLevel) => Format(attributes?.ElectronicLevel),
        nameof(ProcedureAttributes.Channels) => attributes?.Channels.ToString(),
        nameof(ProcedureAttributes.Fees) => attributes?.Fees,
        nameof(ProcedureAttributes.LegalBasis) => attributes is null ? null : string.Join("; ", attributes.LegalBasis),
        nameof(ProcedureAttributes.AsRegulated) => attributes?.AsRegulated.ToString(),
        nameof(ProcedureAttributes.Requirements) => attributes?.Requirements,
        nameof(ProcedureAttributes.Documents) => attributes?.Documents,
        nameof(ProcedureAttributes.ResolvingBody) => attributes?.ResolvingBody,
        nameof(ProcedureAttributes.Appeals) => attributes?.Appeals,
        nameof(ProcedureAttributes.SubmissionPeriod) => attributes?.SubmissionPeriod,
        nameof(ProcedureAttributes.Family) => attributes?.Family,
        _ => null,
    };

    private static string FormatTerm(int amount, TermUnit unit) => $"{amount} {unit}";

    private static string? Format<T>(T? value) where T : struct => value switch
    {
        null => null,
        bool b => b ? "yes" : "no",
        { } v => v.ToString(),
    };
}
