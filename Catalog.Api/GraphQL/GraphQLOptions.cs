namespace Catalog.Api.GraphQL;

/// <summary>
/// Limits and switches of the GraphQL endpoint (configuration section <c>GraphQL</c>). The defaults protect a public
/// endpoint; an operator can loosen or tighten them without a rebuild.
/// </summary>
public sealed class GraphQLOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "GraphQL";

    /// <summary>Largest request body (or GET query string) accepted, in bytes; larger requests get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest selection nesting accepted.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most field selections a document may have (each alias counts).</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Largest computed complexity accepted (each field counts, lists multiply by their page size).</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Longest a request may execute before it is stopped with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a mutation may run. Longer than <see cref="ExecutionTimeout"/>: an import of a whole city catalog
    /// (100,000 rows) is one mutation, and cutting it short would only roll it back.
    /// </summary>
    public TimeSpan MutationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest <c>first</c>/<c>last</c> a connection accepts.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Whether introspection (<c>__schema</c>, <c>__type</c>) is allowed; GraphiQL needs it.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Show exception messages and stack traces in errors. Null means: in Development only.</summary>
    public bool? ExposeExceptionDetails { get; set; }
}
