using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Catalog.Api.Http;

/// <summary>
/// Cross-origin access for browsers (section <c>Cors</c>): a citizen portal on another origin may call
/// <c>/graphql</c> and <c>/export/*</c> from its pages when its origin is in <c>Cors:AllowedOrigins</c>. None is
/// allowed by default; <c>*</c> allows any. Credentials (cookies) are never allowed across origins: a portal sends a
/// bearer token, or nothing for public data.
/// </summary>
public static class CrossOrigin
{
    /// <summary>The policy the API's routes require.</summary>
    public const string PolicyName = "CatalogApi";

    public static IServiceCollection AddCatalogCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = Origins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? []);
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => Configure(policy, origins)));
        return services;
    }

    private static void Configure(CorsPolicyBuilder policy, IReadOnlyList<string> origins)
    {
        if (origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. origins]);
        }

        policy.WithMethods("GET", "POST")
            .WithHeaders("Accept", "Authorization", "Content-Type", "If-None-Match")
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }

    /// <summary>The configured origins, each checked to be <c>scheme://host[:port]</c>, so a typo fails at start-up, not in a browser.</summary>
    internal static IReadOnlyList<string> Origins(IEnumerable<string> configured)
    {
        var origins = new List<string>();
        foreach (var entry in configured.Select(o => o.Trim()).Where(o => o.Length > 0))
        {
            if (entry == "*")
            {
                origins.Add(entry);
                continue;
            }

            if (!Uri.TryCreate(entry, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            {
                throw new InvalidOperationException(
                    $"Cors:AllowedOrigins: '{entry}' is not an origin. Write each as scheme://host[:port] with no path, e.g. https://sede.alcobendas.org, or * for any origin.");
            }

            origins.Add(uri.GetLeftPart(UriPartial.Authority));
        }

        return origins;
    }
}
