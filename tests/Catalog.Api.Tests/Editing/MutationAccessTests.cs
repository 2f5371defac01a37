using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests.Editing;

/// <summary>
/// Every mutation, tried by every kind of caller through the real HTTP pipeline: who may, who is refused and with
/// which code, and that every allowed write leaves an audit entry by its actor.
/// </summary>
public abstract class MutationAccessTests(ApiFixture fixture)
{
    private const string Alcobendas = "28006";
    private const string Malaga = "29067";

    /// <summary>A mutation under test: what to prepare, then the document and variables to send.</summary>
    public sealed record Write(string Name, string Allowed, Func<MutationAccessTests, Task<(string Query, object Variables)>> Prepare)
    {
        public override string ToString() => Name;
    }

    // Allowed: "A" admin, "C" curator, "E" editor of Alcobendas (token), "K" API key of Alcobendas.
    public static readonly Write[] Writes =
    [
        new("createCityProcedure", "AEK", _ => Task.FromResult<(string, object)>((
            "mutation($m: String!) { createCityProcedure(input: { municipality: $m, localName: \"Tarjeta de estacionamiento\", silenceEffect: NEGATIVE }) { cityProcedure { id localName } } }",
            new { m = Alcobendas }))),
        new("updateCityProcedure", "AEK", async t =>
        {
            var (id, revision) = await t.NewCityProcedureAsync();
            return ("mutation($id: ID!, $r: Int!) { updateCityProcedure(input: { id: $id, revision: $r, localName: \"Nombre nuevo\", resolutionTermAmount: 2, resolutionTermUnit: MONTHS }) { cityProcedure { localName revision } } }",
                new { id = GlobalId.Encode("CityProcedure", id), r = revision });
        }),
        new("withdrawCityProcedure", "AEK", async t =>
        {
            var (id, revision) = await t.NewCityProcedureAsync();
            return ("mutation($id: ID!, $r: Int!) { withdrawCityProcedure(id: $id, revision: $r, reason: \"Ya no se presta\") { status } }",
                new { id = GlobalId.Encode("CityProcedure", id), r = revision });
        }),
        new("mapCityProcedure", "AEK", async t =>
        {
            var (id, revision) = await t.NewCityProcedureAsync();
            return ("mutation($id: ID!, $r: Int!) { mapCityProcedure(id: $id, revision: $r, referenceCode: \"URB-002\") { confirmedReferenceVersion } }",
                new { id = GlobalId.Encode("CityProcedure", id), r = revision });
        }),
        new("declareNotOffered", "AEK", async t =>
        {
            var code = await t.NewReferenceProcedureAsync();
            return ("mutation($m: String!, $code: String!) { declareNotOffered(municipality: $m, referenceCode: $code, reason: \"Lo presta la Comunidad\") { isOffered } }",
                new { m = "L01280066", code });
        }),
        new("confirmReferenceVersion", "AEK", async t =>
        {
            var (id, revision) = await t.NewCityProcedureAsync(behindItsReference: true);
            return ("mutation($id: ID!, $r: Int!) { confirmReferenceVersion(id: $id, revision: $r, version: 2) { confirmedReferenceVersion } }",
                new { id = GlobalId.Encode("CityProcedure", id), r = revision });
        }),
        new("resolveDiscrepancy", "AEK", async t => ("mutation($id: ID!) { resolveDiscrepancy(id: $id, note: \"Corregido en SIA\") { status } }",
            new { id = GlobalId.Encode("Discrepancy", await t.NewDiscrepancyAsync()) })),
        new("dismissDiscrepancy", "AEK", async t => ("mutation($id: ID!) { dismissDiscrepancy(id: $id, note: \"La ordenanza lo fija así\") { status } }",
            new { id = GlobalId.Encode("Discrepancy", await t.NewDiscrepancyAsync()) })),
        new("createReferenceProcess", "AC", _ => Task.FromResult<(string, object)>((
            "mutation($code: String!) { createReferenceProcess(code: $code, name: \"Proceso nuevo\") { code } }",
            new { code = "P" + Random.Shared.Next(100000, 999999) }))),
        new("updateReferenceProcess", "AC", async t => ("mutation($code: String!) { updateReferenceProcess(code: $code, revision: 0, name: \"Padrón municipal\") { name } }",
            new { code = await t.NewReferenceProcessAsync() })),
        new("createReferenceProcedure", "AC", _ => Task.FromResult<(string, object)>((
            "mutation($code: String!) { createReferenceProcedure(input: { code: $code, processCode: \"URB\", name: \"Licencia de primera ocupación\", silenceEffect: POSITIVE }) { currentVersion } }",
            new { code = "URB-" + Random.Shared.Next(100000, 999999) }))),
        new("reviseReferenceProcedure", "AC", async t => ("mutation($code: String!) { reviseReferenceProcedure(input: { code: $code, revision: 0, silenceEffect: POSITIVE, note: \"Ley nueva\" }) { currentVersion } }",
            new { code = await t.NewReferenceProcedureAsync() })),
        new("retireReferenceProcedure", "AC", async t => ("mutation($code: String!) { retireReferenceProcedure(code: $code, revision: 0, note: \"Integrado en otro\") { isRetired } }",
            new { code = await t.NewReferenceProcedureAsync() })),
        new("createApiKey", "A", _ => Task.FromResult<(string, object)>((
            "mutation { createApiKey(name: \"Portal de Alcobendas\", municipalities: [\"28006\"]) { token key { id } } }", new { }))),
        new("revokeApiKey", "A", async t =>
        {
            var token = await t.Access.ApiKeyAsync(false, Alcobendas);
            Domain.Access.ApiKey.TryParseToken(token, out var id, out _);
            return ("mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }", new { id });
        }),
        new("requestSync", "AEK", _ => Task.FromResult<(string, object)>((
            "mutation { requestSync(dryRun: true, municipality: \"28006\") { requestedAt dryRun } }", new { }))),
    ];

