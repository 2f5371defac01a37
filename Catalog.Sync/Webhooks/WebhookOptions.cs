namespace Catalog.Sync.Webhooks;

/// <summary>Webhook delivery settings (<c>Webhooks:*</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether this process delivers webhook events (the API in process and every worker, by default).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>How long the sender waits for new events when it found none.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait after a first failed attempt; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An event that has failed for this long is given up and its endpoint disabled.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a worker holds an endpoint's queue before another may take it (renewed while it sends).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Deliveries sent between two saves of their results.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Registration refuses plain http addresses unless this is false (tests, a receiver on the same host).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Whether deliveries may go to loopback, private and link-local addresses. Off by default, so an endpoint cannot
    /// be used to reach the servers beside the catalog; checked on every connection, after DNS resolution.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The CloudEvents <c>source</c> of every event: this catalog.</summary>
    public string Source { get; set; } = "urn:procedures-catalog";

    /// <summary>This process's name in endpoint leases; machine name and process id when empty.</summary>
    public string? InstanceId { get; set; }
}
