using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Api.Auth;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Api.GraphQL;
using Catalog.Domain.Reconciliation;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests.Editing;

/// <summary>
/// The rules of a city catalog (CityCatalogRules) as an editor meets them through the API: codes unique in the
/// catalog, the unit in the council's tree, warnings for codes the mirror does not know, the city reconciled at once,
/// and the same answer from the import for the same bad row.
/// </summary>
public abstract class CatalogRulesTests(ApiFixture fixture)
{
    private const string Alcobendas = "28006";
    private const string Create = "mutation($m: String!, $name: String!, $sia: String, $localId: String, $unit: String) { createCityProcedure(input: { municipality: $m, localName: $name, siaCode: $sia, localId: $localId, responsibleUnit: $unit }) { cityProcedure { id revision siaCode } warnings { code field message } } }";
    private const string Update = "mutation($id: ID!, $r: Int!, $sia: String, $localId: String) { updateCityProcedure(input: { id: $id, revision: $r, siaCode: $sia, localId: $localId }) { cityProcedure { siaCode } warnings { code } } }";

    private static string NewSiaCode() => "4" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);

    private static string NewLocalId() => "R-" + Guid.NewGuid().ToString("N")[..10];

    private Caller Editor(string municipality = Alcobendas)
        => WriteAccess.Bearer("editor", new WriteAccess(fixture.Factory.Services, new TestDatabaseAccess(fixture.Database.CreateContext)).Token(CatalogRole.Editor, municipality));

    private async Task<(string GlobalId, long Id, int Revision)> CreateAsync(string name, string? sia = null, string? localId = null)
    {
        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name, sia, localId, unit = (string?)null });
        Assert.False(response.HasErrors, response.ToString());
        var procedure = response.Data.GetProperty("createCityProcedure").GetProperty("cityProcedure");
        var globalId = procedure.GetProperty("id").GetString()!;
        return (globalId, GlobalId.DecodeNumeric(globalId, "CityProcedure", "id"), procedure.GetProperty("revision").GetInt32());
    }

    [SkippableFact]
    public async Task Creating_a_procedure_with_a_sia_code_already_in_the_catalog_is_refused_naming_the_other_procedure()
    {
        var sia = NewSiaCode();
        var first = await CreateAsync("Licencia de vado", sia);

        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Vado permanente", sia, localId = (string?)null, unit = (string?)null });

        Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
        var extensions = response.FirstError.GetProperty("extensions");
        Assert.Equal("siaCode", extensions.GetProperty("field").GetString());
        Assert.Equal(first.GlobalId, extensions.GetProperty("otherProcedure").GetString());
        Assert.Contains($"'Licencia de vado' (id {first.Id})", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Updating_a_procedure_to_a_sia_code_already_in_the_catalog_is_refused_naming_the_other_procedure()
    {
        var sia = NewSiaCode();
        var holder = await CreateAsync("Licencia de terraza", sia);
        var other = await CreateAsync("Terrazas de hostelería");

        var response = await SendAsync(Editor(), Update, new { id = other.GlobalId, r = other.Revision, sia, localId = (string?)null });

        Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
        Assert.Equal("siaCode", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains($"'Licencia de terraza' (id {holder.Id})", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_local_id_already_in_the_catalog_is_refused_on_create_and_update_naming_the_other_procedure()
    {
        var localId = NewLocalId();
        var holder = await CreateAsync("Cédula de habitabilidad", localId: localId);
        var other = await CreateAsync("Primera ocupación");

        var created = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Otra", sia = (string?)null, localId, unit = (string?)null });
        var updated = await SendAsync(Editor(), Update, new { id = other.GlobalId, r = other.Revision, sia = (string?)null, localId });

        foreach (var response in new[] { created, updated })
        {
            Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
            Assert.Equal("localId", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
            Assert.Contains($"'Cédula de habitabilidad' (id {holder.Id}", response.FirstErrorMessage, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_withdrawn_procedures_sia_code_may_be_reused()
    {
        var sia = NewSiaCode();
        var old = await CreateAsync("Licencia antigua", sia);
        var withdrawn = await SendAsync(Editor(), "mutation($id: ID!, $r: Int!) { withdrawCityProcedure(id: $id, revision: $r) { status } }", new { id = old.GlobalId, r = old.Revision });
        Assert.False(withdrawn.HasErrors, withdrawn.ToString());

        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Licencia nueva", sia, localId = (string?)null, unit = (string?)null });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(sia, response.Data.GetProperty("createCityProcedure").GetProperty("cityProcedure").GetProperty("siaCode").GetString());
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_active_procedure_with_the_same_sia_code()
    {
        var sia = NewSiaCode();
        await using (var db = fixture.Database.CreateContext())
        {
            db.CityProcedures.Add(Build.CityProcedure(Build.Alcobendas, "Uno", sia, null));
            await db.SaveChangesAsync();
        }

        await using var second = fixture.Database.CreateContext();
        second.CityProcedures.Add(Build.CityProcedure(Build.Alcobendas, "Dos", sia, null));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task Concurrent_creates_with_one_sia_code_cannot_both_succeed_and_the_loser_gets_bad_user_input()
    {
        var sia = NewSiaCode();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            SendAsync(Editor(), Create, new { m = Alcobendas, name = $"Concurrente {i}", sia, localId = (string?)null, unit = (string?)null })));

        Assert.Single(responses, r => !r.HasErrors);
        Assert.All(responses.Where(r => r.HasErrors), r => Assert.Equal(CatalogErrors.BadUserInput, r.FirstErrorCode));
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(1, await db.CityProcedures.CountAsync(p => p.SiaCode == sia));
    }

    [SkippableFact]
    public async Task A_unit_outside_the_councils_tree_is_refused()
    {
        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Licencia", sia = (string?)null, localId = (string?)null, unit = ApiTestData.MalagaCouncil });

        Assert.Equal(CatalogErrors.BadUserInput, response.FirstErrorCode);
        Assert.Equal("responsibleUnit", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("DIR3 tree", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_unit_of_the_councils_tree_is_accepted_without_warning()
    {
        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Licencia", sia = (string?)null, localId = (string?)null, unit = ApiTestData.LicensingService });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(0, response.Data.GetProperty("createCityProcedure").GetProperty("warnings").GetArrayLength());
    }

    [SkippableFact]
    public async Task Codes_the_mirror_does_not_know_are_accepted_with_a_warning()
    {
        var response = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Licencia", sia = NewSiaCode(), localId = (string?)null, unit = "LA0009999" });

        Assert.False(response.HasErrors, response.ToString());
        var warnings = response.Data.GetProperty("createCityProcedure").GetProperty("warnings").EnumerateArray()
            .Select(w => (w.GetProperty("code").GetString(), w.GetProperty("field").GetString())).ToList();
        Assert.Equal([("UNIT_UNKNOWN", "responsibleUnit"), ("SIA_CODE_UNKNOWN", "siaCode")], warnings);
    }

    [SkippableFact]
    public async Task The_citys_discrepancies_are_current_when_the_mutation_returns()
    {
        var created = await CreateAsync("Sin código SIA todavía");

        await using (var db = fixture.Database.CreateContext())
        {
            Assert.True(await db.Discrepancies.AnyAsync(d => d.CityProcedureId == created.Id && d.Kind == DiscrepancyKind.SiaCodeMissing && d.Status == DiscrepancyStatus.Open));
        }

        var updated = await SendAsync(Editor(), Update, new { id = created.GlobalId, r = created.Revision, sia = NewSiaCode(), localId = (string?)null });
        Assert.False(updated.HasErrors, updated.ToString());
        await using var check = fixture.Database.CreateContext();
        Assert.False(await check.Discrepancies.AnyAsync(d => d.CityProcedureId == created.Id && d.Kind == DiscrepancyKind.SiaCodeMissing && d.Status == DiscrepancyStatus.Open));
        Assert.True(await check.Discrepancies.AnyAsync(d => d.CityProcedureId == created.Id && d.Kind == DiscrepancyKind.SiaCodeUnknown && d.Status == DiscrepancyStatus.Open));
    }

    [SkippableFact]
    public async Task An_editor_may_request_a_sync_of_their_own_city_but_not_of_another_nor_a_full_run()
    {
        const string request = "mutation($m: String, $full: Boolean!) { requestSync(dryRun: true, full: $full, municipality: $m) { municipality } }";

        var own = await SendAsync(Editor(), request, new { m = Alcobendas, full = false });
        var other = await SendAsync(Editor(), request, new { m = "29067", full = false });
        var national = await SendAsync(Editor(), request, new { m = (string?)null, full = false });
        var full = await SendAsync(Editor(), request, new { m = Alcobendas, full = true });

        Assert.False(own.HasErrors, own.ToString());
        Assert.Equal([CatalogErrors.Forbidden, CatalogErrors.Forbidden, CatalogErrors.Forbidden], new[] { other, national, full }.Select(r => r.FirstErrorCode));
    }

    [SkippableFact]
    public async Task The_import_and_the_mutation_give_the_same_answer_for_the_same_bad_row()
    {
        // The row has a local id of its own, so it is a new procedure (not an update of the holder, matched by SIA code).
        var (sia, localId) = (NewSiaCode(), NewLocalId());
        await CreateAsync("Licencia de actividad", sia, NewLocalId());
        var mutation = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Actividad clasificada", sia, localId, unit = (string?)null });
        var outside = await SendAsync(Editor(), Create, new { m = Alcobendas, name = "Actividad", sia = (string?)null, localId = (string?)null, unit = ApiTestData.MalagaCouncil });

        using var scope = fixture.Factory.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<CityCatalogImporter>();
        var admin = new CatalogActor("ana", CatalogRole.Admin, new HashSet<string>(), null);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes($"id_local;nombre_local;codigo_sia;unidad_dir3\n{localId};Actividad clasificada;{sia};\n;Actividad;;{ApiTestData.MalagaCouncil}\n"));
        var report = await importer.ImportAsync(admin, Alcobendas, file, CatalogFormat.Csv, dryRun: true);

        Assert.Equal(mutation.FirstErrorMessage, Assert.Single(report.Rows[0].Problems).Message);
        Assert.Equal(outside.FirstErrorMessage, Assert.Single(report.Rows[1].Problems).Message);
    }

    [SkippableFact]
    public async Task Differences_report_an_empty_city_field_as_missing_not_as_different()
    {
        const string gijon = "33024";
        var created = await SendAsync(Editor(gijon), "mutation { createCityProcedure(input: { municipality: \"33024\", localName: \"Licencia de obra\", referenceCode: \"URB-001\" }) { cityProcedure { id } } }", new { });
        Assert.False(created.HasErrors, created.ToString());

        var response = await SendAsync(WriteAccess.Anonymous, "query($m: [String!]!) { compareImplementations(referenceCode: \"URB-001\", municipalities: $m) { implementations { differences { field kind reference { silenceEffect } city { silenceEffect } } } } }", new { m = new[] { gijon } });

        Assert.False(response.HasErrors, response.ToString());
        var differences = Assert.Single(response.Data.GetProperty("compareImplementations").GetProperty("implementations").EnumerateArray()).GetProperty("differences").EnumerateArray().ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.Equal("MISSING", d.GetProperty("kind").GetString()));
        var silence = Assert.Single(differences, d => d.GetProperty("field").GetString() == "silenceEffect");
        Assert.Equal("POSITIVE", silence.GetProperty("reference").GetProperty("silenceEffect").GetString());
        Assert.Equal(JsonValueKind.Null, silence.GetProperty("city").ValueKind);
    }

    [SkippableFact]
    public async Task Differences_give_values_as_the_schemas_enums_and_a_structured_term()
    {
        var response = await SendAsync(WriteAccess.Anonymous, "{ compareImplementations(referenceCode: \"URB-001\", municipalities: [\"29067\"]) { implementations { differences { field kind city { resolutionTerm { amount unit } } } } } }", new { });

        Assert.False(response.HasErrors, response.ToString());
        var malaga = Assert.Single(response.Data.GetProperty("compareImplementations").GetProperty("implementations").EnumerateArray());
        var term = Assert.Single(malaga.GetProperty("differences").EnumerateArray());
        Assert.Equal(("resolutionTerm", "DIFFERENT"), (term.GetProperty("field").GetString(), term.GetProperty("kind").GetString()));
        var city = term.GetProperty("city").GetProperty("resolutionTerm");
        Assert.Equal((2, "MONTHS"), (city.GetProperty("amount").GetInt32(), city.GetProperty("unit").GetString()));
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
}

public sealed class SqliteCatalogRulesTests(SqliteApiFixture fixture) : CatalogRulesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresCatalogRulesTests(PostgresApiFixture fixture) : CatalogRulesTests(fixture), IClassFixture<PostgresApiFixture>;
