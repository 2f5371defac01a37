using System.Net;

namespace Catalog.Api.Tests.Http;

/// <summary>A portal on another origin calls the API from its pages only when the catalog's operator allowed that origin.</summary>
public sealed class CrossOriginTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Portal = "https://sede.alcobendas.org";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
        return request;
    }

    private HttpClient Allowing(params string[] origins)
        => fixture.CreateFactory(origins.Select((o, i) => KeyValuePair.Create($"Cors:AllowedOrigins:{i}", (string?)o)).ToDictionary()).CreateClient();

    [SkippableFact]
    public async Task A_preflight_from_an_allowed_origin_is_answered()
    {
        using var response = await Allowing(Portal).SendAsync(Preflight(Portal));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_preflight_from_another_origin_is_refused()
    {
        using var response = await Allowing(Portal).SendAsync(Preflight("https://elsewhere.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [SkippableFact]
    public async Task No_origin_is_allowed_by_default()
    {
        using var response = await fixture.Factory.CreateClient().SendAsync(Preflight(Portal));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [SkippableFact]
    public async Task A_cross_origin_GET_may_read_the_ETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/reference-catalog.csv");
        request.Headers.Add("Origin", Portal);

        using var response = await Allowing(Portal).SendAsync(request);

        Assert.Equal(Portal, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://sede.alcobendas.org/tramites")]
    [InlineData("sede.alcobendas.org")]
    [InlineData("ftp://sede.alcobendas.org")]
    public void A_configured_value_that_is_not_an_origin_is_refused_saying_how_to_write_one(string configured)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Api.Http.CrossOrigin.Origins([configured]));

        Assert.Contains($"'{configured}' is not an origin", failure.Message, StringComparison.Ordinal);
        Assert.Contains("scheme://host[:port]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Origins_are_kept_as_browsers_send_them()
        => Assert.Equal(["https://sede.alcobendas.org", "http://127.0.0.1:8080", "*"], Api.Http.CrossOrigin.Origins(["https://sede.alcobendas.org/", " http://127.0.0.1:8080 ", "*", ""]));
}
