using Catalog.Api.Auth;
using Catalog.Api.ChangeFeed;
using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using Catalog.Domain.Webhooks;
using Catalog.Sync.Webhooks;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Webhooks;

/// <summary>GraphQL type of <see cref="WebhookEndpoint"/> (never its secret).</summary>
public sealed class WebhookType : ObjectGraphType<WebhookEndpoint>
{
    public const string TypeName = "Webhook";

    public WebhookType()
    {
        Name = TypeName;
        Description = "An address that receives the change feed's events as signed CloudEvents (see the README's Webhooks section). Its secret is shown only when it is created.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's global ID.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where events are POSTed.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("municipality").Description("INE code of the city whose changes it receives (with the reference catalog's); null: every city.").Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogChangeKindType>>>>("kinds").Description("The kinds of change it receives; empty: all.").Resolve(c => c.Source.Kinds);
        Field<StringGraphType>("description").Description("What it is for.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was registered; it receives changes made after.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who registered it.").Resolve(c => c.Source.CreatedBy);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("False once it failed for a day (see `disabledReason`): nothing is sent until `enableWebhook`.").Resolve(c => c.Source.Enabled);
        Field<DateTimeOffsetGraphType>("disabledAt").Description("When it was disabled.").Resolve(c => c.Source.DisabledAt);
        Field<StringGraphType>("disabledReason").Description("Why it was disabled, and what to do.").Resolve(c => c.Source.DisabledReason);
        Field<NonNullGraphType<IntGraphType>>("pendingCount").Description("Events waiting to be sent (or retried).")
            .ResolveAsync(async c => await Administration(c).PendingAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ConnectionType<WebhookDeliveryType>>>("deliveries")
            .Description("The delivery log, newest event first.")
            .Argument<WebhookDeliveryStateType>("state", "Only deliveries in this state.")
            .Argument<IntGraphType>("first", "At most this many (default 20, at most 100).")
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .ResolveAsync(async c =>
            {
                var (first, before) = Paging.LogPage(c, "WebhookDeliveryCursor");
                var (rows, more) = await Administration(c).DeliveriesAsync(c.Source.Id, c.GetArgument<WebhookDeliveryState?>("state"), before, first, c.CancellationToken);
                return Paging.LogConnection(rows, more, before, "WebhookDeliveryCursor", r => r.Delivery.Position);
            });
    }

    internal static WebhookAdministration Administration(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<WebhookAdministration>();
}

/// <summary>GraphQL type of one row of the delivery log.</summary>
public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryView>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event sent (or to be sent) to one webhook.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The delivery's global ID, for `redeliverWebhookEvent`.").Resolve(c => GlobalId.Encode("WebhookDelivery", c.Source.Delivery.Id));
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("The CloudEvents `id`: the change's feed cursor (`catalogChanges(after:)` takes it).")
            .Resolve(c => GlobalId.Encode(ChangeFeedQueries.CursorType, c.Source.Delivery.Position));
        Field<StringGraphType>("eventType").Description("The CloudEvents `type` (`es.procedures-catalog.cityprocedure.updated`…).")
            .Resolve(c => c.Source.Change is { } change ? WebhookEvents.TypeOf(change) : null);
        Field<CatalogChangeType>("change").Description("The change the event carries.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<WebhookDeliveryStateType>>("state").Description("Where it stands.").Resolve(c => c.Source.Delivery.State);
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("Attempts made so far.").Resolve(c => c.Source.Delivery.Attempts);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("queuedAt").Description("When it was queued.").Resolve(c => c.Source.Delivery.QueuedAt);
        Field<DateTimeOffsetGraphType>("lastAttemptAt").Description("When it was last tried.").Resolve(c => c.Source.Delivery.LastAttemptAt);
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Description("When it is tried next (pending deliveries).")
            .Resolve(c => c.Source.Delivery.State == WebhookDeliveryState.Pending ? c.Source.Delivery.NextAttemptAt : null);
        Field<DateTimeOffsetGraphType>("deliveredAt").Description("When the receiver accepted it.").Resolve(c => c.Source.Delivery.DeliveredAt);
        Field<IntGraphType>("lastStatusCode").Description("The receiver's HTTP status at the last attempt; null when it did not answer.").Resolve(c => c.Source.Delivery.LastStatusCode);
        Field<StringGraphType>("lastError").Description("What went wrong at the last attempt.").Resolve(c => c.Source.Delivery.LastError);
    }
}

/// <summary>GraphQL enum of <see cref="WebhookDeliveryState"/>.</summary>
public sealed class WebhookDeliveryStateType : DescribedEnumType<WebhookDeliveryState>
{
    public WebhookDeliveryStateType() : base("WebhookDeliveryState", "Where a webhook delivery stands.", new Dictionary<WebhookDeliveryState, string>
    {
        [WebhookDeliveryState.Pending] = "Not sent yet, or failed and waiting for its next attempt.",
        [WebhookDeliveryState.Delivered] = "The receiver answered 2xx.",
        [WebhookDeliveryState.Failed] = "Given up after a day of failures; `redeliverWebhookEvent` sends it again.",
    })
    {
    }
}

/// <summary>The result of <c>createWebhook</c>: the webhook and its secret, shown this once.</summary>
public sealed class CreatedWebhookType : ObjectGraphType<(WebhookEndpoint Endpoint, string Secret)>
{
    public CreatedWebhookType()
    {
        Name = "CreatedWebhook";
        Description = "A new webhook and the secret its deliveries are signed with. The secret is shown only now: store it in the receiver.";
        Field<NonNullGraphType<WebhookType>>("webhook").Description("The webhook.").Resolve(c => c.Source.Endpoint);
        Field<NonNullGraphType<StringGraphType>>("secret").Description($"The HMAC-SHA256 key: each delivery carries `{WebhookSignature.Header}: sha256=<hex>` of its body.").Resolve(c => c.Source.Secret);
    }
}

/// <summary>Input of <c>createWebhook</c>.</summary>
public sealed class CreateWebhookInputType : InputObjectGraphType
{
    public CreateWebhookInputType()
    {
        Name = "CreateWebhookInput";
        Description = "A webhook to register.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The receiver's absolute https address.");
        Field<StringGraphType>("municipality").Description("The city whose changes it receives (INE or council DIR3 code); required for editors, omitted by admins for every city.");
        Field<ListGraphType<NonNullGraphType<CatalogChangeKindType>>>("kinds").Description("Only these kinds of change; all when omitted or empty.");
        Field<StringGraphType>("description").Description("What it is for (at most 500 characters).");
    }
}

/// <summary>Webhook fields of the root query and mutation types.</summary>
public static class WebhookFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookType>>>>("webhooks")
            .Description("The webhooks you manage: an editor's, of their municipalities; an admin's, all. Editors of that municipality and admins.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<StringGraphType>("municipality", "Only this city's webhooks (INE or council DIR3 code).")
            .ResolveAsync(async c =>
            {
                var actor = Permissions.Require(CityCatalogMutations.Actor(c));
                var municipality = c.GetArgument<string?>("municipality") is { } text ? MunicipalityCode.Parse(text, "municipality").Value : null;
                return await WebhookType.Administration(c).Visible(actor, municipality).OrderBy(e => e.Id).ToListAsync(c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreatedWebhookType>>("createWebhook")
            .Description("Registers a webhook for the change feed's events of a municipality (editors of it, admins), or of every city (admins). It receives the changes made from now on.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<CreateWebhookInputType>>("input", "The webhook.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var municipality = input.GetValueOrDefault("municipality") is string code ? MunicipalityCode.Parse(code, "municipality") : (IneCode?)null;
                var kinds = (input.GetValueOrDefault("kinds") as IEnumerable<object?>)?.OfType<CatalogChangeKind>().ToList() ?? [];
                return await WebhookType.Administration(c).CreateAsync(CityCatalogMutations.Actor(c), (string)input["url"]!, municipality, kinds,
                    input.GetValueOrDefault("description") as string, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<IdGraphType>>("deleteWebhook")
            .Description("Deletes a webhook and its delivery log; nothing more is sent to it. Returns its ID.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The webhook's global ID.")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeNumeric(c.GetArgument<string>("id"), WebhookType.TypeName, "id");
                await WebhookType.Administration(c).DeleteAsync(CityCatalogMutations.Actor(c), id, c.CancellationToken);
                return c.GetArgument<string>("id");
            });

        mutation.Field<NonNullGraphType<WebhookType>>("enableWebhook")
            .Description("Turns a disabled webhook on again: its pending events go out in order; the one that failed needs `redeliverWebhookEvent`.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The webhook's global ID.")
            .ResolveAsync(async c => await WebhookType.Administration(c).EnableAsync(CityCatalogMutations.Actor(c),
                GlobalId.DecodeNumeric(c.GetArgument<string>("id"), WebhookType.TypeName, "id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<WebhookDeliveryType>>("redeliverWebhookEvent")
            .Description("Sends a delivered or failed event to its webhook again, now, before the webhook's later pending events.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The delivery's global ID (`WebhookDelivery.id`).")
            .ResolveAsync(async c => await WebhookType.Administration(c).RedeliverAsync(CityCatalogMutations.Actor(c),
                GlobalId.DecodeNumeric(c.GetArgument<string>("id"), "WebhookDelivery", "id"), c.CancellationToken));
    }
}
