using System.Net.Http.Json;
using System.Text.Json;

namespace Catalog.Api.Tests.CommandLine;

/// <summary>
/// The API server and the sync program, started as real processes from a checkout's root the way the README's
/// commands start them, open the same database by default: what one writes, the other sees.
/// </summary>
public sealed class OneDataDirectoryTests : IDisposable
{
    private const string SampleUnit = "LA0099303";
    private readonly CheckoutCopy _checkout = new();

    public void Dispose() => _checkout.Dispose();

    [Fact]
    public async Task A_registry_folder_loaded_with_the_sync_cli_from_the_root_is_seen_by_the_api()
    {
        // A relative path, taken from the directory the command is run in (the checkout's root).
        var load = await _checkout.RunAsync(_checkout.SyncDll, "Production", "load", "dir3", "Catalog.Sync/Samples/dir3");
        Assert.True(load.ExitCode == 0, load.ToString());
        Assert.Equal($"Database: SQLite at {Path.Combine(_checkout.DataDirectory, "catalog.db")}", load.OutputLines[0]);

        using var api = await _checkout.StartApiAsync("Production");

        Assert.Equal("Área de Bienestar Social", await UnitNameAsync(api, SampleUnit));
        Assert.Contains($"Database: SQLite at {Path.Combine(_checkout.DataDirectory, "catalog.db")}", _checkout.Log(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sync_run_of_the_cli_in_development_loads_the_sources_the_api_would_and_prints_a_short_summary()
    {
        // `dotnet run --project Catalog.Sync -- run` runs in Development (launchSettings), like the API: the sample
        // sources of the shared settings, resolved against the data directory.
        var run = await _checkout.RunAsync(_checkout.SyncDll, "Development", "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.OutputLines.Count + run.ErrorLines.Count < 30, run.ToString());
        Assert.Empty(run.ErrorLines);

        using var api = await _checkout.StartApiAsync("Production");

        Assert.Equal("Área de Bienestar Social", await UnitNameAsync(api, SampleUnit));
    }

    [Fact]
    public async Task The_token_command_prints_only_the_token()
    {
        var token = await _checkout.RunAsync(_checkout.ApiDll, "Production", "token", "--role", "admin");

        Assert.True(token.ExitCode == 0, token.ToString());
        var line = Assert.Single(token.OutputLines);
        Assert.Equal(3, line.Split('.').Length);
        Assert.True(File.Exists(Path.Combine(_checkout.DataDirectory, "signing-key")), token.ToString());
    }

    private static async Task<string?> UnitNameAsync(HttpClient api, string code)
    {
        var response = await api.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = $"{{ unit(dir3Code: \"{code}\") {{ name }} }}" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("unit") is { ValueKind: JsonValueKind.Object } unit ? unit.GetProperty("name").GetString() : null;
    }
}
