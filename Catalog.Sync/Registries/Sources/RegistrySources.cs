using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// The configured registry sources (<c>Sync:Sources</c>), built once. Get it from DI after
/// <see cref="RegistrySourceServiceCollectionExtensions.AddRegistrySources"/>; <see cref="All"/> lists them in
/// configuration order.
/// </summary>
public sealed class RegistrySources
{
    /// <summary>The name of the <see cref="HttpClient"/> the HTTP and SOAP sources use.</summary>
    public const string HttpClientName = "registry-sources";

    /// <summary>Validates the options (names unique, URLs absolute, SOAP settings present) and builds one source each.</summary>
    public RegistrySources(IEnumerable<RegistrySourceOptions> options, IHttpClientFactory httpClients, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        var list = options.ToList();
        Validate(list);
        All = list.Select(o => Create(o, httpClients, contentRoot)).ToList();
    }

    /// <summary>Every configured source, in configuration order.</summary>
    public IReadOnlyList<IRegistrySource> All { get; }

    /// <summary>The source of this name (case-insensitive), or null.</summary>
    public IRegistrySource? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Options.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the <c>Sync:Sources</c> list.</summary>
    public static IReadOnlyList<RegistrySourceOptions> ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection("Sync:Sources").Get<List<RegistrySourceOptions>>() ?? [];
    }

    /// <summary>The source implementation for the options' type.</summary>
    public static IRegistrySource Create(RegistrySourceOptions options, IHttpClientFactory httpClients, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        return options.Type switch
        {
            RegistrySourceType.File => new FileRegistrySource(options, contentRoot),
            RegistrySourceType.Http => new HttpRegistrySource(options, httpClients.CreateClient(HttpClientName)),
            RegistrySourceType.Soap => new SoapRegistrySource(options, httpClients.CreateClient(HttpClientName), contentRoot),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    private static void Validate(List<RegistrySourceOptions> sources)
    {
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source.Name))
            {
                throw new InvalidOperationException("A Sync:Sources entry has no Name.");
            }

            if (string.IsNullOrWhiteSpace(source.Location))
            {
                throw new InvalidOperationException($"Sync:Sources '{source.Name}' has no Location.");
            }

            if (source.Type != RegistrySourceType.File && !Uri.TryCreate(source.Location, UriKind.Absolute, out _))
            {
                throw new InvalidOperationException($"Sync:Sources '{source.Name}' is of type {source.Type}, but its Location '{source.Location}' is not an absolute URL.");
            }

            if (source.Type == RegistrySourceType.Soap && source.Soap is null)
            {
                throw new InvalidOperationException($"Sync:Sources '{source.Name}' is of type Soap but has no Soap settings (Action, Envelope or EnvelopeFile, Response).");
            }
        }

        var duplicate = sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Sync:Sources has two sources named '{duplicate.Key}'; names must be unique (the mirror keeps state per name).");
        }
    }
}

/// <summary>DI registration of the configured registry sources.</summary>
public static class RegistrySourceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sources of <c>Sync:Sources</c> as a <see cref="RegistrySources"/> singleton, with the HTTP client
    /// they share. Relative file locations resolve against the data directory (<see cref="Catalog.Db.CatalogDataDirectory"/>),
    /// so the API and the sync program read the same files wherever they are started.
    /// </summary>
    public static IServiceCollection AddRegistrySources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHttpClient(RegistrySources.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new RegistrySources(
            RegistrySources.ReadOptions(configuration),
            sp.GetRequiredService<IHttpClientFactory>(),
            Catalog.Db.CatalogDataDirectory.Resolve(configuration)));
        return services;
    }
}
