using System.Globalization;
using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Domain.ReferenceCatalog;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>GraphQL type of <see cref="ReferenceProcess"/>.</summary>
public sealed class ReferenceProcessType : ObjectGraphType<ReferenceProcess>
{
    public ReferenceProcessType()
    {
        Name = "ReferenceProcess";
        Description = "A family of reference procedures of the working group's catalog (urbanism and works, census, taxes…).";
        this.ImplementsNode(p => p.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A short stable code (`URB`, `PAD`…), unique.").ResolveFrom(p => p.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The process's name.").ResolveFrom(p => p.Name);
        Field<StringGraphType>("description").Description("What the process covers.").ResolveFrom(p => p.Description);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Description("Where the process comes in the catalog's order.").ResolveFrom(p => p.SortOrder);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The optimistic concurrency revision; send it back when curating.").ResolveFrom(p => p.Revision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceProcedureType>>>>("procedures")
            .Description("The process's reference procedures, sorted by code, retired ones included (see `isRetired`).")
            .Reads(nameof(ReferenceProcess.Id))
            .Resolve(c => c.Loaders().ProceduresOfProcess.Load(c.Source.Id));
    }
}

/// <summary>GraphQL type of <see cref="ReferenceProcedure"/>.</summary>
public sealed class ReferenceProcedureType : ObjectGraphType<ReferenceProcedure>
{
    public ReferenceProcedureType()
    {
        Name = "ReferenceProcedure";
        Description = "A reference procedure: what a town council's procedure of this kind should look like. Every curated change makes a new numbered version.";
        this.ImplementsNode(p => p.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code (`URB-001`), unique: the key cities map to.").ResolveFrom(p => p.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The procedure's name in the current version.").ResolveFrom(p => p.Name);
        Field<StringGraphType>("description").Description("What the procedure is, in the current version.").ResolveFrom(p => p.Description);
        Field<NonNullGraphType<ReferenceProcessType>>("process").Description("The process (family) the procedure belongs to.")
            .JoinsTo(p => p.ProcessId, p => p.Id, loaders => loaders.ReferenceProcesses);
        Field<NonNullGraphType<ProcedureAttributesType>>("attributes").Description("The standard attributes of the current version.").ResolveFromParts(p => p.Attributes);
        Field<StringGraphType>("exampleSiaCode").Description("A SIA code that exemplifies the procedure, when the working group names one.").ResolveFrom(p => p.ExampleSiaCode);
        Field<NonNullGraphType<IntGraphType>>("currentVersion").Description("The number of the current version (1 for a new procedure).").ResolveFrom(p => p.CurrentVersion);
        Field<NonNullGraphType<BooleanGraphType>>("isRetired").Description("True once the working group retired the procedure.").ResolveFrom(p => p.IsRetired);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The optimistic concurrency revision; send it back when curating.").ResolveFrom(p => p.Revision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceProcedureVersionType>>>>("versions")
            .Description("Every version, oldest first, each with the fields it changed.")
            .Reads(nameof(ReferenceProcedure.Id))
            .Resolve(c => c.Loaders().Versions.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("changesBetween")
            .Description("Field by field, what differs between two versions of the procedure (e.g. the version a city confirmed and the current one).")
            .Argument<NonNullGraphType<IntGraphType>>("from", "The older version number.")
            .Argument<NonNullGraphType<IntGraphType>>("to", "The newer version number.")
            .Resolve(c =>
            {
                var from = c.GetArgument<int>("from");
                var to = c.GetArgument<int>("to");
                var current = c.Source.CurrentVersion;
                if (from < 1 || to < 1 || from > current || to > current)
                {
                    throw CatalogErrors.BadInput($"Versions of {c.Source.Code} run from 1 to {current}; {from} and {to} were given.", from < 1 || from > current ? "from" : "to");
                }

                return c.Loaders().Versions.Load(c.Source.Id).Then(versions =>
                    (IReadOnlyList<FieldChange>)FieldChanges.Between(versions.Single(v => v.Number == from), versions.Single(v => v.Number == to)));
            });
    }
}

/// <summary>GraphQL type of <see cref="ReferenceProcedureVersion"/>.</summary>
public sealed class ReferenceProcedureVersionType : ObjectGraphType<ReferenceProcedureVersion>
{
    public ReferenceProcedureVersionType()
    {
        Name = "ReferenceProcedureVersion";
        Description = "One numbered version of a reference procedure: a snapshot of its values, who made it, and which fields it changed.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("The version number, from 1.").ResolveFrom(p => p.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The procedure's name in this version.").ResolveFrom(p => p.Name);
        Field<StringGraphType>("description").Description("The procedure's description in this version.").ResolveFrom(p => p.Description);
        Field<NonNullGraphType<ProcedureAttributesType>>("attributes").Description("The attributes in this version.").ResolveFrom(p => p.Attributes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("The names of the fields this version changed from the one before (`Created` for the first, `Retired` when retired).")
            .ResolveFrom(p => p.ChangedFields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("changes")
            .Description("Field by field, the values before and after this version (against the previous version; everything for the first).")
            .Resolve(c => c.Loaders().Versions.Load(c.Source.ReferenceProcedureId).Then(versions =>
                (IReadOnlyList<FieldChange>)FieldChanges.Between(versions.FirstOrDefault(v => v.Number == c.Source.Number - 1), c.Source)));
        Field<NonNullGraphType<StringGraphType>>("author").Description("Who made the version. Staff identity: needs credentials.").RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor).ResolveFrom(p => p.Author);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the version was made.").ResolveFrom(p => p.CreatedAt);
        Field<StringGraphType>("note").Description("The curator's note on the change.").ResolveFrom(p => p.Note);
    }
}
