using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Catalog.Api.GraphQL;

/// <summary>
/// Parsed documents that passed validation, by their text. City platforms send the same few queries over and over
/// (with variables), so a repeated document is neither parsed nor checked against the specification's rules again:
/// those depend on the document and the schema only. The project's own rules (authorization, which depends on the
/// caller; complexity, which depends on variables; the field count; introspection) still run on every request.
/// </summary>
/// <remarks>
/// Bounded: documents longer than <see cref="MaxQueryLength"/> are not kept, and the cache is emptied when it holds
/// <see cref="MaxEntries"/> documents, so a client sending ever-new documents costs memory only up to that bound.
/// </remarks>
public sealed class DocumentCache
{
    /// <summary>Most documents kept.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>Longest document text kept, in characters.</summary>
    public const int MaxQueryLength = 32 * 1024;

    private static readonly HashSet<IValidationRule> SpecificationRules = [.. DocumentValidator.CoreRules];
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>How many documents are kept (for tests and diagnostics).</summary>
    public int Count => _documents.Count;

    /// <summary>
    /// When the request's document was seen and validated before, gives the executer the parsed document and leaves
    /// out the specification's rules; returns whether it did.
    /// </summary>
    public bool TryUse(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query || !_documents.TryGetValue(query, out var document))
        {
            return false;
        }

        options.Document = document;
        options.ValidationRules = (options.ValidationRules ?? []).Where(rule => !SpecificationRules.Contains(rule)).ToList();
        return true;
    }

    /// <summary>Keeps the request's parsed document when it passed validation (the executer ran it).</summary>
    public void Remember(ExecutionOptions options, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Executed || options.Document is not { } document || options.Query is not { Length: <= MaxQueryLength } query)
        {
            return;
        }

        if (_documents.Count >= MaxEntries)
        {
            _documents.Clear();
        }

        _documents.TryAdd(query, document);
    }
}
