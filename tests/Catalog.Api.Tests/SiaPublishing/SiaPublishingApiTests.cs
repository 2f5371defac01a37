using System.Net.Http.Headers;
using Catalog.Api.Auth;
using Catalog.Domain.Codes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ApiEntryPoint = Catalog.Api.GraphQL.CatalogSchema;

namespace Catalog.Api.Tests.SiaPublishing;

/// <summary>
/// Publishing to SIA through GraphQL as a council's editor does it: an edit queues an operation in the same write,
/// the readiness and the dry-run XML of each procedure, starting the publication, sending again and setting aside;
/// another city's editor and a municipality that does not publish are refused. SIA itself is down here (nothing
/// listens on its address): the sender's answer to that is part of what is checked.
/// </summary>
public abstract class SiaPublishingApiTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string Status = """
        query($m: String!) { siaPublishing(municipality: $m) { municipality enabled pendingCount incompleteCount
          procedures { ready missing preview procedure { id localName } latest { id operation state reason } } } }
        """;

    private const string Queue = """
        query($m: String!) { siaPublications(municipality: $m, first: 50) { edges { node { id operation state reason attempts request procedure { localName } } } } }
        """;

    private WebApplicationFactory<ApiEntryPoint> _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.CreateFactory(new Dictionary<string, string?>
        {
            ["Sia:Publish:Enabled"] = "true",
            ["Sia:Publish:Municipalities:0"] = "28006",
            // Nothing listens here: SIA is down.
            ["Sia:Publish:Endpoint"] = "http://127.0.0.1:9/actualizar",
            ["Sia:Publish:LookupEndpoint"] = "http://127.0.0.1:9/consultar",
            ["Sia:Publish:User"] = "ayto",
            ["Sia:Publish:Password"] = "secreto-de-sia",
            ["Sia:Publish:PollSeconds"] = "1",
            ["Sia:Publish:Codes:Recipient:Companies"] = "2",
            ["Sia:Publish:Codes:Channel:InPerson"] = "1",
            ["Sia:Publish:Codes:Channel:Online"] = "2",
            ["Sia:Publish:Codes:Rank:Ley"] = "5",
            ["Sia:Publish:Codes:Subject:Urbanismo"] = "12",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Client(CatalogRole role, params string[] municipalities)
    {
        var client = _host.CreateClient();
        var token = _host.Services.GetRequiredService<TokenIssuer>().Issue("sia-" + role.ToString().ToLowerInvariant(), role, [.. municipalities.Select(IneCode.Parse)]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<System.Text.Json.JsonElement> NodeOfAsync(HttpClient client, string name)
    {
        var queue = await client.PostAsync(Queue, new { m = "28006" });
        Assert.False(queue.HasErrors, queue.ToString());
        return queue.Data.GetProperty("siaPublications").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("procedure").GetProperty("localName").GetString() == name);
    }

    [SkippableFact]
    public async Task An_editor_s_write_is_queued_for_SIA_and_the_queue_says_SIA_is_down_then_the_operation_can_be_set_aside()
    {
        Skip.If(fixture.Database.UnavailableReason is not null, fixture.Database.UnavailableReason);
        var editor = Client(CatalogRole.Editor, "28006");
        var name = "Licencia de cala " + Guid.NewGuid().ToString("N")[..8];

        var write = await editor.PostAsync("""
            mutation($n: String!) { createCityProcedure(input: { municipality: "28006", localName: $n, description: "Apertura de zanjas en la vía pública.",
              responsibleUnit: "L01280066", initiation: ON_APPLICATION, silenceEffect: NEGATIVE, resolutionTermAmount: 3, resolutionTermUnit: MONTHS,
              endsAdministrativeRoute: true, recipients: [CITIZENS], electronicLevel: FULLY_ONLINE, channels: [ONLINE], family: "Urbanismo",
              legalBasis: [{ rank: "Ley", number: "39/2015", title: "del Procedimiento Administrativo Común" }] }) { cityProcedure { id } } }
            """, new { n = name });
        Assert.False(write.HasErrors, write.ToString());

        // The sender in the API process tried and found nobody at SIA's address: the alta waits for a retry.
        System.Text.Json.JsonElement node = default;
        for (var i = 0; i < 100; i++)
        {
            node = await NodeOfAsync(editor, name);
            if (node.GetProperty("attempts").GetInt32() > 0 && node.GetProperty("state").GetString() == "PENDING")
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("ALTA", node.GetProperty("operation").GetString());
        Assert.Equal("PENDING", node.GetProperty("state").GetString());
        Assert.Contains("Se volverá a intentar", node.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("<password>********</password>", node.GetProperty("request").GetString(), StringComparison.Ordinal);

        var status = await editor.PostAsync(Status, new { m = "L01280066" });
        Assert.False(status.HasErrors, status.ToString());
        var publishing = status.Data.GetProperty("siaPublishing");
        Assert.True(publishing.GetProperty("enabled").GetBoolean());
        var mine = publishing.GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("procedure").GetProperty("localName").GetString() == name);
        Assert.True(mine.GetProperty("ready").GetBoolean(), mine.ToString());
        Assert.Contains($"<DENOMINACION>{name}</DENOMINACION>", mine.GetProperty("preview").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secreto-de-sia", mine.GetProperty("preview").GetString(), StringComparison.Ordinal);
        // The demo catalog's procedures lack things SIA needs, and say which.
        Assert.Contains(publishing.GetProperty("procedures").EnumerateArray(), p => !p.GetProperty("ready").GetBoolean()
            && p.GetProperty("missing").EnumerateArray().Any(m => m.GetString()!.StartsWith("falta:", StringComparison.Ordinal)));

        var discarded = await editor.PostAsync("mutation($id: ID!) { discardSiaPublication(id: $id, note: \"Se publicará a mano\") { state reason } }", new { id = node.GetProperty("id").GetString() });
        Assert.False(discarded.HasErrors, discarded.ToString());
        Assert.Equal("DISCARDED", discarded.Data.GetProperty("discardSiaPublication").GetProperty("state").GetString());
        Assert.Contains("Se publicará a mano", discarded.Data.GetProperty("discardSiaPublication").GetProperty("reason").GetString(), StringComparison.Ordinal);

        // A discarded operation is settled: it cannot be sent again.
        var again = await editor.PostAsync("mutation($id: ID!) { retrySiaPublication(id: $id) { state } }", new { id = node.GetProperty("id").GetString() });
        Assert.True(again.HasErrors);
    }

    [SkippableFact]
    public async Task Starting_the_publication_queues_each_procedure_once_and_is_refused_where_it_is_not_enabled_or_not_yours()
    {
        Skip.If(fixture.Database.UnavailableReason is not null, fixture.Database.UnavailableReason);
        var editor = Client(CatalogRole.Editor, "28006");

        var first = await editor.PostAsync("mutation { publishCatalogToSia(municipality: \"28006\") }");
        Assert.False(first.HasErrors, first.ToString());
        var second = await editor.PostAsync("mutation { publishCatalogToSia(municipality: \"28006\") }");
        Assert.False(second.HasErrors, second.ToString());
        Assert.Equal(0, second.Data.GetProperty("publishCatalogToSia").GetInt32());

        var queue = await editor.PostAsync(Queue, new { m = "28006" });
        Assert.NotEmpty(queue.Data.GetProperty("siaPublications").GetProperty("edges").EnumerateArray());

        var malaga = Client(CatalogRole.Editor, "29067");
        var notEnabled = await malaga.PostAsync("mutation { publishCatalogToSia(municipality: \"29067\") }");
        Assert.True(notEnabled.HasErrors);
        Assert.Contains("Sia:Publish:Municipalities", notEnabled.ToString(), StringComparison.Ordinal);

        var notYours = await malaga.PostAsync(Queue, new { m = "28006" });
        Assert.True(notYours.HasErrors);
        Assert.Equal("FORBIDDEN", notYours.FirstErrorCode);

        var anonymous = await _host.CreateClient().PostAsync(Status, new { m = "28006" });
        Assert.True(anonymous.HasErrors);
    }
}

public sealed class SqliteSiaPublishingApiTests(SqliteApiFixture fixture) : SiaPublishingApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresSiaPublishingApiTests(PostgresApiFixture fixture) : SiaPublishingApiTests(fixture), IClassFixture<PostgresApiFixture>;
