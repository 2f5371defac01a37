using System.Net.Http.Headers;
using Catalog.Api.Auth;
using Catalog.Domain.Codes;
using Catalog.Domain.Webhooks;
using Catalog.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ApiEntryPoint = Catalog.Api.GraphQL.CatalogSchema;

namespace Catalog.Api.Tests.Webhooks;

/// <summary>
/// Webhooks as a city's team uses them through GraphQL: register one, edit the catalog, the receiver gets the signed
/// event (sent by the API process itself), the log shows it, a redelivery sends it again; scope and bad input refused.
/// </summary>
public abstract class WebhookApiTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string Create = """
        mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url municipality kinds enabled createdBy } } }
        """;

    private const string Log = """
        query($m: String) { webhooks(municipality: $m) { id url pendingCount deliveries(first: 10) {
          edges { node { id eventId eventType state attempts lastStatusCode deliveredAt change { subjectId kind fields } } } } } }
        """;

    private WebApplicationFactory<ApiEntryPoint> _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.CreateFactory(new Dictionary<string, string?>
        {
            ["Webhooks:DeliveryEnabled"] = "true",
            ["Webhooks:RequireHttps"] = "false",
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Webhooks:PollInterval"] = "00:00:00.100",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Client(CatalogRole role, params string[] municipalities)
    {
        var client = _host.CreateClient();
        var token = _host.Services.GetRequiredService<TokenIssuer>().Issue("webhook-" + role.ToString().ToLowerInvariant(), role, [.. municipalities.Select(IneCode.Parse)]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [SkippableFact]
    public async Task An_editor_registers_a_webhook_and_the_receiver_gets_the_signed_event_of_an_edit()
    {
        Skip.If(fixture.Database.UnavailableReason is not null, fixture.Database.UnavailableReason);
        await using var receiver = await WebhookReceiver.StartAsync();
        var editor = Client(CatalogRole.Editor, "28006");

        var created = await editor.PostAsync(Create, new { input = new { url = receiver.Url, municipality = "L01280066", kinds = new[] { "CREATED", "UPDATED" }, description = "Portal" } });
        Assert.False(created.HasErrors, created.ToString());
        var secret = created.Data.GetProperty("createWebhook").GetProperty("secret").GetString()!;
        var webhook = created.Data.GetProperty("createWebhook").GetProperty("webhook");
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal("28006", webhook.GetProperty("municipality").GetString());
        Assert.True(webhook.GetProperty("enabled").GetBoolean());

        var name = "Licencia de terraza " + Guid.NewGuid().ToString("N")[..8];
        var write = await editor.PostAsync("mutation($n: String!) { createCityProcedure(input: { municipality: \"28006\", localName: $n, silenceEffect: NEGATIVE }) { cityProcedure { id } } }", new { n = name });
        Assert.False(write.HasErrors, write.ToString());
        var procedureId = write.Data.GetProperty("createCityProcedure").GetProperty("cityProcedure").GetProperty("id").GetString();

        await receiver.WaitUntilAsync(r => r.Count >= 1, 30, "the creation's event");
        var received = Assert.Single(receiver.Received);
        Assert.True(WebhookSignature.Verify(secret, received.Body, received.Signature));
        Assert.Equal("es.procedures-catalog.cityprocedure.created", received.Event.GetProperty("type").GetString());
        Assert.Equal(procedureId, received.Event.GetProperty("subject").GetString());

        // The log, as its owner sees it; then a redelivery sends the same event again.
        var log = await editor.PostAsync(Log, new { m = "28006" });
        Assert.False(log.HasErrors, log.ToString());
        var delivery = Assert.Single(Assert.Single(log.Data.GetProperty("webhooks").EnumerateArray()).GetProperty("deliveries").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal("DELIVERED", delivery.GetProperty("state").GetString());
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(received.Id, delivery.GetProperty("eventId").GetString());
        Assert.Equal(procedureId, delivery.GetProperty("change").GetProperty("subjectId").GetString());

        var again = await editor.PostAsync("mutation($id: ID!) { redeliverWebhookEvent(id: $id) { state } }", new { id = delivery.GetProperty("id").GetString() });
        Assert.False(again.HasErrors, again.ToString());
        await receiver.WaitUntilAsync(r => r.Count >= 2, 30, "the redelivery");
        Assert.Equal(received.Id, receiver.Received[1].Id);

        var deleted = await editor.PostAsync("mutation($id: ID!) { deleteWebhook(id: $id) }", new { id = webhook.GetProperty("id").GetString() });
        Assert.False(deleted.HasErrors, deleted.ToString());
        Assert.Empty((await editor.PostAsync(Log, new { m = "28006" })).Data.GetProperty("webhooks").EnumerateArray());
    }

    [SkippableFact]
    public async Task Webhooks_are_refused_outside_the_editor_s_scope_and_for_bad_addresses()
    {
        Skip.If(fixture.Database.UnavailableReason is not null, fixture.Database.UnavailableReason);
        var editor = Client(CatalogRole.Editor, "28006");

        var otherCity = await editor.PostAsync(Create, new { input = new { url = "https://portal.example.es/hook", municipality = "29067" } });
        Assert.Equal("FORBIDDEN", otherCity.FirstErrorCode);
        var everyCity = await editor.PostAsync(Create, new { input = new { url = "https://portal.example.es/hook" } });
        Assert.Equal("FORBIDDEN", everyCity.FirstErrorCode);
        var notAnAddress = await editor.PostAsync(Create, new { input = new { url = "portal.example.es/hook", municipality = "28006" } });
        Assert.Equal("BAD_USER_INPUT", notAnAddress.FirstErrorCode);
        var withPassword = await editor.PostAsync(Create, new { input = new { url = "https://user:pw@portal.example.es/hook", municipality = "28006" } });
        Assert.Equal("BAD_USER_INPUT", withPassword.FirstErrorCode);
        var anonymous = await _host.CreateClient().PostAsync(Create, new { input = new { url = "https://portal.example.es/hook", municipality = "28006" } });
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await editor.PostAsync(Log, new { m = "29067" })).FirstErrorCode);

        // The same address twice would get every event twice.
        var address = "https://portal.example.es/hook-" + Guid.NewGuid().ToString("N");
        Assert.False((await editor.PostAsync(Create, new { input = new { url = address, municipality = "28006" } })).HasErrors);
        var twice = await editor.PostAsync(Create, new { input = new { url = address, municipality = "28006" } });
        Assert.Equal("BAD_USER_INPUT", twice.FirstErrorCode);
        Assert.Contains("already registered", twice.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Plain_http_addresses_are_refused_by_default()
    {
        Skip.If(fixture.Database.UnavailableReason is not null, fixture.Database.UnavailableReason);
        await using var host = fixture.CreateFactory(new Dictionary<string, string?>());
        var editor = host.CreateClient();
        var token = host.Services.GetRequiredService<TokenIssuer>().Issue("webhook-editor", CatalogRole.Editor, [IneCode.Parse("28006")]);
        editor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await editor.PostAsync(Create, new { input = new { url = "http://portal.example.es/hook", municipality = "28006" } });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("https", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}

public sealed class SqliteWebhookApiTests(SqliteApiFixture fixture) : WebhookApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresWebhookApiTests(PostgresApiFixture fixture) : WebhookApiTests(fixture), IClassFixture<PostgresApiFixture>;
