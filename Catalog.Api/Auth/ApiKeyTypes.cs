using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Domain.Access;
using Catalog.Domain.Codes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.Auth;

/// <summary>GraphQL type of <see cref="ApiKey"/> (never its secret).</summary>
public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "A key for a machine client, scoped like an editor to some municipalities. Only a hash of its secret is kept.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The key's public id (the part after `pck_` and before the dot).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who the key is for.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities").Description("INE codes of the catalogs the key may change.").Resolve(c => c.Source.Municipalities);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was created.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who created it.").Resolve(c => c.Source.CreatedBy);
        Field<DateTimeOffsetGraphType>("revokedAt").Description("When it was revoked, if it was.").Resolve(c => c.Source.RevokedAt);
        Field<StringGraphType>("revokedBy").Description("Who revoked it.").Resolve(c => c.Source.RevokedBy);
    }
}

/// <summary>The result of <c>createApiKey</c>: the key and its token, shown this once.</summary>
public sealed class CreatedApiKeyType : ObjectGraphType<(ApiKey Key, string Token)>
{
    public CreatedApiKeyType()
    {
        Name = "CreatedApiKey";
        Description = "A new API key and its secret token. The token is shown only now: store it safely.";
        Field<NonNullGraphType<ApiKeyType>>("key").Description("The key.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("token").Description("Send it as `X-Api-Key: <token>` (or `Authorization: ApiKey <token>`).").Resolve(c => c.Source.Token);
    }
}

/// <summary>Admin fields for API keys.</summary>
public static class ApiKeyFields
{
    private static readonly KeysetOrder<ApiKey> Order = KeysetOrder<ApiKey>.By("ID", k => k.Id);

    public static void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<ApiKeyType>>>("apiKeys")
            .Description("The API keys, revoked ones included. Admins only.")
            .RequireRole(CatalogRole.Admin)
            .Arguments(Paging.ConnectionArguments())
            .ResolveAsync(async c => await Paging.PageAsync(c, c.Db().ApiKeys.AsQueryable(), Order));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreatedApiKeyType>>("createApiKey")
            .Description("Creates an API key for a machine client (a city platform pushing its catalog), scoped to some municipalities. Admins only.")
            .RequireRole(CatalogRole.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("name", "Who the key is for.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities", "The municipalities (INE or council DIR3 codes).")
            .ResolveAsync(async c =>
            {
                var municipalities = c.GetArgument<List<string>>("municipalities").Select(m => MunicipalityCode.Parse(m, "municipalities")).ToList();
                return await Administration(c).CreateAsync(CityCatalogMutations.Actor(c), c.GetArgument<string>("name"), municipalities, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ApiKeyType>>("revokeApiKey")
            .Description("Revokes an API key: it stops working at once. Admins only.")
            .RequireRole(CatalogRole.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("id", "The key's id.")
            .ResolveAsync(async c => await Administration(c).RevokeAsync(CityCatalogMutations.Actor(c), c.GetArgument<string>("id"), c.CancellationToken));
    }

    private static ApiKeyAdministration Administration(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ApiKeyAdministration>();
}
