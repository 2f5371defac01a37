using System.Text.Json;
using Catalog.Api.Auth;
using Catalog.Api.Tests.Editing;
using Catalog.Domain.Reconciliation;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests.Accounts;

/// <summary>Discrepancies are for signed-in people, and an editor sees only their own cities'.</summary>
public sealed class DiscrepancyAccessTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Query = "{ discrepancies(status: null, first: 100) { edges { node { municipality { ineCode } } } } }";

    [Fact]
    public async Task An_anonymous_caller_is_refused_discrepancies()
    {
        var response = await fixture.Factory.CreateClient().PostAsync(Query);

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_signed_in_editor_of_Alcobendas_sees_Alcobendas_discrepancies_and_not_Malagas()
    {
        await EnsureDiscrepanciesInBothCitiesAsync();
        var accounts = new AccountBench(fixture.Factory);
        var editor = await accounts.AddWithPasswordAsync(CatalogRole.Editor, "28006");
        var cookie = await accounts.SessionCookieAsync(editor.Email, AccountBench.Password);

        var seen = await MunicipalitiesSeenAsync(r => r.Headers.Add("Cookie", cookie));
        var byAdmin = await MunicipalitiesSeenAsync(r => r.Headers.Add("Authorization", "Bearer " + new WriteAccess(fixture.Factory.Services, null!).Token(CatalogRole.Admin)));

        Assert.Equal(["28006"], seen);
        Assert.Equal(["28006", "29067"], byAdmin);
    }

    private async Task<List<string>> MunicipalitiesSeenAsync(Action<HttpRequestMessage> present)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query }), System.Text.Encoding.UTF8, "application/json"),
        };
        present(request);
        var response = await GraphQLClient.SendAsync(fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") }), request);
        Assert.False(response.HasErrors, response.ToString());
        return [.. response.Data.GetProperty("discrepancies").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("municipality").GetProperty("ineCode").GetString()!).Distinct().Order()];
    }

    /// <summary>The seeded data has one in Alcobendas; one is added in Málaga (once per fixture).</summary>
    private async Task EnsureDiscrepanciesInBothCitiesAsync()
    {
        await using var db = fixture.Database.CreateContext();
        if (!await db.Discrepancies.AnyAsync(d => d.MunicipalityIneCode == "29067"))
        {
            var procedure = await db.CityProcedures.FirstAsync(p => p.MunicipalityIneCode == "29067");
            db.Discrepancies.Add(new Discrepancy(DiscrepancyKind.SiaCodeMissing, DiscrepancySeverity.Error, "29067", procedure.Id, "sia",
                "The procedure has no SIA code.", [], null, fixture.Data.RunId, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.True(await db.Discrepancies.AnyAsync(d => d.MunicipalityIneCode == "28006"));
    }
}
