using GraphQL;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The error codes the API writes to <c>extensions.code</c>, and the errors a resolver raises for them. The codes are
/// part of the public contract (see the design's "Public contract").
/// </summary>
public static class CatalogErrors
{
    /// <summary>An argument is malformed or out of range: a bad code, a forged cursor, a page too large.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The thing asked for by its key does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The caller is not authenticated (used by the write side).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller may not do this (used by the write side).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A write was based on a stale revision; nothing was changed (reload and apply again).</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>Something failed on the server; details are only shown in Development.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request (bad JSON, no query, too large…).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>An error for bad input, naming the argument when there is one.</summary>
    public static ExecutionError BadInput(string message, string? argument = null)
    {
        var error = new ExecutionError(message) { Code = BadUserInput };
        if (argument is not null)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["argument"] = argument;
            error.Extensions["field"] = argument;
        }

        return error;
    }

    /// <summary>
    /// An error for a code another city procedure already holds: besides the field, <c>extensions.otherProcedure</c>
    /// carries that procedure's global ID (and the message its name), so a client can link to it.
    /// </summary>
    public static ExecutionError BadInput(string message, string? argument, Domain.CityCatalog.CityProcedure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var error = BadInput(message, argument);
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["otherProcedure"] = GlobalId.Encode("CityProcedure", other.Id);
        return error;
    }

    /// <summary>An error for a key that names nothing.</summary>
    public static ExecutionError Missing(string message) => new(message) { Code = NotFound };

    /// <summary>An UNAUTHENTICATED error: what was asked for needs a signed-in caller.</summary>
    public static ExecutionError SignInNeeded(string message) => new(message) { Code = Unauthenticated };
}
