using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Db.ChangeFeed;
using Catalog.Domain;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using Catalog.Domain.Webhooks;
using Catalog.Sync.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Webhooks;

/// <summary>A delivery as its endpoint's owner sees it: the log row and the event it carries.</summary>
public sealed record WebhookDeliveryView(WebhookDelivery Delivery, CatalogChange? Change);

/// <summary>
/// Registering, removing and re-enabling webhook endpoints, and redelivering an event, by admins (any endpoint) and
/// editors (endpoints of their municipalities). Each change is audited, never with the secret.
/// </summary>
public sealed class WebhookAdministration(CatalogDbContext db, TimeProvider clock, IOptions<WebhookOptions> options)
{
    /// <summary>Endpoints a municipality may have, so a mistake in a script cannot fill the table.</summary>
    public const int MaxEndpointsPerMunicipality = 20;

    public const int MaxUrlLength = 2000;

    /// <summary>The endpoints <paramref name="actor"/> manages, of one municipality or all theirs.</summary>
    public IQueryable<WebhookEndpoint> Visible(CatalogActor actor, string? municipality)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var endpoints = db.WebhookEndpoints.AsNoTracking();
        if (municipality is not null)
        {
            Permissions.RequireCityEditor(actor, municipality);
            return endpoints.Where(e => e.MunicipalityIneCode == municipality);
        }

        if (actor.IsAdmin)
        {
            return endpoints;
        }

