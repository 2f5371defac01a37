using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.CityCatalog;

/// <summary>Root mutation fields that edit a city's catalog (editors of that city, and admins).</summary>
public static class CityCatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CityProcedureWriteType>>("createCityProcedure")
            .Description("Adds a procedure to a city's catalog. Editors of that municipality and admins. Refused with BAD_USER_INPUT (`extensions.field`, and `extensions.otherProcedure` for a code another procedure holds) when it breaks a catalog rule: local id or SIA code already in the catalog, retired reference, unit outside the council's DIR3 tree. Codes the mirror does not know yet are accepted with a warning. The city is reconciled before the answer, so its discrepancies are current.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<CreateCityProcedureInputType>>("input", "The new procedure.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var municipality = MunicipalityCode.Parse(input["municipality"] as string, "municipality");
                return await Editor(c).CreateAsync(Actor(c), municipality, ProcedureAttributeInputs.ReadChanges(input),
                    input.TryGetValue("referenceCode", out var reference) ? reference as string : null, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<CityProcedureWriteType>>("updateCityProcedure")
            .Description("Changes a city procedure. Refused with CONFLICT when `revision` is stale: nothing is lost, reload and apply again. The catalog rules, warnings and reconciliation are those of `createCityProcedure`.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<UpdateCityProcedureInputType>>("input", "The changes.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var id = GlobalId.DecodeNumeric(input["id"]?.ToString(), "CityProcedure", "id");
                return await Editor(c).UpdateAsync(Actor(c), id, (int)input["revision"]!, ProcedureAttributeInputs.ReadChanges(input), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<CityProcedureType>>("withdrawCityProcedure")
            .Description("Withdraws a city procedure from the catalog; it stays, marked withdrawn, for history.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The city procedure's global ID.")
            .Argument<NonNullGraphType<IntGraphType>>("revision", "The revision the withdrawal is based on.")
            .Argument<StringGraphType>("reason", "Why it is withdrawn.")
            .ResolveAsync(async c => await Editor(c).WithdrawAsync(Actor(c), EditedIds.CityProcedure(c), c.GetArgument<int>("revision"),
                c.GetArgument<string?>("reason"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CityProcedureType>>("mapCityProcedure")
            .Description("Maps a city procedure to a reference procedure (its current version counts as confirmed), or unmaps it when `referenceCode` is null.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The city procedure's global ID.")
            .Argument<NonNullGraphType<IntGraphType>>("revision", "The revision the change is based on.")
            .Argument<StringGraphType>("referenceCode", "The reference procedure's code, or null to unmap.")
            .ResolveAsync(async c => await Editor(c).MapAsync(Actor(c), EditedIds.CityProcedure(c), c.GetArgument<int>("revision"),
                c.GetArgument<string?>("referenceCode"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CityProcedureType>>("declareNotOffered")
            .Description("Declares that a city does not offer a reference procedure (refused while an active procedure of the city maps to it).")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "The municipality: INE code or town council DIR3 code.")
            .Argument<NonNullGraphType<StringGraphType>>("referenceCode", "The reference procedure the city does not offer.")
            .Argument<StringGraphType>("reason", "Why (e.g. the provincial council provides it).")
            .ResolveAsync(async c => await Editor(c).DeclareNotOfferedAsync(Actor(c), MunicipalityCode.Parse(c.GetArgument<string>("municipality"), "municipality"),
                c.GetArgument<string>("referenceCode"), c.GetArgument<string?>("reason"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CityProcedureType>>("confirmReferenceVersion")
            .Description("Confirms, after review, that the city procedure matches a version of its reference procedure (usually the current one).")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The city procedure's global ID.")
            .Argument<NonNullGraphType<IntGraphType>>("revision", "The revision the confirmation is based on.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The reference version reviewed.")
            .ResolveAsync(async c => await Editor(c).ConfirmReferenceVersionAsync(Actor(c), EditedIds.CityProcedure(c), c.GetArgument<int>("revision"),
                c.GetArgument<int>("version"), c.CancellationToken));
    }

    private static CityCatalogEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CityCatalogEditor>();

    internal static CatalogActor? Actor(IResolveFieldContext context) => CatalogActor.From(context.User);
}

/// <summary>GraphQL type of <see cref="CityProcedureWrite"/>.</summary>
public sealed class CityProcedureWriteType : ObjectGraphType<CityProcedureWrite>
{
    public CityProcedureWriteType()
    {
        Name = "CityProcedurePayload";
        Description = "A city procedure as the write left it, with the warnings the write should know about.";
        Field<NonNullGraphType<CityProcedureType>>("cityProcedure").Description("The procedure as saved.").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogWarningType>>>>("warnings")
            .Description("What was accepted but deserves a look: a SIA code or unit the registry mirror does not know yet (the mirror may be behind), or a reconciliation that could not run now. Empty when all is well.")
            .Resolve(c => c.Source.Warnings);
    }
}

/// <summary>GraphQL type of <see cref="CatalogWarning"/>.</summary>
public sealed class CatalogWarningType : ObjectGraphType<CatalogWarning>
{
    public CatalogWarningType()
    {
        Name = "CatalogWarning";
        Description = "Something a write was allowed to do but should know about.";
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("What kind: `SIA_CODE_UNKNOWN` or `UNIT_UNKNOWN` (the discrepancy the reconciliation raises until the mirror has the code), `RECONCILIATION_DEFERRED` (saved; the discrepancies follow with the next run).")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field it is about (`siaCode`, `responsibleUnit`, `municipality`).").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What it means, in plain words.").Resolve(c => c.Source.Message);
    }
}
