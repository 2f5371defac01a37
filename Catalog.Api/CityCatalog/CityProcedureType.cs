using System.Globalization;
using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.Reconciliation;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Domain.CityCatalog;
using GraphQL.Types;

namespace Catalog.Api.CityCatalog;

/// <summary>GraphQL type of <see cref="CityProcedure"/>.</summary>
public sealed class CityProcedureType : ObjectGraphType<CityProcedure>
{
    public CityProcedureType()
    {
        Name = "CityProcedure";
        Description = "A procedure of one city's catalog: the city's name for it, its SIA code and responsible DIR3 unit, its attributes and its mapping to a reference procedure. An entry with `isOffered: false` declares that the city does not offer its reference procedure.";
        this.ImplementsNode(p => p.Id);
        Field<StringGraphType>("localId").Description("The city's own identifier for the procedure, if it has one.").ResolveFrom(p => p.LocalId);
        Field<NonNullGraphType<StringGraphType>>("localName").Description("The city's name for the procedure.").ResolveFrom(p => p.LocalName);
        Field<StringGraphType>("description").Description("The city's description (for an entry not offered: the reason).").ResolveFrom(p => p.Description);
        Field<NonNullGraphType<StringGraphType>>("municipalityIneCode").Description("The INE code of the municipality whose catalog this is.").ResolveFrom(p => p.MunicipalityIneCode);
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The municipality whose catalog this is.")
            .JoinsTo(p => p.MunicipalityIneCode, m => m.IneCode, loaders => loaders.Municipalities);
        Field<StringGraphType>("siaCode").Description("The procedure's SIA code, when registered in SIA.").ResolveFrom(p => p.SiaCode);
        Field<SiaEntryType>("siaEntry").Description("The SIA entry of `siaCode`, when the SIA mirror has it.")
            .JoinsTo(p => p.SiaCode, e => e.Code, loaders => loaders.SiaEntries);
        Field<StringGraphType>("responsibleUnitCode").Description("The DIR3 code of the unit responsible for the procedure.").ResolveFrom(p => p.ResponsibleUnitCode);
        Field<UnitType>("responsibleUnit").Description("The responsible unit, when the DIR3 mirror has it.")
            .JoinsTo(p => p.ResponsibleUnitCode, u => u.Code, loaders => loaders.Units);
        Field<NonNullGraphType<ProcedureAttributesType>>("attributes").Description("What the city says of the procedure's standard attributes.").ResolveFromParts(p => p.Attributes);
        Field<ReferenceProcedureType>("referenceProcedure").Description("The reference procedure this one is mapped to, if any.")
            .JoinsTo(p => p.ReferenceProcedureId, r => r.Id, loaders => loaders.ReferenceProcedures);
        Field<IntGraphType>("confirmedReferenceVersion").Description("The version of the reference procedure the city last reviewed and confirmed.").ResolveFrom(p => p.ConfirmedReferenceVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("referenceChanges")
            .Description("Field by field, what changed in the reference procedure since the version the city confirmed: what to review. Empty when up to date or not mapped.")
            .Reads(nameof(CityProcedure.ReferenceProcedureId), nameof(CityProcedure.ConfirmedReferenceVersion))
            .Resolve(c =>
            {
                if (c.Source.ReferenceProcedureId is not { } id || c.Source.ConfirmedReferenceVersion is not { } confirmed)
                {
                    return new LoadedResult<IReadOnlyList<FieldChange>>([]);
                }

                return c.Loaders().Versions.Load(id).Then(versions =>
                {
                    var from = versions.FirstOrDefault(v => v.Number == confirmed);
                    var to = versions.Count > 0 ? versions[^1] : null;
                    return from is null || to is null || to.Number <= confirmed ? [] : FieldChanges.Between(from, to);
                });
            });
        Field<NonNullGraphType<BooleanGraphType>>("isOffered").Description("False when the entry declares that the city does not offer its reference procedure.").ResolveFrom(p => p.IsOffered);
        Field<NonNullGraphType<CityProcedureStatusType>>("status").Description("Whether the procedure is in force.").ResolveFrom(p => p.Status);
        Field<DateTimeOffsetGraphType>("withdrawnAt").Description("When the procedure was withdrawn.").ResolveFrom(p => p.WithdrawnAt);
        Field<StringGraphType>("withdrawalReason").Description("Why the procedure was withdrawn.").ResolveFrom(p => p.WithdrawalReason);
        Field<NonNullGraphType<BooleanGraphType>>("isDemo").Description("True for entries of the shipped demo catalogs.").ResolveFrom(p => p.IsDemo);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the entry was created.").ResolveFrom(p => p.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the entry last changed.").ResolveFrom(p => p.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The optimistic concurrency revision, incremented on every change; send it back when editing.").ResolveFrom(p => p.Revision);
        Field<NonNullGraphType<global::GraphQL.Types.Relay.ConnectionType<Auditing.ChangeLogEntryType>>>("history")
            .Description("The audited writes to this procedure, newest first: who changed what, before and after. For admins and the editors of its municipality.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Arguments(Paging.ConnectionArguments())
            .Reads(nameof(CityProcedure.Id), nameof(CityProcedure.MunicipalityIneCode))
            .ResolveAsync(async c => await Paging.PageAsync(c, Auditing.ChangeLogQueries.HistoryOf(c, c.Source.Id, c.Source.MunicipalityIneCode), Auditing.ChangeLogQueries.Order));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiscrepancyType>>>>("openDiscrepancies")
            .Description("The open discrepancies the reconciliation found for this procedure, oldest first. Signed-in callers only, as `discrepancies`; an editor sees only their municipalities' (an empty list for others).")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor)
            .Reads(nameof(CityProcedure.Id), nameof(CityProcedure.MunicipalityIneCode))
            .Resolve(c => CatalogActor.From(c.User) is { Role: CatalogRole.Editor } editor && !editor.Municipalities.Contains(c.Source.MunicipalityIneCode)
                ? (object)Array.Empty<Catalog.Domain.Reconciliation.Discrepancy>()
                : c.Loaders().OpenDiscrepanciesOf.Load(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("openDiscrepancyCount")
            .Description("How many open discrepancies this procedure has (public: a portal may say \"under review\"; what they are is for signed-in users, in `openDiscrepancies`).")
            .Reads(nameof(CityProcedure.Id))
            .ResolveAsync(async c => (await c.Loaders().OpenDiscrepanciesOf.Load(c.Source.Id).GetResultAsync(c.CancellationToken)).Count);
    }
}

/// <summary>GraphQL enum of <see cref="CityProcedureStatus"/>.</summary>
public sealed class CityProcedureStatusType : DescribedEnumType<CityProcedureStatus>
{
    public CityProcedureStatusType() : base("CityProcedureStatus", "Whether a city procedure is in force.", new Dictionary<CityProcedureStatus, string>
    {
        [CityProcedureStatus.Active] = "In force.",
        [CityProcedureStatus.Withdrawn] = "Withdrawn from the catalog; kept for history.",
    })
    {
    }
}
