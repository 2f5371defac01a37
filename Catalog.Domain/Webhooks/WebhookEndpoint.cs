using Catalog.Domain.ChangeFeed;

namespace Catalog.Domain.Webhooks;

/// <summary>
/// A receiver a city's team (or an admin) registered for change-feed events: where to POST them, which ones, and the
/// secret their signature is made with. Its deliveries go out in feed order; <see cref="EnqueuedThrough"/> is how
/// far down the feed it has been given its events, so an endpoint added today starts from today's changes.
/// </summary>
public sealed class WebhookEndpoint
{
    private WebhookEndpoint()
    {
        Url = Secret = CreatedBy = string.Empty;
        Kinds = [];
    }

    public WebhookEndpoint(string url, string secret, string? municipalityIneCode, IReadOnlyList<CatalogChangeKind> kinds, string? description,
        string createdBy, DateTimeOffset createdAt, long enqueuedThrough)
    {
        Url = url;
        Secret = secret;
        MunicipalityIneCode = municipalityIneCode;
        Kinds = kinds;
        Description = description;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        EnqueuedThrough = enqueuedThrough;
        Enabled = true;
    }

    public long Id { get; private set; }

    /// <summary>The absolute http(s) address the events are POSTed to.</summary>
    public string Url { get; private set; }

    /// <summary>The key of the HMAC-SHA256 signature of each delivery; shown to its owner once, at creation.</summary>
    public string Secret { get; private set; }

    /// <summary>Only this city's changes (and the reference catalog's, which every city follows); null: every city's (admins).</summary>
    public string? MunicipalityIneCode { get; private set; }

    /// <summary>Only changes of these kinds; empty: every kind.</summary>
    public IReadOnlyList<CatalogChangeKind> Kinds { get; private set; }

    public string? Description { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The feed position up to which this endpoint's deliveries have been queued.</summary>
    public long EnqueuedThrough { get; set; }

    /// <summary>False once it failed for the configured time (a day) or its owner turned it off; nothing is sent then.</summary>
    public bool Enabled { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>Why it was turned off, in words its owner can act on.</summary>
    public string? DisabledReason { get; private set; }

    /// <summary>The worker delivering this endpoint's queue now, so that in a cluster each event goes out once.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public bool Matches(CatalogChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (MunicipalityIneCode is null || change.MunicipalityIneCode is null || change.MunicipalityIneCode == MunicipalityIneCode)
            && (Kinds.Count == 0 || Kinds.Contains(change.Kind));
    }

    public void Disable(string reason, DateTimeOffset at)
    {
        Enabled = false;
        DisabledAt = at;
        DisabledReason = reason;
    }

    /// <summary>Turns it on again: the owner fixed the receiver. Failed deliveries stay failed; redeliver them by hand.</summary>
    public void Enable()
    {
        Enabled = true;
        DisabledAt = null;
        DisabledReason = null;
    }
}
