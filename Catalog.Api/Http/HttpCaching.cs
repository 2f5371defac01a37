using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Catalog.Api.Http;

/// <summary>HTTP caching of public reads (section <c>HttpCaching</c>).</summary>
public sealed class HttpCachingOptions
{
    /// <summary>
    /// How long a shared cache or a browser may reuse a public answer without asking again (default one minute).
    /// Zero makes every reuse a revalidation (<c>no-cache</c>), which the ETag still answers with 304.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ETag, Cache-Control and 304 for <c>GET /graphql</c> and <c>/export/*</c>. The answer of an anonymous GET is
/// public data, so it gets a strong ETag (a hash of its bytes) and <c>Cache-Control: public</c>; a request whose
/// <c>If-None-Match</c> names that ETag gets 304 without a body. Anything said to a signed-in caller, and any answer
/// the endpoint marked with <see cref="DoNotStore"/> (errors, which may be transient), is <c>private, no-store</c>.
/// </summary>
/// <remarks>
/// The ETag is computed from the finished body, so a 304 saves the transfer, not the query: the catalog's answers are
/// small and fast to compute, and a hash is the only validator that is right whatever the query asked for.
/// </remarks>
public static class HttpCaching
{
    /// <summary>The request headers a public answer depends on besides its URL.</summary>
    public const string Vary = "Accept, Accept-Language, Authorization, Cookie";

    private const string NoStore = "private, no-store";

    public static IServiceCollection AddCatalogHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HttpCachingOptions>(configuration.GetSection("HttpCaching"));
        return services;
    }

    /// <summary>Says that this answer must not be kept by any cache (it holds an error, or is about the caller).</summary>
    public static void DoNotStore(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = NoStore;
    }

    /// <summary>Adds the validators to the cacheable routes; runs after authentication, which decides public from private.</summary>
    public static IApplicationBuilder UseCatalogHttpCaching(this IApplicationBuilder app)
        => app.UseWhen(IsCacheable, branch => branch.Use(next => http => CacheAsync(http, next)));

    private static bool IsCacheable(HttpContext http)
        => HttpMethods.IsGet(http.Request.Method)
           && (http.Request.Path.Equals(GraphQL.GraphQLEndpoint.Path, StringComparison.OrdinalIgnoreCase)
               || http.Request.Path.StartsWithSegments("/export", StringComparison.OrdinalIgnoreCase));

    private static async Task CacheAsync(HttpContext http, RequestDelegate next)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.OnStarting(() =>
            {
                DoNotStore(http.Response);
                return Task.CompletedTask;
            });
            await next(http);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status200OK && string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            var etag = ETagOf(buffer);
            var maxAge = http.RequestServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value.MaxAge;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = maxAge > TimeSpan.Zero ? $"public, max-age={(long)maxAge.TotalSeconds}" : "public, no-cache";
            response.Headers.Vary = Vary;
            if (Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                response.Headers.ContentDisposition = default;
                return;
            }
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    /// <summary>A strong validator: the first 128 bits of the body's SHA-256, base64url.</summary>
    private static string ETagOf(MemoryStream body)
    {
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        return "\"" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>Whether <c>If-None-Match</c> names the ETag (or is <c>*</c>); weak comparison, as RFC 9110 asks for it.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
