using Catalog.Db;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.SiaPublishing;

/// <summary>Lets a request that queued operations (publish, send again) start a pass now instead of at the next poll.</summary>
public sealed class SiaPublishingWake
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another request woke it at the same moment: one pass serves both.
            }
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>Runs <see cref="SiaPublisher"/> passes for as long as the host runs, when publishing is enabled: every poll interval, or at once when woken.</summary>
public sealed class SiaPublishingService(SiaPublisher publisher, SiaPublishOptions options, SiaPublishingWake wake, ILogger<SiaPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations, seeding) before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await publisher.RunOnceAsync(null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database briefly unreachable must not stop publishing for the life of the process: nothing is lost, the queue waits.
                logger.LogError(e, "A SIA publishing pass failed; the next one runs after the poll interval");
            }

            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class SiaPublishingServiceCollectionExtensions
{
    /// <summary>The HTTP client's name (the configured client certificate, SIA's timeout per call).</summary>
    public const string HttpClientName = "sia-publish";

    /// <summary>
    /// Registers SIA publishing: its settings, the client, the queue's recorder (an EF Core interceptor every context
    /// of the app gets), the sender and, when <c>Sia:Publish:Enabled</c>, the background service that runs it.
    /// </summary>
    public static IServiceCollection AddSiaPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = SiaPublishOptions.From(configuration);
        services.TryAddSingleton(options);
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => SiaUpdateClient.CreateHandler(sp.GetRequiredService<SiaPublishOptions>()));
        services.TryAddSingleton(sp => new SiaUpdateClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<SiaPublishOptions>(), SiaUpdateClient.CredentialsFrom(sp.GetRequiredService<SiaPublishOptions>())));
        services.TryAddSingleton<SiaPublisher>();
        services.TryAddSingleton<SiaCatalogPublishing>();
        services.TryAddSingleton<SiaPublishingWake>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp =>
            new SiaPublicationRecorder(sp.GetRequiredService<SiaPublishOptions>(), sp.GetRequiredService<TimeProvider>()));
        if (options.Enabled)
        {
            services.AddHostedService<SiaPublishingService>();
        }

        return services;
    }
}