    public static TheoryData<Write, string> Cases()
    {
        var data = new TheoryData<Write, string>();
        foreach (var write in Writes)
        {
            foreach (var caller in new[] { "anonymous", "admin", "curator", "editor", "editor-of-malaga", "api-key", "api-key-of-malaga" })
            {
                data.Add(write, caller);
            }
        }

        return data;
    }

    private WriteAccess Access => new(fixture.Factory.Services, new TestDatabaseAccess(fixture.Database.CreateContext));

    private async Task<Caller> CallerAsync(string name) => name switch
    {
        "anonymous" => WriteAccess.Anonymous,
        "admin" => WriteAccess.Bearer(name, Access.Token(CatalogRole.Admin)),
        "curator" => WriteAccess.Bearer(name, Access.Token(CatalogRole.Curator)),
        "editor" => WriteAccess.Bearer(name, Access.Token(CatalogRole.Editor, Alcobendas)),
        "editor-of-malaga" => WriteAccess.Bearer(name, Access.Token(CatalogRole.Editor, Malaga)),
        "api-key" => WriteAccess.Key(name, await Access.ApiKeyAsync(false, Alcobendas)),
        "api-key-of-malaga" => WriteAccess.Key(name, await Access.ApiKeyAsync(false, Malaga)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string? Expected(Write write, string caller) => caller switch
    {
        "anonymous" => CatalogErrors.Unauthenticated,
        "admin" => write.Allowed.Contains('A', StringComparison.Ordinal) ? null : CatalogErrors.Forbidden,
        "curator" => write.Allowed.Contains('C', StringComparison.Ordinal) ? null : CatalogErrors.Forbidden,
        "editor" => write.Allowed.Contains('E', StringComparison.Ordinal) ? null : CatalogErrors.Forbidden,
        "api-key" => write.Allowed.Contains('K', StringComparison.Ordinal) ? null : CatalogErrors.Forbidden,
        _ => CatalogErrors.Forbidden,
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Each_mutation_is_allowed_or_refused_by_role_and_scope_and_every_allowed_write_is_audited(Write write, string callerName)
    {
        var caller = await CallerAsync(callerName);
        var (query, variables) = await write.Prepare(this);
        var auditBefore = await AuditCountAsync();

        var response = await SendAsync(caller, query, variables);

        var expected = Expected(write, callerName);
        if (expected is null)
        {
            Assert.False(response.HasErrors, response.ToString());
            Assert.True(await AuditCountAsync() > auditBefore, $"{write.Name} by {callerName} left no audit entry.");
        }
        else
        {
            Assert.True(response.HasErrors, response.ToString());
            Assert.Equal(expected, response.FirstErrorCode);
            Assert.Equal(auditBefore, await AuditCountAsync());
        }
    }

    [SkippableFact]
    public async Task An_expired_token_is_refused_with_the_reason()
    {
        var response = await SendAsync(WriteAccess.Bearer("expired", Access.ExpiredToken(CatalogRole.Admin)), "mutation { createReferenceProcess(code: \"EXP\", name: \"x\") { code } }", new { });
        Assert.Equal(CatalogErrors.Unauthenticated, response.FirstErrorCode);
        Assert.Contains("expired", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_tampered_token_is_refused_with_the_reason()
    {
        var response = await SendAsync(WriteAccess.Bearer("tampered", Access.TamperedToken(CatalogRole.Admin)), "mutation { createReferenceProcess(code: \"TMP\", name: \"x\") { code } }", new { });
        Assert.Equal(CatalogErrors.Unauthenticated, response.FirstErrorCode);
        Assert.Contains("signature", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_token_naming_an_unknown_signing_key_is_refused_with_the_reason()
    {
        var response = await SendAsync(WriteAccess.Bearer("unknown kid", Access.TokenNamingAnUnknownKey(CatalogRole.Admin)), "mutation { createReferenceProcess(code: \"KID\", name: \"x\") { code } }", new { });
        Assert.Equal(CatalogErrors.Unauthenticated, response.FirstErrorCode);
        Assert.Contains("signing key (kid)", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_revoked_api_key_is_refused_with_the_reason()
    {
        var token = await Access.ApiKeyAsync(revoked: true, Alcobendas);
        var response = await SendAsync(WriteAccess.Key("revoked", token),
            "mutation { createCityProcedure(input: { municipality: \"28006\", localName: \"x\" }) { cityProcedure { id } } }", new { });
        Assert.Equal(CatalogErrors.Unauthenticated, response.FirstErrorCode);
        Assert.Contains("revoked", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Reading_needs_no_credentials_and_refused_credentials_are_reported_even_on_reads()
    {
        Assert.False((await SendAsync(WriteAccess.Anonymous, "{ municipality(code: \"28006\") { name } }", new { })).HasErrors);
        var response = await SendAsync(WriteAccess.Bearer("tampered", Access.TamperedToken(CatalogRole.Curator)), "{ municipality(code: \"28006\") { name } }", new { });
        Assert.Equal(CatalogErrors.Unauthenticated, response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task A_mutation_document_kept_from_an_editor_is_still_refused_to_an_anonymous_caller()
    {
        const string create = "mutation($m: String!) { createCityProcedure(input: { municipality: $m, localName: \"Vado permanente\" }) { cityProcedure { localName } } }";
        var editor = WriteAccess.Bearer("editor", Access.Token(CatalogRole.Editor, Alcobendas));
        Assert.False((await SendAsync(editor, create, new { m = Alcobendas })).HasErrors);
        var auditBefore = await AuditCountAsync();

        var anonymous = await SendAsync(WriteAccess.Anonymous, create, new { m = Alcobendas });

        Assert.Equal(CatalogErrors.Unauthenticated, anonymous.FirstErrorCode);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [SkippableFact]
    public async Task A_stale_revision_is_refused_with_conflict_and_the_stored_procedure_is_unchanged()
    {
        var (id, revision) = await NewCityProcedureAsync();
        var editor = WriteAccess.Bearer("editor", Access.Token(CatalogRole.Editor, Alcobendas));
        const string update = "mutation($id: ID!, $r: Int!, $name: String!) { updateCityProcedure(input: { id: $id, revision: $r, localName: $name }) { cityProcedure { revision } } }";
        Assert.False((await SendAsync(editor, update, new { id = GlobalId.Encode("CityProcedure", id), r = revision, name = "Primera" })).HasErrors);

        var stale = await SendAsync(editor, update, new { id = GlobalId.Encode("CityProcedure", id), r = revision, name = "Segunda" });

        Assert.Equal(CatalogErrors.Conflict, stale.FirstErrorCode);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal("Primera", (await db.CityProcedures.SingleAsync(p => p.Id == id)).LocalName);
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_with_the_field_named()
    {
        var editor = WriteAccess.Bearer("editor", Access.Token(CatalogRole.Editor, Alcobendas));
        var response = await SendAsync(editor, "mutation { createCityProcedure(input: { municipality: \"28006\", localName: \"x\", responsibleUnit: \"L01280060\" }) { cityProcedure { id } } }", new { });
        Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
        Assert.Equal("dir3Code", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("check digit", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_history_of_a_city_procedure_shows_who_changed_what()
    {
        var (id, revision) = await NewCityProcedureAsync();
        var editor = WriteAccess.Bearer("editor", Access.Token(CatalogRole.Editor, Alcobendas));
        var globalId = GlobalId.Encode("CityProcedure", id);
        await SendAsync(editor, "mutation($id: ID!, $r: Int!) { updateCityProcedure(input: { id: $id, revision: $r, fees: \"Gratuito\" }) { cityProcedure { revision } } }", new { id = globalId, r = revision });

        var history = await SendAsync(editor, HistoryQuery, new { id = globalId });

        Assert.False(history.HasErrors, history.ToString());
        var entry = history.Data.GetProperty("node").GetProperty("history").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("test-editor-28006", entry.GetProperty("actor").GetString());
        Assert.Equal("update", entry.GetProperty("action").GetString());
        var change = entry.GetProperty("changes")[0];
        Assert.Equal(("fees", "Gratuito"), (change.GetProperty("field").GetString(), change.GetProperty("after").GetString()));
    }

    private const string HistoryQuery = "query($id: ID!) { node(id: $id) { ... on CityProcedure { history(first: 5) { totalCount edges { node { actor role action changes { field before after } } } } } } }";

    [SkippableFact]
    public async Task Anonymous_callers_cannot_read_the_audit_log()
    {
        var (id, _) = await NewCityProcedureAsync();

        var changes = await SendAsync(WriteAccess.Anonymous, "{ changes(first: 5) { totalCount edges { node { actor apiKeyId changes { before after } } } } }", new { });
        var history = await SendAsync(WriteAccess.Anonymous, HistoryQuery, new { id = GlobalId.Encode("CityProcedure", id) });

        Assert.Equal(CatalogErrors.Unauthenticated, changes.FirstErrorCode);
        Assert.Equal(CatalogErrors.Unauthenticated, history.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Public_data_names_no_staff()
    {
        var versions = await SendAsync(WriteAccess.Anonymous, "{ referenceProcedures(first: 1) { edges { node { versions { author } } } } }", new { });

        Assert.Equal(CatalogErrors.Unauthenticated, versions.FirstErrorCode);
    }

    [SkippableFact]
    public async Task An_editor_reads_the_audit_log_of_its_municipalities_only()
    {
        var (id, _) = await NewCityProcedureAsync();
        var malagaEditor = WriteAccess.Bearer("editor", Access.Token(CatalogRole.Editor, Malaga));

        var other = await SendAsync(malagaEditor, "query($m: String) { changes(first: 5, municipality: $m) { totalCount } }", new { m = Alcobendas });
        var own = await SendAsync(malagaEditor, "{ changes(first: 100) { edges { node { municipalityIneCode } } } }", new { });
        var history = await SendAsync(malagaEditor, HistoryQuery, new { id = GlobalId.Encode("CityProcedure", id) });
        var curator = await SendAsync(WriteAccess.Bearer("curator", Access.Token(CatalogRole.Curator)), "{ changes(first: 100) { edges { node { entityType } } } }", new { });

        Assert.Equal(CatalogErrors.Forbidden, other.FirstErrorCode);
        Assert.False(own.HasErrors, own.ToString());
        Assert.All(own.Data.GetProperty("changes").GetProperty("edges").EnumerateArray(), e => Assert.Equal(Malaga, e.GetProperty("node").GetProperty("municipalityIneCode").GetString()));
        Assert.Equal(CatalogErrors.Forbidden, history.FirstErrorCode);
        Assert.False(curator.HasErrors, curator.ToString());
        Assert.All(curator.Data.GetProperty("changes").GetProperty("edges").EnumerateArray(),
            e => Assert.StartsWith("Reference", e.GetProperty("node").GetProperty("entityType").GetString(), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_requested_dry_run_executes_and_records_what_would_change()
    {
        var admin = WriteAccess.Bearer("admin", Access.Token(CatalogRole.Admin));
        var response = await SendAsync(admin, "mutation { requestSync(dryRun: true, full: true) { requestedBy } }", new { });
        Assert.False(response.HasErrors, response.ToString());

        SyncRun? run = null;
        for (var attempt = 0; attempt < 100 && run is not { Outcome: not SyncOutcome.Running }; attempt++)
        {
            await Task.Delay(200);
            await using var db = fixture.Database.CreateContext();
            run = await db.SyncRuns.Where(r => r.Trigger == SyncTrigger.Api).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        }

        Assert.NotNull(run);
        Assert.True(run.DryRun);
        Assert.Equal("test-admin-", run.RequestedBy);
        Assert.NotEqual(SyncOutcome.Running, run.Outcome);
    }

    [SkippableFact]
    public async Task A_mutation_has_its_own_longer_timeout_than_a_query()
    {
        await using var host = fixture.CreateFactory(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.0000001" });
        using var client = host.CreateClient();
        var token = new WriteAccess(host.Services, new TestDatabaseAccess(fixture.Database.CreateContext)).Token(CatalogRole.Curator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "mutation($code: String!) { createReferenceProcess(code: $code, name: \"Proceso\") { code } }", variables = new { code = "T" + Random.Shared.Next(100000, 999999) } }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);

        var response = await GraphQLClient.SendAsync(client, request);

        Assert.False(response.HasErrors, response.ToString());
    }

    private async Task<GraphQLResponse> SendAsync(Caller caller, string query, object variables)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        caller.Present(request);
        return await GraphQLClient.SendAsync(client, request);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await db.ChangeLog.CountAsync();
    }

    /// <summary>A new Alcobendas procedure; when asked, mapped to a reference procedure that was revised after the mapping.</summary>
    internal async Task<(long Id, int Revision)> NewCityProcedureAsync(bool behindItsReference = false)
    {
        await using var db = fixture.Database.CreateContext();
        var procedure = Build.CityProcedure(Build.Alcobendas, "Procedimiento " + Guid.NewGuid().ToString("N")[..6], siaCode: null);
        if (behindItsReference)
        {
            var process = await db.ReferenceProcesses.SingleAsync(p => p.Code == "URB");
            var reference = Build.ReferenceProcedure(process, "URB-" + Random.Shared.Next(100000, 999999));
            procedure.MapTo(reference, Build.Now);
            reference.Revise(reference.Name, "Revisado", reference.Attributes, process, "curator", Build.Now);
        }

        db.CityProcedures.Add(procedure);
        await db.SaveChangesAsync();
        return (procedure.Id, procedure.Revision);
    }

    internal async Task<string> NewReferenceProcedureAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var process = await db.ReferenceProcesses.SingleAsync(p => p.Code == "URB");
        var reference = Build.ReferenceProcedure(process, "URB-" + Random.Shared.Next(100000, 999999));
        db.ReferenceProcedures.Add(reference);
        await db.SaveChangesAsync();
        return reference.Code;
    }

    internal async Task<string> NewReferenceProcessAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var process = Build.Process("P" + Random.Shared.Next(100000, 999999));
        db.ReferenceProcesses.Add(process);
        await db.SaveChangesAsync();
        return process.Code;
    }

    internal async Task<long> NewDiscrepancyAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var discrepancy = new Discrepancy(DiscrepancyKind.SiaCodeMissing, DiscrepancySeverity.Warning, Alcobendas, Random.Shared.NextInt64(1_000_000, 9_000_000),
            "-", "Sin código SIA.", [], null, 1, Build.Now);
        db.Discrepancies.Add(discrepancy);
        await db.SaveChangesAsync();
        return discrepancy.Id;
    }
}

public sealed class SqliteMutationAccessTests(SqliteApiFixture fixture) : MutationAccessTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresMutationAccessTests(PostgresApiFixture fixture) : MutationAccessTests(fixture), IClassFixture<PostgresApiFixture>;
