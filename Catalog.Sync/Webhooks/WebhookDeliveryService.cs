using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Sync.Webhooks;

/// <summary>Runs <see cref="WebhookDispatcher"/> passes for as long as the host runs: at once again after a pass that sent something, else after the poll interval.</summary>
public sealed class WebhookDeliveryService(WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations, seeding) before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempts = 0;
            try
            {
                attempts = await dispatcher.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database that is briefly unreachable must not stop deliveries for the life of the process.
                logger.LogError(e, "A webhook delivery pass failed; the next one runs after the poll interval");
            }

            if (attempts == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook sender (<see cref="WebhookDispatcher"/>, its HTTP client) and, unless
    /// <c>Webhooks:DeliveryEnabled</c> is false, the background service that runs it.
    /// </summary>
    public static IServiceCollection AddWebhookDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A receiver's redirect is not followed: the registered address is the one that gets the events.
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = WebhookDispatcher.Connect(sp.GetRequiredService<IOptions<WebhookOptions>>().Value),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddSingleton<WebhookDispatcher>();
        if (configuration.GetSection(WebhookOptions.Section).GetValue(nameof(WebhookOptions.DeliveryEnabled), true))
        {
            services.AddHostedService<WebhookDeliveryService>();
        }

        return services;
    }
}
