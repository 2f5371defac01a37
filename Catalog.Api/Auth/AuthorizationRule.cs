using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Auth;

/// <summary>
/// Who may use which part of the schema, checked once for the whole document before anything runs: every mutation
/// needs credentials; fields marked with <see cref="AuthorizationMetadata.RequireRole"/> need one of their roles;
/// when anonymous reading is off, everything needs credentials. Scope (which municipality an editor may touch)
/// depends on the data, so the editing services check it, in one place (<see cref="Permissions"/>).
/// </summary>
public sealed class AuthorizationRule(IOptions<AuthOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = CatalogActor.From(context.User);
        var problem = AuthenticationProblems.Of(context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext);
        // One UNAUTHENTICATED error per document is enough: once the operation is refused, fields are not reported again.
        var refused = false;
        return new ValueTask<INodeVisitor?>(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
            {
                if (actor is not null)
                {
                    return;
                }

                refused = problem is not null || operation.Operation == OperationType.Mutation || !options.Value.AnonymousRead;
                if (problem is not null)
                {
                    // Credentials were presented and refused: say why, whatever the operation.
                    Report(ctx, operation, CatalogErrors.Unauthenticated, problem);
                }
                else if (operation.Operation == OperationType.Mutation)
                {
                    Report(ctx, operation, CatalogErrors.Unauthenticated, "Changing the catalog needs a bearer token or an API key (Authorization: Bearer … or X-Api-Key: …).");
                }
                else if (!options.Value.AnonymousRead)
                {
                    Report(ctx, operation, CatalogErrors.Unauthenticated, "This catalog is configured for authenticated readers only; send a bearer token or an API key.");
                }
            }),
            new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
            {
                if (ctx.TypeInfo.GetFieldDef() is not { } definition || definition.GetRequiredRoles() is not { } roles)
                {
                    return;
                }

                if (actor is null)
                {
                    if (refused)
                    {
                        return;
                    }

                    Report(ctx, field, CatalogErrors.Unauthenticated, $"`{definition.Name}` needs a bearer token or an API key.");
                }
                else if (!roles.Contains(actor.Role))
                {
                    Report(ctx, field, CatalogErrors.Forbidden,
                        $"`{definition.Name}` is for {string.Join(" or ", roles.Select(r => r.ToString().ToLowerInvariant()))}s; you are {actor.Role.ToString().ToLowerInvariant()}.");
                }
            })));
    }

    private static void Report(ValidationContext context, ASTNode node, string code, string message)
        => context.ReportError(new ValidationError(context.Document.Source, code, message, node) { Code = code });
}

/// <summary>Marks schema fields with the roles they need.</summary>
public static class AuthorizationMetadata
{
    private const string Key = "Catalog.RequiredRoles";

    /// <summary>Only callers with one of <paramref name="roles"/> may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params CatalogRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[Key] = roles;
        return field;
    }

    public static IReadOnlyList<CatalogRole>? GetRequiredRoles(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Metadata.TryGetValue(Key, out var roles) ? roles as CatalogRole[] : null;
    }
}