        var mine = actor.Municipalities.ToList();
        return endpoints.Where(e => e.MunicipalityIneCode != null && mine.Contains(e.MunicipalityIneCode));
    }

    /// <summary>Registers an endpoint; the returned secret is the only time it is shown. Its events start with the next change.</summary>
    public async Task<(WebhookEndpoint Endpoint, string Secret)> CreateAsync(CatalogActor? caller, string url, IneCode? municipality,
        IReadOnlyList<CatalogChangeKind> kinds, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var actor = Permissions.Require(caller);
        if (municipality is { } code)
        {
            Permissions.RequireCityEditor(actor, code.Value);
            if (!await db.Municipalities.AnyAsync(m => m.IneCode == code.Value, cancellationToken))
            {
                throw new NotFoundException($"Municipality {code.Value} is not in the catalog.");
            }

            if (await db.WebhookEndpoints.CountAsync(e => e.MunicipalityIneCode == code.Value, cancellationToken) >= MaxEndpointsPerMunicipality)
            {
                throw new DomainRuleException($"Municipality {code.Value} already has {MaxEndpointsPerMunicipality} webhooks; delete one first.", "municipality");
            }
        }
        else
        {
            Permissions.RequireAdmin(actor, "register webhooks for every municipality (give `municipality`)");
        }

        var address = CheckUrl(url);
        var ine = municipality?.Value;
        if (await db.WebhookEndpoints.AnyAsync(e => e.MunicipalityIneCode == ine && e.Url == address, cancellationToken))
        {
            throw new DomainRuleException($"A webhook for {address} is already registered{(municipality is { } m ? " for " + m.Value : "")}; each event would go there twice.", "url");
        }

        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description is { Length: > 500 })
        {
            throw new DomainRuleException("`description` is at most 500 characters.", "description");
        }

        // New endpoints get what changes from now on: the feed is numbered first, so "now" is its current end.
        await ChangeFeedSequencer.SequenceAsync(db, cancellationToken);
        var end = await db.CatalogChanges.MaxAsync(c => c.Position, cancellationToken) ?? 0;
        var secret = WebhookSignature.NewSecret();
        var now = clock.GetUtcNow();
        var endpoint = new WebhookEndpoint(address, secret, municipality?.Value, [.. kinds.Distinct()], description, actor.Subject, now, end);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Record(db, actor, "Webhook", Key(endpoint), "create", AuditSnapshot.Empty, Snapshot(endpoint), null, now);
        await db.SaveChangesAsync(cancellationToken);
        return (endpoint, secret);
    }

    /// <summary>Removes an endpoint and its delivery log; nothing more is sent to it.</summary>
    public async Task DeleteAsync(CatalogActor? caller, long id, CancellationToken cancellationToken)
    {
        var (actor, endpoint) = await ManagedAsync(caller, id, cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        AuditTrail.Record(db, actor, "Webhook", Key(endpoint), "delete", Snapshot(endpoint), AuditSnapshot.Empty, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Turns a disabled endpoint on again: its pending events go out in order; failed ones need a redelivery.</summary>
    public async Task<WebhookEndpoint> EnableAsync(CatalogActor? caller, long id, CancellationToken cancellationToken)
    {
        var (actor, endpoint) = await ManagedAsync(caller, id, cancellationToken);
        var before = Snapshot(endpoint);
        endpoint.Enable();
        AuditTrail.Record(db, actor, "Webhook", Key(endpoint), "enable", before, Snapshot(endpoint), null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    /// <summary>Sends an event again, now (it goes before the endpoint's later pending ones).</summary>
    public async Task<WebhookDeliveryView> RedeliverAsync(CatalogActor? caller, long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken)
            ?? throw new NotFoundException($"Webhook delivery {deliveryId} does not exist.");
        var (actor, endpoint) = await ManagedAsync(caller, delivery.EndpointId, cancellationToken);
        delivery.Redeliver(clock.GetUtcNow());
        AuditTrail.Record(db, actor, "Webhook", Key(endpoint), "redeliver", AuditSnapshot.Empty,
            new AuditSnapshot().Add("delivery", delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var change = await db.CatalogChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Position == delivery.Position, cancellationToken);
        return new WebhookDeliveryView(delivery, change);
    }

    /// <summary>A page of an endpoint's delivery log, newest event first, each with its event.</summary>
    public async Task<(List<WebhookDeliveryView> Rows, bool More)> DeliveriesAsync(long endpointId, WebhookDeliveryState? state, long? before, int first, CancellationToken cancellationToken)
    {
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId);
        if (state is { } s)
        {
            query = query.Where(d => d.State == s);
        }

        if (before is { } position)
        {
            query = query.Where(d => d.Position < position);
        }

        var rows = await query.OrderByDescending(d => d.Position).Take(first + 1).ToListAsync(cancellationToken);
        var positions = rows.Select(r => (long?)r.Position).ToList();
        var changes = await db.CatalogChanges.AsNoTracking().Where(c => positions.Contains(c.Position)).ToDictionaryAsync(c => c.Position!.Value, cancellationToken);
        return ([.. rows.Take(first).Select(r => new WebhookDeliveryView(r, changes.GetValueOrDefault(r.Position)))], rows.Count > first);
    }

    /// <summary>How many of an endpoint's events wait to be sent.</summary>
    public Task<int> PendingAsync(long endpointId, CancellationToken cancellationToken)
        => db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId && d.State == WebhookDeliveryState.Pending, cancellationToken);

    private async Task<(CatalogActor Actor, WebhookEndpoint Endpoint)> ManagedAsync(CatalogActor? caller, long id, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Webhook {id} does not exist.");
        if (endpoint.MunicipalityIneCode is null)
        {
            Permissions.RequireAdmin(actor, "manage webhooks of every municipality");
        }
        else
        {
            Permissions.RequireCityEditor(actor, endpoint.MunicipalityIneCode);
        }

        return (actor, endpoint);
    }

    /// <summary>An absolute http(s) address without credentials; https unless <c>Webhooks:RequireHttps</c> is false.</summary>
    private string CheckUrl(string url)
    {
        var text = url?.Trim() ?? string.Empty;
        if (text.Length > MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainRuleException($"'{Shorten(text)}' is not an absolute http(s) address.", "url");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && options.Value.RequireHttps)
        {
            throw new DomainRuleException("Webhook addresses must use https, so that events and their signatures cannot be read on the way.", "url");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new DomainRuleException("A webhook address carries no user name, password or #fragment; authenticate the events by their signature.", "url");
        }

        return uri.AbsoluteUri;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string Key(WebhookEndpoint endpoint) => endpoint.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AuditSnapshot Snapshot(WebhookEndpoint endpoint) => new AuditSnapshot()
        .Add("url", endpoint.Url)
        .Add("municipality", endpoint.MunicipalityIneCode ?? "*")
        .Add("kinds", string.Join(",", endpoint.Kinds))
        .Add("enabled", endpoint.Enabled ? "true" : "false");
}
