using Catalog.Db;
using Catalog.Sync.Runs;
using Catalog.Sync.Scheduling;
using Catalog.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>A sync host as the API or the worker builds it, on a test database, with the mirror refresh the test gives.</summary>
internal static class SchedulingHost
{
    public static IHost Build(TestDatabase database, IMirrorRefresh mirror, IDictionary<string, string?>? settings = null, bool inProcess = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Catalog"] = database.Options.ConnectionString,
            ["Sync:Schedule:CatchUpAtStart"] = "false",
            ["Sync:Schedule:InstanceId"] = $"test-{Guid.NewGuid():N}",
            ["Sync:Schedule:ClusterCheckinInterval"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddCatalogDatabase(builder.Configuration);
        builder.Services.AddCatalogSync(builder.Configuration, inProcess);
        builder.Services.AddSingleton(mirror);
        return builder.Build();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after <paramref name="seconds"/>.</summary>
    public static Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30, string? what = null)
        => EventuallyAsync(condition, seconds, () => what ?? "the condition");

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, or fails after <paramref name="seconds"/> saying what it waited
    /// for; <paramref name="what"/> is asked only then, so it can describe the state at the time of failure.
    /// </summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds, Func<string> what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for {what()}.");
            }

            await Task.Delay(100);
        }
    }
}
