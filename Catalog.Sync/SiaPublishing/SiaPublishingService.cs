using Catalog.Db;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.SiaPublishing;

/// <summary>Runs <see cref="SiaPublisher"/> passes for as long as the host runs, when publishing is enabled.</summary>
public sealed class SiaPublishingService(SiaPublisher publisher, SiaPublishOptions options, ILogger<SiaPublishingService> logger) : BackgroundService
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
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)), stoppingToken);
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
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp =>
            new SiaPublicationRecorder(sp.GetRequiredService<SiaPublishOptions>(), sp.GetRequiredService<TimeProvider>()));
        if (options.Enabled)
        {
            services.AddHostedService<SiaPublishingService>();
        }

        return services;
    }
}
