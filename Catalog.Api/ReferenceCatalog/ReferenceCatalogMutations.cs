using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>Root mutation fields that curate the reference catalog (curators and admins).</summary>
public static class ReferenceCatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ReferenceProcessType>>("createReferenceProcess")
            .Description("Adds a process (family) to the reference catalog.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator)
            .Argument<NonNullGraphType<StringGraphType>>("code", "A short stable code (upper-case letters, digits, hyphens).")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The process's name.")
            .Argument<StringGraphType>("description", "What it covers.")
            .Argument<IntGraphType>("sortOrder", "Where it comes in the catalog's order (default: last).")
            .ResolveAsync(async c => await Curator(c).CreateProcessAsync(CityCatalogMutations.Actor(c), c.GetArgument<string>("code"), c.GetArgument<string>("name"),
                c.GetArgument<string?>("description"), c.GetArgument<int?>("sortOrder"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReferenceProcessType>>("updateReferenceProcess")
            .Description("Renames or re-describes a reference process.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator)
            .Argument<NonNullGraphType<StringGraphType>>("code", "The process's code.")
            .Argument<NonNullGraphType<IntGraphType>>("revision", "The revision the change is based on.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The process's name.")
            .Argument<StringGraphType>("description", "What it covers.")
            .Argument<IntGraphType>("sortOrder", "Where it comes in the catalog's order (default: unchanged).")
            .ResolveAsync(async c => await Curator(c).UpdateProcessAsync(CityCatalogMutations.Actor(c), c.GetArgument<string>("code"), c.GetArgument<int>("revision"),
                c.GetArgument<string>("name"), c.GetArgument<string?>("description"), c.GetArgument<int?>("sortOrder"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReferenceProcedureType>>("createReferenceProcedure")
            .Description("Adds a reference procedure (version 1).")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator)
            .Argument<NonNullGraphType<CreateReferenceProcedureInputType>>("input", "The new reference procedure.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await Curator(c).CreateProcedureAsync(CityCatalogMutations.Actor(c), (string)input["code"]!, (string)input["processCode"]!, (string)input["name"]!,
                    input.GetValueOrDefault("description") as string, ProcedureAttributeInputs.ReadChanges(input), input.GetValueOrDefault("exampleSiaCode") as string,
                    c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReferenceProcedureType>>("reviseReferenceProcedure")
            .Description("Curates a reference procedure: makes a new version recording the fields that changed. Cities mapped to it see a REFERENCE_CHANGED review.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator)
            .Argument<NonNullGraphType<ReviseReferenceProcedureInputType>>("input", "The changes; omitted fields keep their values.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await Curator(c).ReviseProcedureAsync(CityCatalogMutations.Actor(c), (string)input["code"]!, (int)input["revision"]!,
                    input.GetValueOrDefault("name") as string, input.GetValueOrDefault("description") as string, input.GetValueOrDefault("processCode") as string,
                    ProcedureAttributeInputs.ReadChanges(input), input.GetValueOrDefault("note") as string, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReferenceProcedureType>>("retireReferenceProcedure")
            .Description("Retires a reference procedure (a new version); cities mapped to it are asked to review.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator)
            .Argument<NonNullGraphType<StringGraphType>>("code", "The procedure's code.")
            .Argument<NonNullGraphType<IntGraphType>>("revision", "The revision the change is based on.")
            .Argument<StringGraphType>("note", "Why.")
            .ResolveAsync(async c => await Curator(c).RetireProcedureAsync(CityCatalogMutations.Actor(c), c.GetArgument<string>("code"), c.GetArgument<int>("revision"),
                c.GetArgument<string?>("note"), c.CancellationToken));
    }

    private static ReferenceCatalogCurator Curator(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReferenceCatalogCurator>();
}

/// <summary>Input of <c>createReferenceProcedure</c>.</summary>
public sealed class CreateReferenceProcedureInputType : InputObjectGraphType
{
    public CreateReferenceProcedureInputType()
    {
        Name = "CreateReferenceProcedureInput";
        Description = "A new reference procedure.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code (e.g. URB-011), unique.");
        Field<NonNullGraphType<StringGraphType>>("processCode").Description("The process it belongs to.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name.");
        Field<StringGraphType>("description").Description("What it is.");
        Field<StringGraphType>("exampleSiaCode").Description("A SIA code that exemplifies it.");
        this.AddAttributeFields();
    }
}

/// <summary>Input of <c>reviseReferenceProcedure</c>.</summary>
public sealed class ReviseReferenceProcedureInputType : InputObjectGraphType
{
    public ReviseReferenceProcedureInputType()
    {
        Name = "ReviseReferenceProcedureInput";
        Description = "Changes to a reference procedure; omitted or null fields keep their values. A revision that changes nothing is refused.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The procedure's code.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision the change is based on.");
        Field<StringGraphType>("name").Description("Its name.");
        Field<StringGraphType>("description").Description("What it is.");
        Field<StringGraphType>("processCode").Description("Move it to another process.");
        Field<StringGraphType>("note").Description("Why it changed (kept with the version).");
        this.AddAttributeFields();
    }
}
