using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Catalog.Api.GraphQL;

/// <summary>Tells a mutation from a query before execution, so mutations get their own, longer timeout.</summary>
public static class MutationTimeouts
{
    /// <summary>
    /// Whether the operation to run is a mutation. Parses the document once and keeps it on the options, so the
    /// executer does not parse it again; a document that does not parse is left for the executer to report.
    /// </summary>
    public static bool IsMutation(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Document is null && options.Query is { } query)
        {
            try
            {
                options.Document = Parser.Parse(query);
            }
            catch (GraphQLParserException)
            {
                return false;
            }
        }

        var operations = options.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operation = options.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
        return operation?.Operation == OperationType.Mutation;
    }
}
