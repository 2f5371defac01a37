using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Catalog.Db;
using Catalog.Db.ChangeFeed;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Sync.Webhooks;

/// <summary>
/// Sends the change feed to the registered webhook endpoints: one pass queues each endpoint's new events (from the
/// feed, the same outbox platforms read) and sends its pending ones in feed order, one at a time.
/// </summary>
/// <remarks>
/// In a cluster every worker runs passes; an endpoint's queue is worked by one of them at a time, the one holding its
/// lease (a conditional update of the endpoint row, renewed before each send and far longer than a request may take),
/// so each event goes out once and in order. A failed attempt is retried after 30 s, 1 min, 2 min, … (at most an hour
/// apart) and holds back the endpoint's later events; one that has failed for a day is given up and its endpoint
/// disabled with the reason. Results are saved after each batch: a worker killed in the middle of one may send that
/// batch's events again, which is why receivers deduplicate on the CloudEvents <c>id</c> (the feed cursor).
/// </remarks>
public sealed class WebhookDispatcher(CatalogDbContextFactory databases, IHttpClientFactory httpClients, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    /// <summary>Feed entries read per endpoint per pass to queue its events.</summary>
    private const int QueuePage = 2_000;

    private readonly WebhookOptions _options = options.Value;
    private readonly string _instance = string.IsNullOrWhiteSpace(options.Value.InstanceId)
        ? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"
        : options.Value.InstanceId;

    /// <summary>One pass over every enabled endpoint; returns how many attempts it made (0: nothing was due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = databases.CreateDbContext())
        {
            await ChangeFeedSequencer.SequenceAsync(db, cancellationToken);
        }

        List<long> endpoints;
        await using (var db = databases.CreateDbContext())
        {
            endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        }

        var attempts = 0;
        foreach (var id in endpoints)
        {
            var claimedAt = clock.GetUtcNow();
            if (!await ClaimAsync(id, cancellationToken))
            {
                continue;
            }

            try
            {
                await QueueAsync(id, cancellationToken);
                attempts += await SendAsync(id, claimedAt + (_options.Lease / 2), cancellationToken);
            }
            finally
            {
                await ReleaseAsync(id);
            }
        }

        return attempts;
    }

    /// <summary>Takes (or renews) the endpoint's lease; false when another worker holds it.</summary>
    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + _options.Lease;
        await using var db = databases.CreateDbContext();
        return await db.WebhookEndpoints
            .Where(e => e.Id == id && e.Enabled && (e.LeaseOwner == null || e.LeaseOwner == _instance || e.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseOwner, _instance).SetProperty(e => e.LeaseUntil, until), cancellationToken) == 1;
    }

    private async Task ReleaseAsync(long id)
    {
        await using var db = databases.CreateDbContext();
        await db.WebhookEndpoints.Where(e => e.Id == id && e.LeaseOwner == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseOwner, (string?)null).SetProperty(e => e.LeaseUntil, (DateTimeOffset?)null));
    }

    /// <summary>Adds a delivery for each feed entry after the endpoint's mark that it asked for, and moves the mark.</summary>
    private async Task QueueAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == id, cancellationToken);
        while (true)
        {
            var entries = await ChangeFeedSequencer.After(db, endpoint.EnqueuedThrough).Take(QueuePage).ToListAsync(cancellationToken);
            if (entries.Count == 0)
            {
                return;
            }

            var now = clock.GetUtcNow();
            db.WebhookDeliveries.AddRange(entries.Where(endpoint.Matches).Select(e => new WebhookDelivery(id, e.Position!.Value, now)));
            endpoint.EnqueuedThrough = entries[^1].Position!.Value;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.Attach(endpoint);
            if (entries.Count < QueuePage)
            {
                return;
            }
        }
    }

    /// <summary>Sends the endpoint's due deliveries in order until one fails or none is due; returns the attempts made.</summary>
    /// <param name="renewAt">When the lease, taken before this, is to be renewed: halfway through it.</param>
    private async Task<int> SendAsync(long id, DateTimeOffset renewAt, CancellationToken cancellationToken)
    {
        var attempts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = databases.CreateDbContext();
            var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == id, cancellationToken);
            if (!endpoint.Enabled)
            {
                return attempts;
            }

            var batch = await db.WebhookDeliveries.Where(d => d.EndpointId == id && d.State == WebhookDeliveryState.Pending)
                .OrderBy(d => d.Position).Take(Math.Max(1, _options.BatchSize)).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return attempts;
            }

            var positions = batch.Select(d => d.Position).ToList();
            var changes = await db.CatalogChanges.AsNoTracking().Where(c => positions.Contains(c.Position!.Value)).ToDictionaryAsync(c => c.Position!.Value, cancellationToken);
            var stop = false;
            foreach (var delivery in batch)
            {
                var now = clock.GetUtcNow();
                if (delivery.NextAttemptAt > now)
                {
                    stop = true;
                    break;
                }

                if (now >= renewAt)
                {
                    if (!await ClaimAsync(id, cancellationToken))
                    {
                        stop = true;
                        break;
                    }

                    renewAt = now + (_options.Lease / 2);
                }

                if (!changes.TryGetValue(delivery.Position, out var change))
                {
                    delivery.Abandon($"La entrada {delivery.Position} del registro de cambios ya no existe.");
                    continue;
                }

                attempts++;
                if (!await AttemptAsync(endpoint, delivery, change, cancellationToken))
                {
                    stop = true;
                    break;
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
            if (stop)
            {
                return attempts;
            }
        }

        return attempts;
    }

    /// <summary>One POST; records its outcome on the delivery (and disables the endpoint when retries ran out). True when delivered.</summary>
    private async Task<bool> AttemptAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CatalogChange change, CancellationToken cancellationToken)
    {
        var (body, contentType) = WebhookEvents.Encode(change, _options.Source);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoint.Secret, body));
        request.Headers.UserAgent.ParseAdd("ProceduresCatalog-Webhooks/1.0");
        int? status = null;
        string error;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Succeeded(clock.GetUtcNow(), status.Value);
                return true;
            }

            error = $"El receptor respondió HTTP {status} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"El receptor no respondió en {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.";
        }
        catch (HttpRequestException e)
        {
            error = e.InnerException is PrivateNetworkException p ? p.Message : $"No se pudo conectar con el receptor: {e.Message}";
        }

        var now = clock.GetUtcNow();
        var failingSince = delivery.FirstAttemptAt ?? now;
        if (now - failingSince >= _options.GiveUpAfter)
        {
            delivery.FailedAttempt(now, status, error, retryAt: null);
            var reason = $"Desactivado el {now:yyyy-MM-dd HH:mm} UTC: el receptor falla desde el {failingSince:yyyy-MM-dd HH:mm} UTC. Último error: {error} " +
                "Corrija el receptor, actívelo de nuevo y reenvíe los eventos fallidos.";
            endpoint.Disable(reason, now);
            logger.LogWarning("Webhook endpoint {Endpoint} disabled after failing since {Since}: {Error}", endpoint.Id, failingSince, error);
            return false;
        }

        var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.FirstRetryDelay.Ticks * (1L << Math.Min(30, delivery.Attempts))));
        delivery.FailedAttempt(now, status, error, now + delay);
        logger.LogInformation("Webhook delivery {Delivery} to endpoint {Endpoint} failed (attempt {Attempt}), next in {Delay}: {Error}",
            delivery.Id, endpoint.Id, delivery.Attempts, delay, error);
        return false;
    }

    /// <summary>
    /// The connection step of the webhook HTTP client: resolves the host and refuses loopback, private, link-local and
    /// unspecified addresses unless <see cref="WebhookOptions.AllowPrivateNetworks"/>, so a registered URL (or a DNS
    /// answer that changes after registration) cannot reach the servers beside the catalog.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = options.AllowPrivateNetworks ? addresses : [.. addresses.Where(a => !WebhookAddresses.IsPrivate(a))];
            if (allowed.Length == 0)
            {
                throw new PrivateNetworkException($"La dirección {context.DnsEndPoint.Host} es de una red privada o local; los webhooks solo se envían a direcciones públicas.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
    }

    private sealed class PrivateNetworkException(string message) : IOException(message);
}
