using System.Globalization;
using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Domain.Auditing;
using Catalog.Domain.Codes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.Auditing;

/// <summary>GraphQL type of <see cref="ChangeLogEntry"/>.</summary>
public sealed class ChangeLogEntryType : ObjectGraphType<ChangeLogEntry>
{
    public ChangeLogEntryType()
    {
        Name = "ChangeLogEntry";
        Description = "The audit record of one write: who, when, what, and each field before and after.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the write happened.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The token's subject, or `apikey:<id>` for an API key.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("role").Description("The actor's role: admin, curator or editor.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("apiKeyId").Description("The API key used, if any.").Resolve(c => c.Source.ApiKeyId);
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("What kind of thing changed: CityProcedure, ReferenceProcedure, ReferenceProcess, Discrepancy, ApiKey.").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<StringGraphType>>("entityId").Description("Its key (a number, or a code for API keys).").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("action").Description("What was done: create, update, withdraw, map, confirm-reference-version, revise, resolve, dismiss, import…").Resolve(c => c.Source.Action);
        Field<StringGraphType>("municipalityIneCode").Description("The municipality whose catalog changed, for city-catalog writes.").Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditedFieldType>>>>("changes").Description("Each changed field, before and after.").Resolve(c => c.Source.Changes);
    }
}

/// <summary>GraphQL type of <see cref="FieldChange"/> in the audit log.</summary>
public sealed class AuditedFieldType : ObjectGraphType<FieldChange>
{
    public AuditedFieldType()
    {
        Name = "AuditedField";
        Description = "One field of an audited write, as text before and after (null for none).";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field's name.").Resolve(c => c.Source.Field);
        Field<StringGraphType>("before").Description("Its value before the write.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("Its value after the write.").Resolve(c => c.Source.After);
    }
}

/// <summary>Root query fields of the audit log.</summary>
public static class ChangeLogQueries
{
    private static readonly KeysetOrder<ChangeLogEntry> NewestFirst = KeysetOrder<ChangeLogEntry>.By("ID-DESC", e => e.Id, descending: true);

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<ChangeLogEntryType>>>("changes")
            .Description("The audit log, newest first: every write with who, when and the fields before and after. Needs credentials: admins see every entry, editors those of their municipalities' catalogs, curators those of the reference catalog.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Curator, CatalogRole.Editor)
            .Arguments(Paging.ConnectionArguments(
                new QueryArgument<StringGraphType> { Name = "entity", Description = "Only writes to this kind of thing (CityProcedure, ReferenceProcedure…)." },
                new QueryArgument<IdGraphType> { Name = "id", Description = "Only writes to this object (its global ID; needs no `entity`)." },
                new QueryArgument<StringGraphType> { Name = "municipality", Description = "Only writes to this municipality's catalog (INE or council DIR3 code)." },
                new QueryArgument<StringGraphType> { Name = "actor", Description = "Only writes by this actor." }))
            .ResolveAsync(async c =>
            {
                var caller = Permissions.Require(CatalogActor.From(c.User));
                var entries = VisibleTo(caller, c.Db().ChangeLog.AsQueryable());
                if (c.GetArgument<string?>("entity") is { } entity)
                {
                    entries = entries.Where(e => e.EntityType == entity);
                }

                if (c.GetArgument<string?>("id") is { } id)
                {
                    if (!GlobalId.TryDecode(id, out var type, out var key))
                    {
                        throw CatalogErrors.BadInput($"'{id}' is not a global ID.", "id");
                    }

                    entries = entries.Where(e => e.EntityType == type && e.EntityId == key);
                }

                if (c.GetArgument<string?>("municipality") is { } municipality)
                {
                    var code = MunicipalityCode.Parse(municipality, "municipality").Value;
                    if (caller.Role != CatalogRole.Curator)
                    {
                        Permissions.RequireCityEditor(caller, code);
                    }

                    entries = entries.Where(e => e.MunicipalityIneCode == code);
                }

                if (c.GetArgument<string?>("actor") is { } actor)
                {
                    entries = entries.Where(e => e.Actor == actor);
                }

                return await Paging.PageAsync(c, entries, NewestFirst);
            });
    }

    /// <summary>
    /// The entries an actor may read. The audit log names staff (subjects, API keys) and holds every value before and
    /// after, so it is not public data: admins read all of it; editors the writes to their municipalities' catalogs;
    /// curators the writes to the reference catalog (processes and procedures).
    /// </summary>
    public static IQueryable<ChangeLogEntry> VisibleTo(CatalogActor actor, IQueryable<ChangeLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            CatalogRole.Admin => entries,
            CatalogRole.Editor => entries.Where(e => e.MunicipalityIneCode != null && actor.Municipalities.Contains(e.MunicipalityIneCode)),
            CatalogRole.Curator => entries.Where(e => e.EntityType == "ReferenceProcedure" || e.EntityType == "ReferenceProcess"),
            _ => entries.Where(_ => false),
        };
    }

    /// <summary>
    /// The history of one city procedure, newest first (its field on <c>CityProcedure</c>): for admins and the editors
    /// of its municipality; anyone else is refused.
    /// </summary>
    public static IQueryable<ChangeLogEntry> HistoryOf(IResolveFieldContext context, long cityProcedureId, string municipalityIneCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = Permissions.Require(CatalogActor.From(context.User));
        if (!actor.MayEditCity(municipalityIneCode))
        {
            throw new ForbiddenException(actor.Role == CatalogRole.Editor
                ? $"The history of a procedure of {municipalityIneCode} is for its editors; your credentials are for {string.Join(", ", actor.Municipalities)}."
                : $"The history of city procedures is for admins and the city's editors; you are {actor.Role.ToString().ToLowerInvariant()}.");
        }

        var key = cityProcedureId.ToString(CultureInfo.InvariantCulture);
        return context.Db().ChangeLog.Where(e => e.EntityType == "CityProcedure" && e.EntityId == key);
    }

    public static KeysetOrder<ChangeLogEntry> Order => NewestFirst;
}
