using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Api.Tests;

/// <summary>The read contract: what each root field returns for the seeded data, and how it refuses bad input.</summary>
public abstract class CatalogQueriesTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Factory.CreateClient();

    /// <summary>Discrepancies are for signed-in callers: an admin's bearer token.</summary>
    private string Admin => new Editing.WriteAccess(fixture.Factory.Services, null!).Token(Auth.CatalogRole.Admin);

    private async Task<JsonElement> DataAsync(string bearer, string query)
    {
        var client = Client;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        var response = await client.PostAsync(query);
        Assert.False(response.HasErrors, response.ToString());
        return response.Data;
    }

    private async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await Client.PostAsync(query, variables);
        Assert.False(response.HasErrors, response.ToString());
        return response.Data;
    }

    [SkippableTheory]
    [InlineData("28006")]
    [InlineData("280066")]
    [InlineData("L01280066")]
    public async Task A_municipality_is_found_by_ine_code_or_council_dir3_code(string code)
    {
        var data = await DataAsync("query($c: String!) { municipality(code: $c) { name ineCode councilDir3Code provinceName } }", new { c = code });

        Assert.Equal("Alcobendas", data.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal("L01280066", data.GetProperty("municipality").GetProperty("councilDir3Code").GetString());
    }

    [SkippableTheory]
    [InlineData("2800", "has 4 characters")]
    [InlineData("280061", "check digit")]
    [InlineData("L01280061", "does not carry a valid INE code")]
    [InlineData("EA0003024", "is not a town council's")]
    public async Task A_bad_municipality_code_is_refused_with_the_code_s_own_message(string code, string message)
    {
        var response = await Client.PostAsync("query($c: String!) { municipality(code: $c) { name } }", new { c = code });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains(message, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("municipality").ValueKind);
    }

    [SkippableFact]
    public async Task A_well_formed_code_of_no_municipality_is_not_found()
    {
        var response = await Client.PostAsync("{ municipality(code: \"28999\") { name } }");

        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Municipality_search_ignores_accents_and_case()
    {
        var data = await DataAsync("{ municipalities(search: \"MALAGA\", provinceCode: \"29\") { edges { node { name } } } }");

        Assert.Contains(data.GetProperty("municipalities").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("name").GetString() == "Málaga");
    }

    [SkippableFact]
    public async Task A_municipality_has_ines_name_without_quotes_and_the_name_people_write()
    {
        var data = await DataAsync("{ municipality(code: \"15030\") { name displayName provinceName provinceDisplayName } }");

        var coruna = data.GetProperty("municipality");
        Assert.Equal("Coruña, A", coruna.GetProperty("name").GetString());
        Assert.Equal("A Coruña", coruna.GetProperty("displayName").GetString());
        Assert.Equal(("Coruña, A", "A Coruña"), (coruna.GetProperty("provinceName").GetString(), coruna.GetProperty("provinceDisplayName").GetString()));
    }

    [SkippableTheory]
    [InlineData("a coruña", "15030")]
    [InlineData("coruna", "15030")]
    [InlineData("A CORUÑA", "15030")]
    [InlineData("alacant", "03014")]
    [InlineData("alicante", "03014")]
    [InlineData("san sebastian", "20069")]
    [InlineData("donostia", "20069")]
    [InlineData("las palmas de gran canaria", "35016")]
    [InlineData("L’Hospitalet", "08101")]
    [InlineData("hospitalet de llobregat, l'", "08101")]
    public async Task Municipalities_are_found_by_either_name_or_either_part_of_a_bilingual_name(string search, string ineCode)
    {
        var data = await DataAsync("query($s: String!) { municipalities(search: $s, first: 100) { edges { node { ineCode } } } }", new { s = search });

        Assert.Contains(data.GetProperty("municipalities").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("ineCode").GetString() == ineCode);
    }

    [SkippableTheory]
    [InlineData("2807")]
    [InlineData("280795")]
    [InlineData("EA0003024")]
    [InlineData("L01280795")]
    public async Task A_bad_municipality_code_gets_the_parsers_message_from_the_query_and_the_export(string code)
    {
        Assert.False(Domain.Codes.MunicipalityCode.TryParse(code, out _, out var message));

        var query = await Client.PostAsync("query($c: String!) { municipality(code: $c) { name } }", new { c = code });
        using var export = await Client.GetAsync(new Uri($"/export/municipalities/{code}/catalog.csv", UriKind.Relative));
        using var problem = JsonDocument.Parse(await export.Content.ReadAsStringAsync());

        Assert.Equal(message, query.FirstErrorMessage);
        Assert.Equal(message, problem.RootElement.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Municipalities_filter_by_region_and_count()
    {
        var data = await DataAsync("{ municipalities(regionCode: \"13\") { totalCount } }");

        Assert.Equal(179, data.GetProperty("municipalities").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Paging_forward_visits_every_row_once_in_order()
    {
        var names = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var page = (await DataAsync("query($a: String) { municipalities(provinceCode: \"28\", first: 50, after: $a) { pageInfo { hasNextPage endCursor } edges { node { ineCode } } } }", new { a = after }))
                .GetProperty("municipalities");
            names.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("ineCode").GetString()!));
            more = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more);

        Assert.Equal(179, names.Count);
        Assert.Equal(179, names.Distinct().Count());
    }

    [SkippableFact]
    public async Task Paging_backward_returns_the_rows_before_the_cursor_in_order()
    {
        var forward = (await DataAsync("{ municipalities(provinceCode: \"28\", orderBy: INE_CODE, first: 6) { edges { cursor node { ineCode } } } }"))
            .GetProperty("municipalities").GetProperty("edges").EnumerateArray().ToList();

        var backward = (await DataAsync("query($b: String) { municipalities(provinceCode: \"28\", orderBy: INE_CODE, last: 3, before: $b) { pageInfo { hasPreviousPage hasNextPage } edges { node { ineCode } } } }",
            new { b = forward[5].GetProperty("cursor").GetString() })).GetProperty("municipalities");

        Assert.Equal(forward.Skip(2).Take(3).Select(e => e.GetProperty("node").GetProperty("ineCode").GetString()),
            backward.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("ineCode").GetString()));
        Assert.True(backward.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(backward.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [SkippableFact]
    public async Task A_cursor_stays_valid_when_rows_are_inserted_before_it()
    {
        const string query = "query($a: String) { cityProcedures(municipality: \"28006\", first: 5, after: $a) { edges { cursor node { localName } } } }";
        var first = (await DataAsync(query)).GetProperty("cityProcedures").GetProperty("edges").EnumerateArray().ToList();
        var expected = (await DataAsync(query, new { a = first[^1].GetProperty("cursor").GetString() })).GetProperty("cityProcedures").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node").GetProperty("localName").GetString()).ToList();

        await using (var db = fixture.Database.CreateContext())
        {
            db.CityProcedures.Add(Build.CityProcedure(Build.Alcobendas, "Aaa licencia insertada al principio", siaCode: null));
            await db.SaveChangesAsync();
        }

        var again = (await DataAsync(query, new { a = first[^1].GetProperty("cursor").GetString() })).GetProperty("cityProcedures").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node").GetProperty("localName").GetString()).ToList();
        Assert.Equal(expected, again);
    }

    [SkippableFact]
    public async Task A_cursor_of_another_order_is_refused()
    {
        var cursor = (await DataAsync("{ municipalities(first: 1, orderBy: NAME) { pageInfo { endCursor } } }"))
            .GetProperty("municipalities").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await Client.PostAsync("query($a: String) { municipalities(first: 1, orderBy: INE_CODE, after: $a) { totalCount } }", new { a = cursor });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task First_and_last_together_are_refused()
    {
        var response = await Client.PostAsync("{ municipalities(first: 2, last: 2) { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Node_fetches_again_what_a_global_id_names()
    {
        var ids = (await DataAsync("{ municipality(code: \"28006\") { id council { id } cityProcedures(first: 1) { edges { node { id } } } } }")).GetProperty("municipality");
        var procedureId = ids.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();

        var data = await DataAsync("query($m: ID!, $u: ID!, $p: ID!) { m: node(id: $m) { ... on Municipality { name } } u: node(id: $u) { ... on Unit { code } } p: node(id: $p) { __typename id } }",
            new { m = ids.GetProperty("id").GetString(), u = ids.GetProperty("council").GetProperty("id").GetString(), p = procedureId });

        Assert.Equal("Alcobendas", data.GetProperty("m").GetProperty("name").GetString());
        Assert.Equal("L01280066", data.GetProperty("u").GetProperty("code").GetString());
        Assert.Equal("CityProcedure", data.GetProperty("p").GetProperty("__typename").GetString());
        Assert.Equal(procedureId, data.GetProperty("p").GetProperty("id").GetString());
    }

    [SkippableFact]
    public async Task A_forged_global_id_is_refused()
    {
        var response = await Client.PostAsync("{ node(id: \"bm90LWFuLWlk\") { id } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task City_procedures_filter_by_silence_effect()
    {
        var data = await DataAsync("{ cityProcedures(silenceEffect: POSITIVE) { edges { node { localName municipality { name } } } } }");

        var only = Assert.Single(data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray());
        Assert.Equal("Málaga", only.GetProperty("node").GetProperty("municipality").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task City_procedures_filter_by_declarations_not_offered()
    {
        var data = await DataAsync("{ cityProcedures(municipality: \"L01290672\", offered: false) { edges { node { localName isOffered referenceProcedure { code } } } } }");

        var only = Assert.Single(data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray());
        Assert.Equal("PAD-001", only.GetProperty("node").GetProperty("referenceProcedure").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task City_procedures_filter_by_open_discrepancies()
    {
        var data = await DataAsync(Admin, "{ cityProcedures(hasOpenDiscrepancies: true) { totalCount edges { node { openDiscrepancyCount openDiscrepancies { kind suggestion } } } } }");

        Assert.Equal(1, data.GetProperty("cityProcedures").GetProperty("totalCount").GetInt32());
        var node = data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(1, node.GetProperty("openDiscrepancyCount").GetInt32());
        Assert.Equal("REFERENCE_CHANGED", node.GetProperty("openDiscrepancies")[0].GetProperty("kind").GetString());
    }

    [SkippableFact]
    public async Task Anonymous_callers_see_how_many_discrepancies_a_procedure_has_but_not_what_they_are()
    {
        var count = await DataAsync("{ cityProcedures(hasOpenDiscrepancies: true) { items { openDiscrepancyCount } } }");
        Assert.Equal(1, count.GetProperty("cityProcedures").GetProperty("items")[0].GetProperty("openDiscrepancyCount").GetInt32());

        var refused = await Client.PostAsync("{ cityProcedures(hasOpenDiscrepancies: true) { items { openDiscrepancies { summary } } } }");
        Assert.Equal("UNAUTHENTICATED", refused.FirstErrorCode);
    }

    [SkippableTheory]
    [InlineData("{ syncRuns(first: 1) { items { error } } }")]
    [InlineData("{ syncRuns(first: 1) { items { node } } }")]
    [InlineData("{ syncRuns(first: 1) { items { sources { location } } } }")]
    [InlineData("{ syncRuns(first: 1) { items { sources { error } } } }")]
    public async Task Sync_run_operational_details_need_credentials(string query)
    {
        Assert.Equal("UNAUTHENTICATED", (await Client.PostAsync(query)).FirstErrorCode);
        await DataAsync(Admin, query);
    }

    [SkippableFact]
    public async Task A_discrepancy_by_global_id_is_for_signed_in_callers_of_its_municipality()
    {
        var listed = await DataAsync(Admin, "{ discrepancies(first: 1) { items { id municipalityIneCode } } }");
        var first = listed.GetProperty("discrepancies").GetProperty("items")[0];
        var id = first.GetProperty("id").GetString();
        var own = first.GetProperty("municipalityIneCode").GetString()!;
        var other = own == "28006" ? "29067" : "28006";
        const string Query = "query($id: ID!) { node(id: $id) { id } }";

        var anonymous = await Client.PostAsync(Query, new { id });
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);

        var access = new Editing.WriteAccess(fixture.Factory.Services, null!);
        var ownEditor = Client;
        ownEditor.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", access.Token(Auth.CatalogRole.Editor, own));
        Assert.Equal(id, (await ownEditor.PostAsync(Query, new { id })).Data.GetProperty("node").GetProperty("id").GetString());

        var otherEditor = Client;
        otherEditor.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", access.Token(Auth.CatalogRole.Editor, other));
        var hidden = await otherEditor.PostAsync(Query, new { id });
        Assert.False(hidden.HasErrors, hidden.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.Data.GetProperty("node").ValueKind);
    }

    [SkippableFact]
    public async Task City_procedures_search_their_names_ignoring_accents()
    {
        var data = await DataAsync("{ cityProcedures(search: \"URBANÍSTICA\") { edges { node { localName } } } }");

        Assert.Equal("Licencia urbanística de obra", Assert.Single(data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("localName").GetString());
    }

    [SkippableFact]
    public async Task City_procedures_filter_by_reference_process_unit_and_sia_code()
    {
        var data = await DataAsync($"{{ cityProcedures(processCode: \"URB\", unit: \"{ApiTestData.LicensingService}\", siaCode: \"{ApiTestData.SiaCode}\", referenceCode: \"URB-001\") {{ totalCount }} }}");

        // A SIA code names one active procedure of a catalog: the one seeded with it.
        Assert.Equal(1, data.GetProperty("cityProcedures").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task City_procedures_sort_by_name_descending()
    {
        var data = await DataAsync("{ cityProcedures(municipality: \"28006\", orderBy: NAME, direction: DESC, first: 2) { edges { node { localName } } } }");

        Assert.Equal("Licencia 119 de Alcobendas", data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node").GetProperty("localName").GetString());
    }

    [SkippableFact]
    public async Task A_city_procedure_shows_what_changed_in_its_reference_since_it_confirmed()
    {
        var data = await DataAsync("{ cityProcedures(municipality: \"29067\", offered: true) { edges { node { confirmedReferenceVersion referenceProcedure { currentVersion } referenceChanges { field before after } } } } }");

        var node = data.GetProperty("cityProcedures").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(1, node.GetProperty("confirmedReferenceVersion").GetInt32());
        Assert.Equal(2, node.GetProperty("referenceProcedure").GetProperty("currentVersion").GetInt32());
        var change = Assert.Single(node.GetProperty("referenceChanges").EnumerateArray());
        Assert.Equal("silenceEffect", change.GetProperty("field").GetString());
        Assert.Equal("Negative", change.GetProperty("before").GetString());
        Assert.Equal("Positive", change.GetProperty("after").GetString());
    }

    [SkippableFact]
    public async Task Reference_procedures_list_their_versions_with_field_level_changes()
    {
        var data = await DataAsync("{ referenceProcedure(code: \"URB-001\") { currentVersion process { code } versions { number changedFields changes { field before after } } changesBetween(from: 1, to: 2) { field } } }");

        var procedure = data.GetProperty("referenceProcedure");
        var versions = procedure.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal("URB", procedure.GetProperty("process").GetProperty("code").GetString());
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("SilenceEffect", Assert.Single(versions[1].GetProperty("changedFields").EnumerateArray()).GetString());
        Assert.Equal("silenceEffect", Assert.Single(procedure.GetProperty("changesBetween").EnumerateArray()).GetProperty("field").GetString());
    }

    [SkippableFact]
    public async Task Versions_that_do_not_exist_are_refused()
    {
        var response = await Client.PostAsync("{ referenceProcedure(code: \"URB-001\") { changesBetween(from: 1, to: 7) { field } } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Reference_processes_list_their_procedures_in_order()
    {
        var data = await DataAsync("{ referenceProcesses { totalCount edges { node { code procedures { code } } } } referenceProcedures(processCode: \"URB\") { edges { node { code } } } }");

        Assert.Equal(2, data.GetProperty("referenceProcesses").GetProperty("totalCount").GetInt32());
        Assert.Equal(["URB-001", "URB-002"], data.GetProperty("referenceProcedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task An_unknown_reference_code_is_not_found()
    {
        var response = await Client.PostAsync("{ referenceProcedure(code: \"NOPE-404\") { name } }");

        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task A_unit_shows_its_parent_ancestors_children_offices_and_municipality()
    {
        var data = await DataAsync($"{{ unit(dir3Code: \"{ApiTestData.LicensingService}\") {{ parent {{ code }} ancestors {{ code }} principal {{ municipality {{ name }} children {{ code }} offices {{ code }} }} }} }}");

        var unit = data.GetProperty("unit");
        Assert.Equal(ApiTestData.UrbanismArea, unit.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal([ApiTestData.UrbanismArea, ApiTestData.AlcobendasCouncil], unit.GetProperty("ancestors").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal("Alcobendas", unit.GetProperty("principal").GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal([ApiTestData.UrbanismArea], unit.GetProperty("principal").GetProperty("children").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal([ApiTestData.OfficeCode], unit.GetProperty("principal").GetProperty("offices").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task Units_under_a_unit_are_its_whole_subtree()
    {
        var data = await DataAsync($"{{ units(under: \"{ApiTestData.AlcobendasCouncil}\") {{ edges {{ node {{ code }} }} }} byMunicipality: units(municipality: \"28006\") {{ totalCount }} }}");

        Assert.Equal([ApiTestData.UrbanismArea, ApiTestData.LicensingService], data.GetProperty("units").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()));
        Assert.Equal(3, data.GetProperty("byMunicipality").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task A_bad_dir3_code_is_refused_with_its_message()
    {
        var response = await Client.PostAsync("{ unit(dir3Code: \"l0128006\") { name } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("has 8 characters", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_sia_entry_is_found_by_code_with_its_responsible_unit()
    {
        var data = await DataAsync($"{{ siaEntry(siaCode: \"{ApiTestData.SiaCode}\") {{ name responsibleUnit {{ name }} }} siaEntries(responsibleN1: \"{ApiTestData.AlcobendasCouncil}\") {{ totalCount }} }}");

        Assert.Equal("Servicio de Licencias", data.GetProperty("siaEntry").GetProperty("responsibleUnit").GetProperty("name").GetString());
        Assert.Equal(1, data.GetProperty("siaEntries").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task A_bad_sia_code_is_refused_with_its_message()
    {
        var response = await Client.PostAsync("{ siaEntry(siaCode: \"20946O6\") { name } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("digits only", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Implementations_are_compared_side_by_side_with_their_differences()
    {
        var data = await DataAsync("{ compareImplementations(referenceCode: \"URB-001\", municipalities: [\"28006\", \"L01290672\", \"28079\"]) { reference { code } implementations { municipality { name } status siaCode responsibleUnit { code } attributes { silenceEffect resolutionTerm { iso8601 } } differences { field kind reference { silenceEffect resolutionTerm { amount unit } } city { silenceEffect resolutionTerm { amount unit } } } needsReferenceReview } } }");

        var rows = data.GetProperty("compareImplementations").GetProperty("implementations").EnumerateArray().ToList();
        Assert.Equal(["Alcobendas", "Málaga", "Madrid"], rows.Select(r => r.GetProperty("municipality").GetProperty("name").GetString()));
        Assert.Equal(["IMPLEMENTED", "IMPLEMENTED", "NOT_MAPPED"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("silenceEffect", Assert.Single(rows[0].GetProperty("differences").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal("resolutionTerm", Assert.Single(rows[1].GetProperty("differences").EnumerateArray()).GetProperty("field").GetString());
        Assert.True(rows[0].GetProperty("needsReferenceReview").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("attributes").ValueKind);
    }

    [SkippableFact]
    public async Task Comparing_the_most_municipalities_allowed_stays_within_the_complexity_limit()
    {
        var codes = (await DataAsync("{ municipalities(provinceCode: \"28\", orderBy: INE_CODE, first: 50) { edges { node { ineCode } } } }"))
            .GetProperty("municipalities").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("ineCode").GetString()).ToList();

        var data = await DataAsync("query($m: [String!]!) { compareImplementations(referenceCode: \"URB-001\", municipalities: $m) { implementations { municipality { name } status siaCode responsibleUnit { name } attributes { silenceEffect fees } differences { field kind } } } }",
            new { m = codes });

        Assert.Equal(50, data.GetProperty("compareImplementations").GetProperty("implementations").GetArrayLength());
    }

    [SkippableFact]
    public async Task Comparing_too_many_municipalities_is_refused()
    {
        var codes = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"28{i:000}\""));

        var response = await Client.PostAsync($"{{ compareImplementations(referenceCode: \"URB-001\", municipalities: [{codes}]) {{ reference {{ code }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("1 to 50", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Coverage_counts_mapped_not_offered_and_missing_per_process()
    {
        var data = await DataAsync("{ coverage(municipality: \"29067\") { total mapped notOffered missing mappedShare processes { process { code } total mapped notOffered missing } missingProcedures { code } } }");

        var coverage = data.GetProperty("coverage");
        Assert.Equal([3, 1, 1, 1], new[] { "total", "mapped", "notOffered", "missing" }.Select(f => coverage.GetProperty(f).GetInt32()));
        Assert.Equal(0.3333, coverage.GetProperty("mappedShare").GetDouble());
        Assert.Equal("URB-002", Assert.Single(coverage.GetProperty("missingProcedures").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(["URB", "PAD"], coverage.GetProperty("processes").EnumerateArray().Select(p => p.GetProperty("process").GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task Discrepancies_and_sync_runs_are_listed_newest_first()
    {
        var data = await DataAsync(Admin, "{ discrepancies(municipality: \"28006\") { totalCount edges { node { kind severity facts { field expected found } cityProcedure { localName } openedByRun { outcome } } } } syncRuns { edges { node { outcome full durationSeconds units { added } } } } }");

        var discrepancy = data.GetProperty("discrepancies").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("WARNING", discrepancy.GetProperty("severity").GetString());
        Assert.Equal("SUCCEEDED", discrepancy.GetProperty("openedByRun").GetProperty("outcome").GetString());
        Assert.Equal(180, data.GetProperty("syncRuns").GetProperty("edges")[0].GetProperty("node").GetProperty("durationSeconds").GetDouble());
    }

    [SkippableFact]
    public async Task Withdrawn_procedures_are_left_out_unless_asked_for()
    {
        await using (var db = fixture.Database.CreateContext())
        {
            var procedure = Build.CityProcedure(Build.Malaga, "Procedimiento retirado");
            procedure.Withdraw("Sustituido", Build.Now);
            db.CityProcedures.Add(procedure);
            await db.SaveChangesAsync();
        }

        var data = await DataAsync("{ active: cityProcedures(search: \"retirado\") { totalCount } withdrawn: cityProcedures(search: \"retirado\", status: WITHDRAWN) { totalCount } }");

        Assert.Equal(0, data.GetProperty("active").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("withdrawn").GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteCatalogQueriesTests(SqliteApiFixture fixture) : CatalogQueriesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresCatalogQueriesTests(PostgresApiFixture fixture) : CatalogQueriesTests(fixture), IClassFixture<PostgresApiFixture>;
