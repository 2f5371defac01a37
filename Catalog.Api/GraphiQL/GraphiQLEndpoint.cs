using System.Reflection;
using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Net.Http.Headers;

namespace Catalog.Api.GraphiQL;

/// <summary>
/// Serves the GraphiQL IDE at <c>/graphql/ui</c> from files embedded in this assembly at build time (the build runs
/// <c>npm ci</c> in this folder and embeds the packages' browser bundles), so nothing is fetched from a CDN at run
/// time. When the build had no npm, the page says so and how to get it. Also serves the printed schema.
/// </summary>
public static class GraphiQLEndpoint
{
    /// <summary>Where the IDE is served.</summary>
    public const string Path = "/graphql/ui";

    private const string ResourcePrefix = "Catalog.Api.GraphiQL.";

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>True when the build embedded GraphiQL's files.</summary>
    public static bool IsBuilt => Assets.Keys.All(name => Assembly.GetManifestResourceInfo(ResourcePrefix + name) is not null);

    private static Assembly Assembly => typeof(GraphiQLEndpoint).Assembly;

    /// <summary>Maps the IDE page, its assets, and <c>/graphql/schema.graphql</c>.</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, (HttpContext http) => Send(http, IsBuilt ? "index.html" : "fallback.html", "text/html; charset=utf-8", cache: false));
        endpoints.MapGet(Path + "/{file}", (HttpContext http, string file) =>
            Assets.TryGetValue(file, out var contentType) ? Send(http, file, contentType, cache: true) : Results.NotFound());
        endpoints.MapGet(GraphQLEndpoint.Path + "/schema.graphql", (ISchema schema) =>
            Results.Text(schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }), "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static IResult Send(HttpContext http, string name, string contentType, bool cache)
    {
        var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        // The bundles only change with a rebuild, which changes the assembly's version id.
        http.Response.Headers[HeaderNames.CacheControl] = cache ? "public, max-age=86400" : "no-cache";
        return Results.Stream(stream, contentType);
    }
}
