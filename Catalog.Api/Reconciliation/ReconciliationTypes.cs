using System.Globalization;
using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Domain.Reconciliation;
using GraphQL.Types;

namespace Catalog.Api.Reconciliation;

/// <summary>GraphQL type of <see cref="Discrepancy"/>.</summary>
public sealed class DiscrepancyType : ObjectGraphType<Discrepancy>
{
    public DiscrepancyType()
    {
        Name = "Discrepancy";
        Description = "A finding of the reconciliation about one city catalog: what is wrong, expected versus found, and a suggested fix where one can be derived. A rerun finds the same discrepancy again instead of creating a new one.";
        this.ImplementsNode(d => d.Id);
        Field<NonNullGraphType<DiscrepancyKindType>>("kind").Description("What kind of finding it is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DiscrepancySeverityType>>("severity").Description("How much it matters.").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("municipalityIneCode").Description("The INE code of the municipality whose catalog it is about.").Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The municipality whose catalog it is about.")
            .JoinsTo(d => d.MunicipalityIneCode, m => m.IneCode, loaders => loaders.Municipalities);
        Field<CityProcedureType>("cityProcedure").Description("The city procedure concerned; null for findings about the catalog as a whole (an uncatalogued SIA entry).")
            .JoinsTo(d => d.CityProcedureId, p => p.Id, loaders => loaders.CityProcedures);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("What the finding is about: a SIA code, a DIR3 code, a reference code.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("One sentence a person can read.").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiscrepancyFactType>>>>("facts").Description("Expected versus found, field by field.").Resolve(c => c.Source.Facts);
        Field<StringGraphType>("suggestion").Description("A suggested fix, where one can be derived (a successor unit, a matching SIA entry, fields to review).").Resolve(c => c.Source.Suggestion);
        Field<NonNullGraphType<DiscrepancyStatusType>>("status").Description("Where the discrepancy stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("openedAt").Description("When it was (last) opened.").Resolve(c => c.Source.OpenedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastSeenAt").Description("When a run last found it.").Resolve(c => c.Source.LastSeenAt);
        Field<DateTimeOffsetGraphType>("closedAt").Description("When the reconciliation closed it, the condition being gone.").Resolve(c => c.Source.ClosedAt);
        Field<StringGraphType>("actedBy").Description("Who resolved or dismissed it. Staff identity: needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.ActedBy);
        Field<StringGraphType>("note").Description("The note of whoever resolved or dismissed it.").Resolve(c => c.Source.Note);
        Field<DateTimeOffsetGraphType>("actedAt").Description("When it was resolved or dismissed.").Resolve(c => c.Source.ActedAt);
        Field<NonNullGraphType<SyncRunType>>("openedByRun").Description("The sync run that (last) opened it.")
            .JoinsTo(d => d.OpenedByRunId, r => r.Id, loaders => loaders.SyncRuns);
    }
}

/// <summary>GraphQL type of <see cref="DiscrepancyFact"/>.</summary>
public sealed class DiscrepancyFactType : ObjectGraphType<DiscrepancyFact>
{
    public DiscrepancyFactType()
    {
        Name = "DiscrepancyFact";
        Description = "One fact of a discrepancy: a field, what was expected and what was found.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field concerned.").Resolve(c => c.Source.Field);
        Field<StringGraphType>("expected").Description("What was expected (from the registry or the reference).").Resolve(c => c.Source.Expected);
        Field<StringGraphType>("found").Description("What the city's catalog has.").Resolve(c => c.Source.Found);
    }
}

/// <summary>GraphQL type of <see cref="SyncRun"/>.</summary>
public sealed class SyncRunType : ObjectGraphType<SyncRun>
{
    public SyncRunType()
    {
        Name = "SyncRun";
        Description = "The record of one sync run: what started it, what it read, what it changed in the registry mirror and the catalogs, and how it ended.";
        this.ImplementsNode(r => r.Id);
        Field<NonNullGraphType<SyncTriggerType>>("trigger").Description("What started the run.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("True for a dry run, which computes everything and writes only this record.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("full").Description("True when every municipality was reconciled, not only those touched by changes.").Resolve(c => c.Source.Full);
        Field<StringGraphType>("requestedBy").Description("Who asked for the run, when a person did. Staff identity: needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.RequestedBy);
        Field<StringGraphType>("municipalityFilter").Description("The municipality (INE code) the run was limited to, if any.").Resolve(c => c.Source.MunicipalityFilter);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When the run started.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Description("When the run ended; null while running.").Resolve(c => c.Source.FinishedAt);
        Field<FloatGraphType>("durationSeconds").Description("How long the run took, in seconds.").Resolve(c => c.Source.Duration?.TotalSeconds);
        Field<NonNullGraphType<SyncOutcomeType>>("outcome").Description("How the run ended.").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("error").Description("Why the run failed or was cancelled. Operational detail (paths, addresses, hosts): needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.Error);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncSourceReportType>>>>("sources").Description("The sources the run read.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ChangeCountsType>>("units").Description("DIR3 units added, changed and gone.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ChangeCountsType>>("offices").Description("DIR3 offices added, changed and gone.").Resolve(c => c.Source.Offices);
        Field<NonNullGraphType<ChangeCountsType>>("siaEntries").Description("SIA entries added, changed and gone.").Resolve(c => c.Source.SiaEntries);
        Field<NonNullGraphType<IntGraphType>>("municipalitiesReconciled").Description("How many city catalogs were reconciled.").Resolve(c => c.Source.MunicipalitiesReconciled);
        Field<NonNullGraphType<IntGraphType>>("discrepanciesOpened").Description("Discrepancies opened (or reopened).").Resolve(c => c.Source.DiscrepanciesOpened);
        Field<NonNullGraphType<IntGraphType>>("discrepanciesClosed").Description("Discrepancies closed because their condition was gone.").Resolve(c => c.Source.DiscrepanciesClosed);
        Field<NonNullGraphType<IntGraphType>>("discrepanciesUpdated").Description("Discrepancies whose facts were updated without opening or closing.").Resolve(c => c.Source.DiscrepanciesUpdated);
        Field<StringGraphType>("node").Description("The node that ran it (host name or scheduler instance). Operational detail: needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.Node);
    }
}

/// <summary>GraphQL type of <see cref="SyncSourceReport"/>.</summary>
public sealed class SyncSourceReportType : ObjectGraphType<SyncSourceReport>
{
    public SyncSourceReportType()
    {
        Name = "SyncSourceReport";
        Description = "One source a sync run read: where from, its content hash, whether it was skipped as unchanged, and what it held.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The source's configured name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The source's kind (file, HTTP, SOAP…).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("location").Description("Where the source was read from. Operational detail (a path or an address): needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.Location);
        Field<StringGraphType>("contentHash").Description("SHA-256 of the content read, hex.").Resolve(c => c.Source.ContentHash);
        Field<NonNullGraphType<BooleanGraphType>>("skipped").Description("True when the content was unchanged since the last load and skipped.").Resolve(c => c.Source.Skipped);
        Field<NonNullGraphType<IntGraphType>>("rowsRead").Description("Rows read.").Resolve(c => c.Source.RowsRead);
        Field<NonNullGraphType<IntGraphType>>("rowsRejected").Description("Rows rejected as malformed.").Resolve(c => c.Source.RowsRejected);
        Field<StringGraphType>("error").Description("Why the source failed, if it did. Operational detail: needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).Resolve(c => c.Source.Error);
    }
}

/// <summary>GraphQL type of <see cref="ChangeCounts"/>.</summary>
public sealed class ChangeCountsType : ObjectGraphType<ChangeCounts>
{
    public ChangeCountsType()
    {
        Name = "ChangeCounts";
        Description = "Counts of registry rows added, changed and gone in one run.";
        Field<NonNullGraphType<IntGraphType>>("added").Description("Rows added.").Resolve(c => c.Source.Added);
        Field<NonNullGraphType<IntGraphType>>("changed").Description("Rows changed.").Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<IntGraphType>>("gone").Description("Rows gone from the source.").Resolve(c => c.Source.Gone);
    }
}

/// <summary>GraphQL enum of <see cref="DiscrepancyKind"/>.</summary>
public sealed class DiscrepancyKindType : DescribedEnumType<DiscrepancyKind>
{
    public DiscrepancyKindType() : base("DiscrepancyKind", "The kinds of discrepancy the reconciliation finds.", new Dictionary<DiscrepancyKind, string>
    {
        [DiscrepancyKind.SiaCodeMissing] = "A city procedure has no SIA code.",
        [DiscrepancyKind.SiaCodeUnknown] = "Its SIA code is not in the SIA mirror.",
        [DiscrepancyKind.SiaCodeWithdrawn] = "Its SIA entry is deregistered (baja) or inactive.",
        [DiscrepancyKind.SiaOwnerMismatch] = "Its SIA entry's responsible organism is not the city's council or a unit under it.",
        [DiscrepancyKind.SiaAttributeDrift] = "SIA and the city disagree on name, initiation, silence effect, resolution term…",
        [DiscrepancyKind.SiaEntryUncataloged] = "SIA has an entry owned by the city's council tree that no city procedure references.",
        [DiscrepancyKind.UnitMissing] = "A city procedure has no responsible unit.",
        [DiscrepancyKind.UnitUnknown] = "Its responsible unit's DIR3 code is not in the mirror.",
        [DiscrepancyKind.UnitExtinguished] = "Its responsible unit is extinguished or annulled, or vanished from the registry.",
        [DiscrepancyKind.UnitOutsideMunicipality] = "Its responsible unit is not under the city's council.",
        [DiscrepancyKind.ReferenceChanged] = "Its reference procedure has a newer version than the one the city confirmed.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="DiscrepancySeverity"/>.</summary>
public sealed class DiscrepancySeverityType : DescribedEnumType<DiscrepancySeverity>
{
    public DiscrepancySeverityType() : base("DiscrepancySeverity", "How much a discrepancy matters.", new Dictionary<DiscrepancySeverity, string>
    {
        [DiscrepancySeverity.Info] = "Worth knowing.",
        [DiscrepancySeverity.Warning] = "Should be looked at.",
        [DiscrepancySeverity.Error] = "Wrong: should be fixed.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="DiscrepancyStatus"/>.</summary>
public sealed class DiscrepancyStatusType : DescribedEnumType<DiscrepancyStatus>
{
    public DiscrepancyStatusType() : base("DiscrepancyStatus", "Where a discrepancy stands.", new Dictionary<DiscrepancyStatus, string>
    {
        [DiscrepancyStatus.Open] = "Found and not yet acted on.",
        [DiscrepancyStatus.Resolved] = "A user fixed it and said so, with a note.",
        [DiscrepancyStatus.Dismissed] = "A user judged it not to matter; it stays dismissed until its facts change.",
        [DiscrepancyStatus.Closed] = "The condition is gone: the reconciliation closed it.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="SyncTrigger"/>.</summary>
public sealed class SyncTriggerType : DescribedEnumType<SyncTrigger>
{
    public SyncTriggerType() : base("SyncTrigger", "What started a sync run.", new Dictionary<SyncTrigger, string>
    {
        [SyncTrigger.Schedule] = "The schedule.",
        [SyncTrigger.Manual] = "An operator, by hand.",
        [SyncTrigger.Command] = "The command line.",
        [SyncTrigger.Api] = "A request through the API.",
        [SyncTrigger.Edit] = "A write to a city catalog (a mutation or an import): that city alone is reconciled right after it, the mirror untouched.",
        [SyncTrigger.Startup] = "The application starting.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="SyncOutcome"/>.</summary>
public sealed class SyncOutcomeType : DescribedEnumType<SyncOutcome>
{
    public SyncOutcomeType() : base("SyncOutcome", "How a sync run ended.", new Dictionary<SyncOutcome, string>
    {
        [SyncOutcome.Running] = "Still running.",
        [SyncOutcome.Succeeded] = "Ended well.",
        [SyncOutcome.Failed] = "Failed; the mirror and the catalogs were left as they were.",
        [SyncOutcome.Cancelled] = "Cancelled.",
    })
    {
    }
}
