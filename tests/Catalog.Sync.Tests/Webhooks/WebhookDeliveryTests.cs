using System.Text;
using Catalog.Db;
using Catalog.Db.ChangeFeed;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using Catalog.Domain.Webhooks;
using Catalog.Sync.Webhooks;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Sync.Tests.Webhooks;

/// <summary>
/// The webhook sender against a real receiver on 127.0.0.1: signed CloudEvents in feed order, retries with backoff, a
/// receiver that fails for a day, the private-network guard, and two senders on one database.
/// </summary>
public abstract class WebhookDeliveryTests(TestDatabase database) : IAsyncLifetime
{
    private const string Secret = "whsec_test-secret";
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        if (database.UnavailableReason is null)
        {
            await using var db = database.CreateContext();
            await db.WebhookDeliveries.ExecuteDeleteAsync();
            await db.WebhookEndpoints.ExecuteDeleteAsync();
            await db.CatalogChanges.ExecuteDeleteAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private ServiceProvider Services(string instance = "test-sender", bool allowPrivate = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:DeliveryEnabled"] = "false",
            ["Webhooks:AllowPrivateNetworks"] = allowPrivate ? "true" : "false",
            ["Webhooks:FirstRetryDelay"] = "00:00:30",
            ["Webhooks:InstanceId"] = instance,
            ["Webhooks:Source"] = "https://catalogo.example.es/",
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(database.Factory)
            .AddSingleton<TimeProvider>(_clock)
            .AddWebhookDelivery(configuration)
            .BuildServiceProvider();
    }

    private async Task<long> AddEndpointAsync(string url, string? municipality = "28006", params CatalogChangeKind[] kinds)
    {
        await using var db = database.CreateContext();
        var endpoint = new WebhookEndpoint(url, Secret, municipality, kinds, null, "test", _clock.GetUtcNow(), 0);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync();
        return endpoint.Id;
    }

    /// <summary>Feed entries as the catalog's writes leave them (unnumbered), then numbered.</summary>
    private async Task AddChangesAsync(params (string Key, CatalogChangeKind Kind, string? Municipality)[] changes)
    {
        await using var db = database.CreateContext();
        db.CatalogChanges.AddRange(changes.Select(c => new CatalogChange("CityProcedure", c.Key, c.Kind, c.Kind == CatalogChangeKind.Updated ? ["localName"] : [], c.Municipality, _clock.GetUtcNow())));
        await db.SaveChangesAsync();
        await ChangeFeedSequencer.SequenceAsync(db);
    }

    private async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        await using var db = database.CreateContext();
        return await db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.Position).ToListAsync();
    }

    private async Task<WebhookEndpoint> EndpointAsync(long id)
    {
        await using var db = database.CreateContext();
        return await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    [SkippableFact]
    public async Task A_receiver_gets_the_city_s_changes_as_signed_CloudEvents_in_feed_order()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync();
        await AddEndpointAsync(receiver.Url);
        await AddChangesAsync(("1", CatalogChangeKind.Created, "28006"), ("2", CatalogChangeKind.Updated, "29067"), ("3", CatalogChangeKind.Updated, "28006"), ("R1", CatalogChangeKind.Revised, null));
        await using var services = Services();

        await services.GetRequiredService<WebhookDispatcher>().RunOnceAsync();

        var received = receiver.Received;
        // Málaga's change is not Alcobendas's; the reference catalog's revision is every city's.
        Assert.Equal(["1", "3", "R1"], received.Select(r => Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(r.Event.GetProperty("subject").GetString()!)).Split(':')[1]));
        var first = received[0].Event;
        Assert.Equal("1.0", first.GetProperty("specversion").GetString());
        Assert.Equal("es.procedures-catalog.cityprocedure.created", first.GetProperty("type").GetString());
        Assert.Equal("https://catalogo.example.es/", first.GetProperty("source").GetString());
        Assert.Equal(RelayId.Encode("CatalogChange", "1"), first.GetProperty("id").GetString());
        Assert.Equal("28006", first.GetProperty("data").GetProperty("municipality").GetString());
        Assert.Equal("UPDATED", received[1].Event.GetProperty("data").GetProperty("kind").GetString());
        Assert.Equal(["localName"], received[1].Event.GetProperty("data").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.All(received, r => Assert.StartsWith("application/cloudevents+json", r.ContentType, StringComparison.Ordinal));

        // The documented check: HMAC-SHA256 of the exact body with the endpoint's secret.
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(Secret, r.Body, r.Signature)));
        Assert.False(WebhookSignature.Verify("whsec_another-secret", received[0].Body, received[0].Signature));
        var tampered = (byte[])received[0].Body.Clone();
        tampered[^2] ^= 1;
        Assert.False(WebhookSignature.Verify(Secret, tampered, received[0].Signature));
        Assert.False(WebhookSignature.Verify(Secret, received[0].Body, null));

        Assert.All(await DeliveriesAsync(), d => Assert.Equal(WebhookDeliveryState.Delivered, d.State));
        // A second pass has nothing to send: each event went out once.
        Assert.Equal(0, await services.GetRequiredService<WebhookDispatcher>().RunOnceAsync());
        Assert.Equal(3, receiver.Received.Count);
    }

    [SkippableFact]
    public async Task An_endpoint_for_some_kinds_gets_only_those()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync();
        await AddEndpointAsync(receiver.Url, municipality: null, CatalogChangeKind.Withdrawn);
        await AddChangesAsync(("1", CatalogChangeKind.Updated, "28006"), ("2", CatalogChangeKind.Withdrawn, "29067"));
        await using var services = Services();

        await services.GetRequiredService<WebhookDispatcher>().RunOnceAsync();

        Assert.Equal(["es.procedures-catalog.cityprocedure.withdrawn"], receiver.Received.Select(r => r.Event.GetProperty("type").GetString()));
    }

    [SkippableFact]
    public async Task A_receiver_that_fails_three_times_then_succeeds_gets_the_event_once_and_later_events_wait_for_it()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync(n => n <= 3 ? 503 : 200);
        await AddEndpointAsync(receiver.Url);
        await AddChangesAsync(("1", CatalogChangeKind.Created, "28006"), ("2", CatalogChangeKind.Updated, "28006"));
        await using var services = Services();
        var dispatcher = services.GetRequiredService<WebhookDispatcher>();

        await dispatcher.RunOnceAsync();
        var first = (await DeliveriesAsync())[0];
        Assert.Equal((WebhookDeliveryState.Pending, 1, 503), (first.State, first.Attempts, first.LastStatusCode));
        Assert.Contains("503", first.LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(30), first.NextAttemptAt);

        // Not due yet: nothing is sent, and the second event does not overtake the first.
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await dispatcher.RunOnceAsync());
        Assert.Single(receiver.Received);

        // 30 s, then 60 s, then 120 s: exponential backoff.
        _clock.Advance(TimeSpan.FromSeconds(20));
        await dispatcher.RunOnceAsync();
        Assert.Equal(_clock.GetUtcNow().AddSeconds(60), (await DeliveriesAsync())[0].NextAttemptAt);
        _clock.Advance(TimeSpan.FromSeconds(60));
        await dispatcher.RunOnceAsync();
        Assert.Equal(_clock.GetUtcNow().AddSeconds(120), (await DeliveriesAsync())[0].NextAttemptAt);
        _clock.Advance(TimeSpan.FromSeconds(120));
        await dispatcher.RunOnceAsync();

        var ids = receiver.Received.Select(r => r.Id).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(4, ids.Count(i => i == ids[0]));
        Assert.Single(receiver.Accepted, r => r.Id == ids[0]);
        Assert.Equal(ids[0], receiver.Accepted[0].Id);
        Assert.Equal([ids[0], RelayId.Encode("CatalogChange", "2")], receiver.Accepted.Select(r => r.Id));
        var deliveries = await DeliveriesAsync();
        Assert.Equal((WebhookDeliveryState.Delivered, 4, 200), (deliveries[0].State, deliveries[0].Attempts, deliveries[0].LastStatusCode));
        Assert.Null(deliveries[0].LastError);
    }

    [SkippableFact]
    public async Task An_endpoint_that_fails_for_a_day_is_disabled_with_the_reason_and_resumes_in_order_when_enabled()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var failing = true;
        await using var receiver = await WebhookReceiver.StartAsync(_ => Volatile.Read(ref failing) ? 500 : 200);
        var id = await AddEndpointAsync(receiver.Url);
        await AddChangesAsync(("1", CatalogChangeKind.Created, "28006"), ("2", CatalogChangeKind.Updated, "28006"));
        await using var services = Services();
        var dispatcher = services.GetRequiredService<WebhookDispatcher>();

        var start = _clock.GetUtcNow();
        while (_clock.GetUtcNow() - start <= TimeSpan.FromHours(25) && (await EndpointAsync(id)).Enabled)
        {
            await dispatcher.RunOnceAsync();
            _clock.Advance(TimeSpan.FromMinutes(30));
        }

        var endpoint = await EndpointAsync(id);
        Assert.False(endpoint.Enabled);
        Assert.Contains("HTTP 500", endpoint.DisabledReason, StringComparison.Ordinal);
        var deliveries = await DeliveriesAsync();
        Assert.Equal([WebhookDeliveryState.Failed, WebhookDeliveryState.Pending], deliveries.Select(d => d.State));
        // Backoff capped at an hour: about 30 attempts in the day, not thousands.
        Assert.InRange(deliveries[0].Attempts, 20, 40);
        var attempts = receiver.Received.Count;
        Assert.Equal(0, await dispatcher.RunOnceAsync());
        Assert.Equal(attempts, receiver.Received.Count);

        // Fixed and turned on again: the pending event goes out; the failed one waits for a manual redelivery.
        Volatile.Write(ref failing, false);
        await using (var db = database.CreateContext())
        {
            (await db.WebhookEndpoints.SingleAsync(e => e.Id == id)).Enable();
            await db.SaveChangesAsync();
        }

        await dispatcher.RunOnceAsync();
        Assert.Equal([RelayId.Encode("CatalogChange", "2")], receiver.Accepted.Select(r => r.Id));
        await using (var db = database.CreateContext())
        {
            (await db.WebhookDeliveries.OrderBy(d => d.Position).FirstAsync()).Redeliver(_clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await dispatcher.RunOnceAsync();
        Assert.Equal([RelayId.Encode("CatalogChange", "2"), RelayId.Encode("CatalogChange", "1")], receiver.Accepted.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Deliveries_to_a_private_address_are_refused_unless_allowed()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync();
        await AddEndpointAsync(receiver.Url);
        await AddChangesAsync(("1", CatalogChangeKind.Created, "28006"));
        await using var services = Services(allowPrivate: false);

        await services.GetRequiredService<WebhookDispatcher>().RunOnceAsync();

        Assert.Empty(receiver.Received);
        var delivery = Assert.Single(await DeliveriesAsync());
        Assert.Equal(WebhookDeliveryState.Pending, delivery.State);
        Assert.Null(delivery.LastStatusCode);
        Assert.Contains("red privada", delivery.LastError, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_senders_on_one_database_deliver_each_event_once_in_order()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync();
        await AddEndpointAsync(receiver.Url);
        await AddChangesAsync([.. Enumerable.Range(1, 300).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), CatalogChangeKind.Updated, (string?)"28006"))]);
        await using var a = Services("sender-a");
        await using var b = Services("sender-b");

        async Task RunAsync(WebhookDispatcher dispatcher)
        {
            for (var i = 0; i < 20 && receiver.Accepted.Count < 300; i++)
            {
                await dispatcher.RunOnceAsync();
            }
        }

        await Task.WhenAll(RunAsync(a.GetRequiredService<WebhookDispatcher>()), RunAsync(b.GetRequiredService<WebhookDispatcher>()));

        var ids = receiver.Received.Select(r => r.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => RelayId.Encode("CatalogChange", i.ToString(System.Globalization.CultureInfo.InvariantCulture))), ids);
    }
}

public sealed class SqliteWebhookDeliveryTests(SqliteTestDatabase database)
    : WebhookDeliveryTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresWebhookDeliveryTests(PostgresTestDatabase database)
    : WebhookDeliveryTests(database), IClassFixture<PostgresTestDatabase>;
