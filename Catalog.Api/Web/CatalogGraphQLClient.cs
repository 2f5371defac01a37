using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.Web;

/// <summary>
/// Runs GraphQL documents for the web app's pages against the same schema and executer as <c>/graphql</c>, in
/// process: the same limits (depth, complexity, field count, timeout), the same authorization rule, the signed-in
/// person's claims. So a page can show nothing the API would not answer, and a gap the page finds is closed in the
/// API. Pages only see typed records, never the database.
/// </summary>
public sealed class CatalogGraphQLClient(IServiceScopeFactory scopes, IHttpContextAccessor http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
{
    /// <summary>How the page records are read from the response's <c>data</c>: the schema's camelCase names, enums by name.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>
    /// Runs <paramref name="document"/> with <paramref name="variables"/> and reads its <c>data</c> as
    /// <typeparamref name="T"/>. Errors come back as <see cref="CatalogQueryResult{T}.Errors"/> with their codes
    /// (<c>NOT_FOUND</c>, <c>FORBIDDEN</c>…) so the page can say what to do.
    /// </summary>
    public async Task<CatalogQueryResult<T>> QueryAsync<T>(string document, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
        where T : class
    {
        var context = http.HttpContext;
        // One scope per document, as one HTTP request would have: its own DbContext and batch loaders.
        await using var scope = scopes.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = document,
            Variables = variables is null ? null : new Inputs(variables.ToDictionary(p => p.Key, p => p.Value)),
            RequestServices = scope.ServiceProvider,
            UserContext = new CatalogRequestContext(scope.ServiceProvider),
            User = context?.User,
            CancellationToken = cancellationToken == default ? context?.RequestAborted ?? default : cancellationToken,
        });

        // The result goes through the API's own serializer, so values (dates, enums, IDs) read as a client over HTTP
        // would read them.
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        var response = JsonSerializer.Deserialize<Response<T>>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Json)
            ?? throw new InvalidOperationException("The GraphQL result could not be read.");
        var errors = response.Errors?.Select(e => new CatalogQueryError(e.Message, e.Extensions?.Code)).ToList() ?? [];
        return new CatalogQueryResult<T>(response.Data, errors);
    }

    private sealed record Response<T>(T? Data, List<ResponseError>? Errors);

    private sealed record ResponseError(string Message, ResponseErrorExtensions? Extensions);

    private sealed record ResponseErrorExtensions(string? Code);
}

/// <summary>What a document answered: its data (null when it failed before execution) and its errors.</summary>
public sealed record CatalogQueryResult<T>(T? Data, IReadOnlyList<CatalogQueryError> Errors)
    where T : class
{
    /// <summary>True when an error says the caller must sign in or lacks the right.</summary>
    public bool IsRefused => Errors.Any(e => e.Code is CatalogErrors.Unauthenticated or CatalogErrors.Forbidden);

    /// <summary>True when an error says what the page asked for does not exist.</summary>
    public bool IsNotFound => Errors.Any(e => e.Code is CatalogErrors.NotFound);

    /// <summary>True when an error says the input is malformed (a code that cannot be one).</summary>
    public bool IsBadInput => Errors.Any(e => e.Code is CatalogErrors.BadUserInput);

    /// <summary>The data, or an exception when the document failed in a way a page cannot explain (a bug, a timeout).</summary>
    public T Require()
        => Data is not null && Errors.Count == 0
            ? Data
            : throw new CatalogQueryException(string.Join("; ", Errors.Select(e => $"{e.Code}: {e.Message}")));
}

/// <summary>One error of a document, with its <c>extensions.code</c>.</summary>
public sealed record CatalogQueryError(string Message, string? Code);

/// <summary>A page's document failed unexpectedly; the error page shows a Spanish message, the log the details.</summary>
public sealed class CatalogQueryException(string message) : Exception(message);
