using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;
using Catalog.Domain.SiaPublishing;
using Catalog.Sync.SiaPublishing;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Catalog.Api.SiaPublishing;

/// <summary>GraphQL enum of <see cref="SiaPublicationState"/>.</summary>
public sealed class SiaPublicationStateType : DescribedEnumType<SiaPublicationState>
{
    public SiaPublicationStateType() : base("SiaPublicationState", "Where an operation of the SIA publishing queue stands.", new Dictionary<SiaPublicationState, string>
    {
        [SiaPublicationState.Pending] = "Waiting to be sent, or sent without an answer and due again at `nextAttemptAt`.",
        [SiaPublicationState.Sending] = "Being sent now.",
        [SiaPublicationState.Incomplete] = "The procedure lacks what SIA needs (`reason` names it); it goes once an edit completes it.",
        [SiaPublicationState.Accepted] = "SIA accepted it.",
        [SiaPublicationState.Rejected] = "SIA refused it: the procedure's later operations wait until `retrySiaPublication` or `discardSiaPublication`.",
        [SiaPublicationState.Fault] = "SIA answered with a SOAP fault (credentials, a request it could not read): a person must act.",
        [SiaPublicationState.Malformed] = "SIA's answer could not be read: a person must look at `response`.",
        [SiaPublicationState.Discarded] = "Set aside; never sent.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="SiaOperation"/>.</summary>
public sealed class SiaOperationType : DescribedEnumType<SiaOperation>
{
    public SiaOperationType() : base("SiaOperation", "What is asked of SIA (`OPERACION`).", new Dictionary<SiaOperation, string>
    {
        [SiaOperation.Alta] = "A: a new entry; SIA answers with its code.",
        [SiaOperation.Modificacion] = "M: a change to an entry SIA has.",
        [SiaOperation.Baja] = "B: the entry is deregistered.",
        [SiaOperation.Reactivacion] = "AC: a deregistered entry is registered again.",
    })
    {
    }
}

/// <summary>GraphQL type of one queued operation (signed-in editors of its municipality and admins).</summary>
public sealed class SiaPublicationType : ObjectGraphType<SiaPublication>
{
    public const string TypeName = "SiaPublication";

    public SiaPublicationType()
    {
        Name = TypeName;
        Description = "One operation sent, or to be sent, to SIA's update service (actualizarSIA_v3_1) for one city procedure, with the last exchange.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The operation's global ID.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<CityProcedureType>("procedure").Description("The city procedure.").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<SiaOperationType>>("operation").Description("The operation.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<SiaPublicationStateType>>("state").Description("Where it stands.").Resolve(c => c.Source.State);
        Field<StringGraphType>("reason").Description("What happened, in Spanish, and what to do.").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("siaCode").Description("SIA's code of the procedure as SIA answered it.").Resolve(c => c.Source.SiaCode);
        Field<StringGraphType>("resultCode").Description("SIA's result code, as SIA wrote it.").Resolve(c => c.Source.ResultCode);
        Field<StringGraphType>("resultMessage").Description("SIA's result message, as SIA wrote it.").Resolve(c => c.Source.ResultMessage);
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("Times it was sent.").Resolve(c => c.Source.Attempts);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("queuedAt").Description("When the write that caused it was saved.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("sentAt").Description("When it was last sent.").Resolve(c => c.Source.SentAt);
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Description("When it is tried again after no answer.").Resolve(c => c.Source.State == SiaPublicationState.Pending ? c.Source.NextAttemptAt : null);
        Field<DateTimeOffsetGraphType>("completedAt").Description("When SIA's answer settled it, or it was set aside.").Resolve(c => c.Source.CompletedAt);
        Field<StringGraphType>("request").Description("The SOAP request last sent (SIA's password left out).").Resolve(c => c.Source.Request);
        Field<StringGraphType>("response").Description("SIA's last answer as received.").Resolve(c => c.Source.Response);
        Field<IntGraphType>("httpStatus").Description("The HTTP status of SIA's last answer.").Resolve(c => c.Source.HttpStatus);
    }
}

/// <summary>GraphQL type of one procedure's readiness.</summary>
public sealed class SiaProcedureStatusType : ObjectGraphType<SiaProcedureStatus>
{
    public SiaProcedureStatusType()
    {
        Name = "SiaProcedureStatus";
        Description = "A procedure of a published catalog: whether it can be published to SIA, what is missing, and its newest operation.";
        Field<NonNullGraphType<CityProcedureType>>("procedure").Description("The city procedure.").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<BooleanGraphType>>("ready").Description("True when it maps to every field SIA needs.").Resolve(c => c.Source.Readiness.IsReady);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missing").Description("What is missing, in Spanish (\"falta: órgano responsable…\").").Resolve(c => c.Source.Readiness.Missing);
        Field<SiaPublicationType>("latest").Description("Its newest operation; null when SIA has not been asked about it.").Resolve(c => c.Source.Latest);
        // Built only when asked for: the XML of every procedure of a city is most of this field's cost.
        Field<NonNullGraphType<StringGraphType>>("preview").Description("The XML that would be sent for it now (dry run; SIA's password left out).")
            .Resolve(c => c.RequestServices!.GetRequiredService<SiaUpdateClient>().AuditEnvelope(c.Source.Actuacion, c.Source.NextOperation));
    }
}

/// <summary>GraphQL type of a municipality's publication to SIA.</summary>
public sealed class SiaPublishingType : ObjectGraphType<SiaPublishingView>
{
    public SiaPublishingType()
    {
        Name = "SiaPublishing";
        Description = "A municipality's publication to SIA: whether it is enabled (`Sia:Publish:*` settings), the queue's counts and each procedure's readiness.";
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("INE code.").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("True when the catalog is published: its writes are queued and sent.").Resolve(c => c.Source.Enabled);
        foreach (var (field, state) in new[] { ("pending", SiaPublicationState.Pending), ("incomplete", SiaPublicationState.Incomplete), ("accepted", SiaPublicationState.Accepted),
            ("rejected", SiaPublicationState.Rejected), ("faults", SiaPublicationState.Fault), ("malformed", SiaPublicationState.Malformed) })
        {
            Field<NonNullGraphType<IntGraphType>>(field + "Count").Description($"Operations in state {DescribedEnumType<SiaPublicationState>.ConstantCase(state.ToString())}.")
                .Resolve(c => c.Source.Counts.GetValueOrDefault(state));
        }

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiaProcedureStatusType>>>>("procedures").Description("Every offered procedure in force, by name.").Resolve(c => c.Source.Procedures);
    }
}

/// <summary>SIA publishing fields of the root query and mutation types.</summary>
public static class SiaPublishingFields
{
    private static SiaPublishingAdministration Administration(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SiaPublishingAdministration>();

    private static string Municipality(IResolveFieldContext context) => MunicipalityCode.Parse(context.GetArgument<string>("municipality"), "municipality").Value;

    public static void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<SiaPublishingType>>("siaPublishing")
            .Description("A municipality's publication to SIA: readiness of each procedure and the queue's counts. Editors of that municipality and admins.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "INE or council DIR3 code.")
            .ResolveAsync(async c => await Administration(c).StatusAsync(CityCatalogMutations.Actor(c), Municipality(c), c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<SiaPublicationType>>>("siaPublications")
            .Description("A municipality's SIA operations, newest first, with SIA's answers. Editors of that municipality and admins.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "INE or council DIR3 code.")
            .Argument<SiaPublicationStateType>("state", "Only operations in this state.")
            .Argument<IntGraphType>("first", "At most this many (default 20, at most 100).")
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .ResolveAsync(async c =>
            {
                var (first, before) = Paging.LogPage(c, TypeNameCursor);
                var (rows, more) = await Administration(c).PublicationsAsync(CityCatalogMutations.Actor(c), Municipality(c), c.GetArgument<SiaPublicationState?>("state"), before, first, c.CancellationToken);
                return Paging.LogConnection(rows, more, before, TypeNameCursor, r => r.Id);
            });
    }

    private const string TypeNameCursor = "SiaPublicationCursor";

    public static void AddMutations(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<IntGraphType>>("publishCatalogToSia")
            .Description("Starts the publication of a municipality's catalog to SIA: queues the first operation of every offered procedure SIA has not been asked about (an alta without a SIA code, a modificación with one). Returns how many were queued. Editors of that municipality and admins.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "INE or council DIR3 code.")
            .ResolveAsync(async c => await Administration(c).PublishCatalogAsync(CityCatalogMutations.Actor(c), Municipality(c), c.CancellationToken));

        mutation.Field<NonNullGraphType<SiaPublicationType>>("retrySiaPublication")
            .Description("Sends an operation SIA stopped (rejected, fault, unreadable answer), or one waiting for data, again.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The operation's global ID.")
            .ResolveAsync(async c => await Administration(c).RetryAsync(CityCatalogMutations.Actor(c),
                GlobalId.DecodeNumeric(c.GetArgument<string>("id"), SiaPublicationType.TypeName, "id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<SiaPublicationType>>("discardSiaPublication")
            .Description("Sets an operation aside for good (it is never sent); the procedure's later operations go on.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The operation's global ID.")
            .Argument<StringGraphType>("note", "Why, for the record.")
            .ResolveAsync(async c => await Administration(c).DiscardAsync(CityCatalogMutations.Actor(c),
                GlobalId.DecodeNumeric(c.GetArgument<string>("id"), SiaPublicationType.TypeName, "id"), c.GetArgument<string?>("note"), c.CancellationToken));
    }
}
