namespace Catalog.Domain.Webhooks;

/// <summary>Where one event stands for one endpoint.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Not sent yet, or sent and failed and due again at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Retries ran out (the receiver failed for a day) or the endpoint was disabled; a person may redeliver it.</summary>
    Failed,
}

/// <summary>
/// One event for one endpoint (the delivery log): the change-feed entry it carries, its attempts and the last answer.
/// An endpoint's deliveries go out one at a time in <see cref="Position"/> order; a failing one holds back the later ones.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
    }

    public WebhookDelivery(long endpointId, long position, DateTimeOffset queuedAt)
    {
        EndpointId = endpointId;
        Position = position;
        QueuedAt = queuedAt;
        NextAttemptAt = queuedAt;
        State = WebhookDeliveryState.Pending;
    }

    public long Id { get; private set; }

    public long EndpointId { get; private set; }

    /// <summary>The change-feed position of the event (its CloudEvents id is that entry's feed cursor).</summary>
    public long Position { get; private set; }

    public WebhookDeliveryState State { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the current round of attempts began: retries stop a day after it.</summary>
    public DateTimeOffset? FirstAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The receiver's HTTP status of the last attempt; null when none came (refused, timed out).</summary>
    public int? LastStatusCode { get; private set; }

    /// <summary>What went wrong in the last attempt.</summary>
    public string? LastError { get; private set; }

    public void Succeeded(DateTimeOffset at, int statusCode)
    {
        Attempted(at);
        State = WebhookDeliveryState.Delivered;
        DeliveredAt = at;
        LastStatusCode = statusCode;
        LastError = null;
    }

    /// <summary>Records a failed attempt; the next is due at <paramref name="retryAt"/>, or never when it is null.</summary>
    public void FailedAttempt(DateTimeOffset at, int? statusCode, string error, DateTimeOffset? retryAt)
    {
        Attempted(at);
        LastStatusCode = statusCode;
        LastError = error;
        if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            State = WebhookDeliveryState.Failed;
        }
    }

    /// <summary>Gives up without an attempt (its endpoint was disabled).</summary>
    public void Abandon(string reason)
    {
        State = WebhookDeliveryState.Failed;
        LastError ??= reason;
    }

    /// <summary>Queues it again, now, for a fresh round of attempts (a manual redelivery).</summary>
    public void Redeliver(DateTimeOffset at)
    {
        State = WebhookDeliveryState.Pending;
        NextAttemptAt = at;
        FirstAttemptAt = null;
    }

    private void Attempted(DateTimeOffset at)
    {
        Attempts++;
        FirstAttemptAt ??= at;
        LastAttemptAt = at;
    }
}
