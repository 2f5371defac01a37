using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/), written on GraphQL.NET's
/// <see cref="IDocumentExecuter"/> and serializer because GraphQL.Server is not obtainable here.
/// POST takes <c>application/json</c>; GET takes the request in the query string and runs queries only.
/// Responses are <c>application/graphql-response+json</c> when the client accepts it (then a request that fails
/// before execution gets 400) and <c>application/json</c> otherwise (then every well-formed request gets 200).
/// </summary>
public static class GraphQLEndpoint
{
    /// <summary>Where the endpoint listens.</summary>
    public const string Path = "/graphql";

    /// <summary>The GraphQL-over-HTTP response media type.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy JSON media type, still the default for clients that do not ask.</summary>
    public const string Json = "application/json";

    /// <summary>Maps the endpoint for every method, so unsupported ones get 405 with <c>Allow</c>, not 404.</summary>
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Map(Path, HandleAsync).WithDisplayName("GraphQL").RequireCors(Http.CrossOrigin.PolicyName);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await FailAsync(http, serializer, Json, StatusCodes.Status406NotAcceptable,
                $"None of the accepted media types can be served; accept {GraphQLResponseJson} or {Json}.");
            return;
        }

        GraphQLRequest? request;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            request = await ReadPostAsync(http, serializer, mediaType, options);
        }
        else if (HttpMethods.IsGet(http.Request.Method))
        {
            request = await ReadGetAsync(http, serializer, mediaType, options);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await FailAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, $"{http.Request.Method} is not supported; send GraphQL requests with POST (or GET for queries).");
            return;
        }

        if (request is null)
        {
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = http.RequestServices.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            UserContext = new CatalogRequestContext(http.RequestServices),
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        // Under graphql-response+json, a request that never reached execution (syntax, validation, variables) is a
        // client error; under legacy application/json every well-formed request gets 200.
        var status = mediaType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, mediaType, status, result);
    }

    private sealed record GraphQLRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

    private static async Task<GraphQLRequest?> ReadPostAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, GraphQLOptions options)
    {
        if (GraphQLMultipart.IsMultipart(http.Request))
        {
            return await ReadMultipartAsync(http, serializer, mediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status415UnsupportedMediaType,
                $"Send the request body as {Json} (UTF-8); the request's content type is '{http.Request.ContentType ?? "none"}'.");
            return null;
        }

        var body = await ReadBodyAsync(http, options.MaxRequestBytes);
        if (body is null)
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {options.MaxRequestBytes} bytes.");
            return null;
        }

        return await ParseRequestAsync(http, serializer, mediaType, body);
    }

    /// <summary>A multipart request (file uploads): the operations part is parsed as a JSON request, files go into its variables.</summary>
    private static async Task<GraphQLRequest?> ReadMultipartAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType)
    {
        var maxBytes = http.RequestServices.GetRequiredService<IOptions<Exchange.ExchangeOptions>>().Value.MaxImportBytes + (64 * 1024);
        var (operations, files, error) = await GraphQLMultipart.ReadAsync(http.Request, maxBytes);
        if (error is not null)
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, error);
            return null;
        }

        var request = await ParseRequestAsync(http, serializer, mediaType, System.Text.Encoding.UTF8.GetBytes(operations!));
        return request is null || files!.Count == 0 ? request : request with { Variables = GraphQLMultipart.WithFiles(request.Variables, files) };
    }

    private static async Task<GraphQLRequest?> ParseRequestAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, $"The request body must be a JSON object with a `query` string; it is a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
                return null;
            }

            string? error = null;
            var query = root.TryGetProperty("query", out var q) ? q : default;
            if (query.ValueKind != JsonValueKind.String)
            {
                error = query.ValueKind == JsonValueKind.Undefined ? "The request has no `query`." : "`query` must be a string.";
            }

            var operationName = Optional(root, "operationName", JsonValueKind.String, ref error);
            var variables = Optional(root, "variables", JsonValueKind.Object, ref error);
            var extensions = Optional(root, "extensions", JsonValueKind.Object, ref error);
            if (error is not null)
            {
                await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, error);
                return null;
            }

            return new GraphQLRequest(query.GetString()!, operationName?.GetString(),
                variables is { } v ? serializer.ReadNode<Inputs>(v) : null, extensions is { } e ? serializer.ReadNode<Inputs>(e) : null);
        }
    }

    private static async Task<GraphQLRequest?> ReadGetAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, GraphQLOptions options)
    {
        if (http.Request.QueryString.Value?.Length > options.MaxRequestBytes)
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status414UriTooLong, $"The query string is longer than {options.MaxRequestBytes} bytes; send large requests with POST.");
            return null;
        }

        var parameters = http.Request.Query;
        var query = Single(parameters["query"]);
        if (string.IsNullOrEmpty(query))
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, "The request has no `query` parameter.");
            return null;
        }

        var operationName = Single(parameters["operationName"]);
        Inputs? variables = null, extensions = null;
        try
        {
            variables = ReadJsonObject(serializer, Single(parameters["variables"]), "variables");
            extensions = ReadJsonObject(serializer, Single(parameters["extensions"]), "extensions");
        }
        catch (BadRequestException exception)
        {
            await FailAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, exception.Message);
            return null;
        }

        if (IsMutationOrSubscription(query, operationName))
        {
            http.Response.Headers.Allow = "POST";
            await FailAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "GET runs queries only; send mutations with POST.");
            return null;
        }

        return new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    /// <summary>Whether the operation a GET would run is not a query. Unparsable documents are left to the executer's error.</summary>
    private static bool IsMutationOrSubscription(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation is not null && operation.Operation != OperationType.Query;
    }

    private static Inputs? ReadJsonObject(IGraphQLTextSerializer serializer, string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement),
                JsonValueKind.Null => null,
                _ => throw new BadRequestException($"`{name}` must be a JSON object."),
            };
        }
        catch (JsonException exception)
        {
            throw new BadRequestException($"`{name}` is not valid JSON: {exception.Message}");
        }
    }

    private static JsonElement? Optional(JsonElement root, string name, JsonValueKind kind, ref string? error)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            error ??= $"`{name}` must be {(kind == JsonValueKind.Object ? "an object" : "a string")} or null.";
            return null;
        }

        return value;
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : values.Count == 0 ? null : values[^1];

    /// <summary>Reads the body, or returns null when it exceeds <paramref name="limit"/> bytes.</summary>
    /// <remarks>
    /// Reads from the request's pipe and copies the body out once: a typical request is a few hundred bytes, and a
    /// 16 KB chunk plus a growing MemoryStream per request was most of what the endpoint itself allocated.
    /// </remarks>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        var reader = http.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(http.RequestAborted);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing consumed yet: ask for more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// The media type to answer in: graphql-response+json when the client lists it at least as high as JSON,
    /// application/json for JSON, wildcards or no Accept header; null when the client accepts neither.
    /// </summary>
    internal static string? Negotiate(StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        double graphql = 0, json = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            var type = range.MediaType.Value ?? string.Empty;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                graphql = Math.Max(graphql, quality);
            }
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type == "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return graphql > 0 && graphql >= json ? GraphQLResponseJson : json > 0 ? Json : null;
    }

    private static Task FailAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message)
        => WriteAsync(http, serializer, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = CatalogErrors.BadRequest }] });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (result.Errors is { Count: > 0 })
        {
            // An error may be transient (a timeout, the database away): no cache keeps it.
            Http.HttpCaching.DoNotStore(http.Response);
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed class BadRequestException(string message) : Exception(message);
}
