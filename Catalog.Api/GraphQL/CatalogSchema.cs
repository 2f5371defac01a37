using System.Text.Encodings.Web;
using System.Text.Unicode;
using Catalog.Api.CityCatalog;
using Catalog.Api.Exchange.Import;
using Catalog.Api.Municipalities;
using Catalog.Api.Reconciliation;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Domain;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The catalog's GraphQL schema: the public contract (see <c>schema.graphql</c>). Each feature adds its root fields;
/// the write side adds a <c>Mutation</c> type here the same way.
/// </summary>
public sealed class CatalogSchema : Schema
{
    public CatalogSchema(IServiceProvider services, CatalogQuery query, CatalogMutation mutation) : base(services)
    {
        Mutation = mutation;
        Description = "ProceduresCatalog: Spanish municipal administrative procedures aligned with SIA (national inventory of procedures) and DIR3 (directory of organisational units), with the RECI working group's reference catalog.";
        Query = query;
        foreach (var type in Nodes.Types)
        {
            RegisterType(type);
        }
    }
}

/// <summary>The root query type: the read side of the catalog, one group of fields per feature.</summary>
public sealed class CatalogQuery : ObjectGraphType
{
    public CatalogQuery()
    {
        Name = "Query";
        Description = "Everything the catalog lets anyone read: municipalities, the reference catalog, city catalogs, the DIR3 and SIA mirrors, and the reconciliation's findings.";
        Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when it names nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's global ID (its `id` field).")
            .ResolveAsync(async c => await Nodes.ResolveAsync(c, c.GetArgument<string>("id")));
        MunicipalityQueries.AddTo(this);
        ReferenceCatalogQueries.AddTo(this);
        CityCatalogQueries.AddTo(this);
        MappingSuggestionQueries.AddTo(this);
        NationalCoverageQueries.AddTo(this);
        RegistryQueries.AddTo(this);
        ReconciliationQueries.AddTo(this);
        Auditing.ChangeLogQueries.AddTo(this);
        ChangeFeed.ChangeFeedQueries.AddTo(this);
        Search.SearchQueries.AddTo(this);
        Auth.ApiKeyFields.AddQueries(this);
        Webhooks.WebhookFields.AddQueries(this);
        SiaPublishing.SiaPublishingFields.AddQueries(this);
        Accounts.ViewerQuery.AddTo(this);
    }
}

/// <summary>
/// The root mutation type: every write. Each needs credentials; each field says which roles may use it, and the
/// editing services check the municipality scope. Every write is audited.
/// </summary>
public sealed class CatalogMutation : ObjectGraphType
{
    public CatalogMutation()
    {
        Name = "Mutation";
        Description = "Changes to the catalog: editors maintain their cities' catalogs, curators the reference catalog, admins run syncs and manage API keys.";
        CityCatalogMutations.AddTo(this);
        ReferenceCatalogMutations.AddTo(this);
        ReconciliationMutations.AddTo(this);
        Auth.ApiKeyFields.AddMutations(this);
        Webhooks.WebhookFields.AddMutations(this);
        SiaPublishing.SiaPublishingFields.AddMutations(this);
        ImportMutation.AddTo(this);
        SyncRequestMutation.AddTo(this);
    }
}

/// <summary>Registration of the GraphQL schema, its executer and its protections.</summary>
public static class CatalogGraphQLSetup
{
    /// <summary>Registers the schema, the per-request loaders and the execution limits from <see cref="GraphQLOptions"/>.</summary>
    public static IServiceCollection AddCatalogGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(GraphQLOptions.Section);
        services.Configure<GraphQLOptions>(section);
        var options = section.Get<GraphQLOptions>() ?? new GraphQLOptions();
        var exposeDetails = options.ExposeExceptionDetails ?? environment.IsDevelopment();
        services.AddScoped<CatalogLoaders>();
        services.AddSingleton<DocumentCache>();
        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<CatalogSchema>()
                .AddGraphTypes(typeof(CatalogSchema).Assembly)
                // Accented names (Málaga, Área de Urbanismo) are written as they are, not as \u escapes.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
                // One DbContext per request cannot serve two resolvers at once, so queries run serially; the batch
                // loaders keep the number of statements down instead of parallelism.
                .AddExecutionStrategy<CatalogExecutionStrategy>(OperationType.Query)
                .AddComplexityAnalyzer(complexity =>
                {
                    complexity.MaxDepth = options.MaxDepth;
                    complexity.MaxComplexity = options.MaxComplexity;
                    // Too large a page is refused by the resolver with a BAD_USER_INPUT that says the limit, so the
                    // analyzer weighs at most a full page instead of refusing for complexity first.
                    var weigh = complexity.DefaultComplexityImpactDelegate;
                    complexity.DefaultComplexityImpactDelegate = field =>
                    {
                        // The introspection query GraphiQL sends nests type references eight deep over every type:
                        // weighed like data it would be refused. It reads only the schema in memory, and the depth
                        // and field-count limits still bound it.
                        if (field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
                        {
                            return new FieldComplexityResult(0, 1);
                        }

                        var impact = weigh(field);
                        return impact with { ChildImpactMultiplier = Math.Min(impact.ChildImpactMultiplier, options.MaxPageSize) };
                    };
                })
                .AddDocumentListener<RequestConnection>()
                .AddValidationRule<FieldCountLimit>()
                .AddValidationRule<Auth.AuthorizationRule>()
                .WithTimeout(options.ExecutionTimeout)
                .ConfigureExecution(async (execution, next) =>
                {
                    var documents = execution.RequestServices!.GetRequiredService<DocumentCache>();
                    var cached = documents.TryUse(execution);
                    if (MutationTimeouts.IsMutation(execution))
                    {
                        execution.Timeout = options.MutationTimeout;
                    }

                    var result = await next(execution).ConfigureAwait(false);
                    if (!cached)
                    {
                        documents.Remember(execution, result);
                    }

                    return result;
                })
                .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = exposeDetails)
                .AddUnhandledExceptionHandler(context =>
                {
                    // Rules of the domain speak to the user: their messages go out as bad input, never as a 500.
                    context.Exception = context.OriginalException switch
                    {
                        Exchange.UnknownMunicipalityException e => CatalogErrors.Missing(e.Message),
                        ImportForbiddenException e => new ExecutionError(e.Message) { Code = CatalogErrors.Forbidden },
                        Domain.CityCatalog.CatalogRuleException { Other: { } other } rule => CatalogErrors.BadInput(rule.Message, rule.Field, other),
                        DomainRuleException rule => CatalogErrors.BadInput(rule.Message, rule.Field),
                        Auth.UnauthenticatedException e => new ExecutionError(e.Message) { Code = CatalogErrors.Unauthenticated },
                        Auth.ForbiddenException e => new ExecutionError(e.Message) { Code = CatalogErrors.Forbidden },
                        Auth.NotFoundException e => CatalogErrors.Missing(e.Message),
                        Db.ConcurrencyConflictException e => new ExecutionError(e.Message) { Code = CatalogErrors.Conflict },
                        _ => context.Exception,
                    };
                });
            if (!options.EnableIntrospection)
            {
                builder.AddValidationRule<NoIntrospectionValidationRule>();
            }
        });
        return services;
    }
}
