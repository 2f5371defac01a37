using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using Catalog.Sync.Scheduling;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.Reconciliation;

/// <summary>What <c>requestSync</c> answers: the request was handed to the scheduler.</summary>
public sealed record SyncRequest(DateTimeOffset RequestedAt, string RequestedBy, bool DryRun, bool Full, string? Municipality);

/// <summary><c>requestSync</c>: runs the sync job now, through the same Quartz job the schedule fires (admins).</summary>
public static class SyncRequestMutation
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<SyncRequestType>>("requestSync")
            .Description("Asks for a sync run now: refresh the registry mirror and reconcile the catalogs. It runs asynchronously, never overlapping another run; follow it in `syncRuns`. Admins may ask for any run; editors for a run limited to a municipality whose catalog they edit (not a full or national run).")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", "Compute everything, save only the run record with what would have changed.", a => a.DefaultValue = false)
            .Argument<NonNullGraphType<BooleanGraphType>>("full", "Reload every source and reconcile every municipality, not only what changed.", a => a.DefaultValue = false)
            .Argument<StringGraphType>("municipality", "Reconcile only this municipality (INE code or council DIR3 code).")
            .ResolveAsync(async c =>
            {
                var actor = Permissions.Require(CityCatalogMutations.Actor(c));
                var municipality = c.GetArgument<string?>("municipality") is { } text ? MunicipalityCode.Parse(text, "municipality").Value : null;
                if (!actor.IsAdmin)
                {
                    // An editor may bring their own city up to date, never start a run that touches every catalog.
                    if (municipality is null || c.GetArgument<bool>("full"))
                    {
                        Permissions.RequireAdmin(actor, "request a full or national sync run (editors give `municipality` and leave `full` false)");
                    }

                    Permissions.RequireCityEditor(actor, municipality!);
                }

                var clock = c.RequestServices!.GetRequiredService<TimeProvider>();
                var request = new SyncRequest(clock.GetUtcNow(), actor.Subject, c.GetArgument<bool>("dryRun"), c.GetArgument<bool>("full"), municipality);
                var db = c.Db();
                AuditTrail.Record(db, actor, nameof(SyncRun), "request", "request-sync", AuditSnapshot.Empty, new AuditSnapshot()
                    .Add("dryRun", request.DryRun ? "true" : "false").Add("full", request.Full ? "true" : "false").Add("municipality", municipality),
                    municipality, request.RequestedAt, always: true);
                await db.SaveChangesAsync(c.CancellationToken);
                await c.RequestServices!.GetRequiredService<SyncRequests>().RequestAsync(SyncTrigger.Api, request.DryRun, request.Full, municipality, actor.Subject, c.CancellationToken);
                return request;
            });
    }
}

/// <summary>GraphQL type of <see cref="SyncRequest"/>.</summary>
public sealed class SyncRequestType : ObjectGraphType<SyncRequest>
{
    public SyncRequestType()
    {
        Name = "SyncRequest";
        Description = "A sync run handed to the scheduler. Its record appears in `syncRuns` when it starts.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Description("When it was requested.").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Description("Who requested it.").Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Whether it only computes.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("full").Description("Whether it reloads and reconciles everything.").Resolve(c => c.Source.Full);
        Field<StringGraphType>("municipality").Description("The municipality it is limited to, if any.").Resolve(c => c.Source.Municipality);
    }
}
