using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Catalog.Api.Web;

/// <summary>
/// The web app's CSS (and any small script), embedded in the assembly at build time and served under
/// <c>/assets/</c>. Embedded rather than a wwwroot folder so the host serves them the same from any content root
/// (tests, benchmarks, a published folder). Each URL carries the file's hash, so browsers may keep it for a year.
/// </summary>
public static class WebAssets
{
    private const string ResourcePrefix = "Catalog.Api.Web.Assets.";

    private static readonly Dictionary<string, (byte[] Content, string ContentType, string Hash)> Files = Load();

    /// <summary>The URL of an asset, with its content hash as version: <c>/assets/site.css?v=…</c>.</summary>
    public static string Url(string name) => $"/assets/{name}?v={Files[name].Hash}";

    internal static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{file}", (HttpContext http, string file) =>
        {
            if (!Files.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }

            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType);
        });
        return endpoints;
    }

    private static Dictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name] = (content, type, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
        }

        return files;
    }
}
