using System.Net.Http.Headers;
using System.Text.Json;
using Catalog.Api.Auth;
using Catalog.Domain.Codes;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests.ChangeFeed;

/// <summary>The change feed as a city platform reads it: a stored cursor, concurrent editors, restarts.</summary>
public abstract class ChangeFeedTests(ApiFixture fixture)
{
    private const string Alcobendas = "28006";

    private const string FeedQuery = """
        query($m: String, $after: String) {
          catalogChanges(municipality: $m, after: $after, first: 100) {
            edges { cursor node { subjectId subjectType kind fields municipality at } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>One entry as the platform stores it.</summary>
    private sealed record Seen(string Cursor, string SubjectId, string Kind, string[] Fields, string? Municipality);

    /// <summary>Reads every change after <paramref name="cursor"/>, page by page; returns them and the cursor to store.</summary>
    private static async Task<(List<Seen> Changes, string? Cursor)> ReadToEndAsync(HttpClient client, string? cursor, string? municipality = Alcobendas)
    {
        var changes = new List<Seen>();
        while (true)
        {
            var response = await client.PostAsync(FeedQuery, new { m = municipality, after = cursor });
            Assert.False(response.HasErrors, response.ToString());
            var page = response.Data.GetProperty("catalogChanges");
            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                var node = edge.GetProperty("node");
                changes.Add(new Seen(edge.GetProperty("cursor").GetString()!, node.GetProperty("subjectId").GetString()!, node.GetProperty("kind").GetString()!,
                    node.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray(), node.GetProperty("municipality").GetString()));
            }

            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return (changes, cursor);
            }
        }
    }

    private static string EditorToken(IServiceProvider services)
        => services.GetRequiredService<TokenIssuer>().Issue("feed-editor", CatalogRole.Editor, [IneCode.Parse(Alcobendas)]);

    private static async Task<JsonElement> WriteAsync(HttpClient client, string token, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out _), text);
        return body.GetProperty("data");
    }

    /// <summary>Creates a procedure in Alcobendas and renames it; returns its global ID.</summary>
    private static async Task<string> CreateAndRenameAsync(HttpClient client, string token, string name)
    {
        var created = await WriteAsync(client, token,
            "mutation($n: String!) { createCityProcedure(input: { municipality: \"28006\", localName: $n, silenceEffect: NEGATIVE }) { cityProcedure { id revision } } }", new { n = name });
        var procedure = created.GetProperty("createCityProcedure").GetProperty("cityProcedure");
        var id = procedure.GetProperty("id").GetString()!;
        await WriteAsync(client, token, "mutation($id: ID!, $r: Int!, $n: String!) { updateCityProcedure(input: { id: $id, revision: $r, localName: $n }) { cityProcedure { id } } }",
            new { id, r = procedure.GetProperty("revision").GetInt32(), n = name + " (revisado)" });
        return id;
    }

    [SkippableFact]
    public async Task A_platform_with_a_stored_cursor_sees_every_concurrent_change_once_in_order_across_a_restart()
    {
        var editors = fixture.Factory;
        var editorClient = editors.CreateClient();
        var token = EditorToken(editors.Services);
        var platform = fixture.CreateFactory(new Dictionary<string, string?>());
        var (_, cursor) = await ReadToEndAsync(platform.CreateClient(), cursor: null);

        // Four editors write at once while the platform polls with its stored cursor; half-way the platform's API restarts.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var ids = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                ids.Add(await CreateAndRenameAsync(editorClient, token, $"Trámite concurrente {w}-{i} {Guid.NewGuid():N}"));
            }

            return ids;
        })).ToList();
        var seen = new List<Seen>();
        var polls = 0;
        while (!writers.All(w => w.IsCompleted))
        {
            var (changes, next) = await ReadToEndAsync(platform.CreateClient(), cursor);
            seen.AddRange(changes);
            cursor = next;
            if (++polls == 3)
            {
                await platform.DisposeAsync();
                platform = fixture.CreateFactory(new Dictionary<string, string?>());
            }

            await Task.Delay(50);
        }

        var written = (await Task.WhenAll(writers)).SelectMany(ids => ids).ToHashSet();
        seen.AddRange((await ReadToEndAsync(platform.CreateClient(), cursor)).Changes);
        await platform.DisposeAsync();

        Assert.Equal(seen.Count, seen.Select(s => s.Cursor).Distinct().Count());
        var ours = seen.Where(s => written.Contains(s.SubjectId)).ToList();
        Assert.Equal(written.Count * 2, ours.Count);
        foreach (var id in written)
        {
            var kinds = ours.Where(s => s.SubjectId == id).Select(s => s.Kind).ToList();
            Assert.Equal(["CREATED", "UPDATED"], kinds);
        }

        Assert.All(ours.Where(s => s.Kind == "UPDATED"), s => Assert.Equal(["localName"], s.Fields));
        Assert.All(ours, s => Assert.Equal(Alcobendas, s.Municipality));
    }

    [SkippableFact]
    public async Task A_cursor_with_nothing_new_gives_an_empty_page_and_the_same_cursor()
    {
        var client = fixture.Factory.CreateClient();
        var (_, cursor) = await ReadToEndAsync(client, cursor: null, municipality: "29067");

        var (again, same) = await ReadToEndAsync(client, cursor, municipality: "29067");

        Assert.Empty(again);
        Assert.Equal(cursor, same);
    }

    [SkippableFact]
    public async Task Another_citys_changes_are_not_in_a_citys_feed()
    {
        var client = fixture.Factory.CreateClient();
        var (_, cursor) = await ReadToEndAsync(client, cursor: null, municipality: "29067");
        var id = await CreateAndRenameAsync(client, EditorToken(fixture.Factory.Services), "Trámite de otra ciudad " + Guid.NewGuid().ToString("N"));

        var (malaga, _) = await ReadToEndAsync(client, cursor, municipality: "29067");
        var (everyone, _) = await ReadToEndAsync(client, cursor, municipality: null);

        Assert.DoesNotContain(malaga, s => s.SubjectId == id);
        Assert.Contains(everyone, s => s.SubjectId == id && s.Kind == "CREATED");
    }

    [SkippableFact]
    public async Task A_malformed_cursor_is_bad_input()
    {
        var response = await fixture.Factory.CreateClient().PostAsync(FeedQuery, new { m = Alcobendas, after = "not-a-cursor" });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task The_feed_names_no_staff_member()
    {
        var client = fixture.Factory.CreateClient();
        await CreateAndRenameAsync(client, EditorToken(fixture.Factory.Services), "Trámite sin autor " + Guid.NewGuid().ToString("N"));

        var response = await client.PostAsync("{ catalogChanges(first: 100) { edges { node { subjectId kind fields at } } } }");

        Assert.False(response.HasErrors, response.ToString());
        Assert.DoesNotContain("feed-editor", response.Body.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UpdatedSince_lists_only_procedures_changed_since_then()
    {
        var client = fixture.Factory.CreateClient();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await CreateAndRenameAsync(client, EditorToken(fixture.Factory.Services), "Trámite reciente " + Guid.NewGuid().ToString("N"));

        var recent = await client.PostAsync("query($s: DateTime) { cityProcedures(municipality: \"28006\", updatedSince: $s, first: 100) { edges { node { id } } } }",
            new { s = since.ToString("O") });
        var future = await client.PostAsync("query($s: DateTime) { cityProcedures(municipality: \"28006\", updatedSince: $s, first: 100) { totalCount } }",
            new { s = DateTimeOffset.UtcNow.AddHours(1).ToString("O") });

        Assert.False(recent.HasErrors, recent.ToString());
        var ids = recent.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Contains(id, ids);
        Assert.Equal(0, future.Data.GetProperty("cityProcedures").GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteChangeFeedTests(SqliteApiFixture fixture) : ChangeFeedTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresChangeFeedTests(PostgresApiFixture fixture) : ChangeFeedTests(fixture), IClassFixture<PostgresApiFixture>;
