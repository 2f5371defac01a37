using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Catalog.Api.GraphiQL;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Api.Tests;

/// <summary>The in-browser IDE at <c>/graphql/ui</c>: served by the product itself, rendered by a real browser.</summary>
public sealed partial class GraphiQLTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task The_ide_page_loads_its_scripts_from_this_server_only()
    {
        Skip.IfNot(GraphiQLEndpoint.IsBuilt, "GraphiQL was not embedded (npm was not available at build time).");
        var client = fixture.Factory.CreateClient();

        var page = await client.GetStringAsync(GraphiQLEndpoint.Path);
        var sources = ExternalReferences().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.StartsWith("/graphql/ui/", source, StringComparison.Ordinal));
        foreach (var source in sources)
        {
            using var asset = await client.GetAsync(source);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True(asset.Content.Headers.ContentLength > 1000, source);
        }
    }

    [SkippableFact]
    public async Task An_unknown_asset_is_not_found()
    {
        using var response = await fixture.Factory.CreateClient().GetAsync(GraphiQLEndpoint.Path + "/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_printed_schema_is_served_next_to_the_endpoint()
    {
        var schema = await fixture.Factory.CreateClient().GetStringAsync("/graphql/schema.graphql");

        Assert.Contains("compareImplementations", schema, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Headless_chromium_renders_the_ide_served_by_the_product()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is not installed (Debian package chromium).");
        Skip.IfNot(GraphiQLEndpoint.IsBuilt, "GraphiQL was not embedded (npm was not available at build time).");
        await using var factory = fixture.CreateFactory(new Dictionary<string, string?>());
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        var dom = await DumpDomAsync(address + GraphiQLEndpoint.Path);

        Assert.Contains("graphiql-container", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("graphiql-missing", dom, StringComparison.Ordinal);
        // The default query names Madrid; the editor shows it once the React app has rendered.
        Assert.Contains("municipality", dom, StringComparison.Ordinal);
    }

    private static async Task<string> DumpDomAsync(string url)
    {
        var profile = Directory.CreateTempSubdirectory("graphiql-chromium-");
        try
        {
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000", "--dump-dom", url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex ExternalReferences();
}
