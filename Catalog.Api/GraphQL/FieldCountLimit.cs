using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Catalog.Api.GraphQL;

/// <summary>
/// Refuses documents that select more fields than <see cref="GraphQLOptions.MaxFields"/>. The complexity analyzer
/// weighs what a query costs to resolve; this counts what it costs to validate and plan, so that thousands of
/// aliases of a cheap field (<c>__typename</c>) are refused before anything runs.
/// </summary>
public sealed class FieldCountLimit(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    /// <summary>The error code of a refused document.</summary>
    public const string Code = "TOO_MANY_FIELDS";

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxFields;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (++count == max + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, Code,
                    $"The document selects more than {max} fields (aliases count one each); split it into smaller requests.", field) { Code = Code });
            }
        }));
    }
}
