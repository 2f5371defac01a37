using Catalog.Api.Auth;
using Catalog.Api.GraphQL;
using GraphQL.Types;

namespace Catalog.Api.Accounts;

/// <summary>The root field <c>viewer</c>: who the API takes the caller to be, whatever credentials they presented.</summary>
public static class ViewerQuery
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ViewerType>("viewer")
            .Description("Who is asking (a signed-in person, a bearer token's subject or an API key), with the role and municipalities the API grants; null for an anonymous caller.")
            .Resolve(c => CatalogActor.From(c.User));
    }
}

/// <summary>The caller as the API sees it.</summary>
public sealed class ViewerType : ObjectGraphType<CatalogActor>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller as the API sees it: the same for a signed-in person and for a bearer token with the same claims.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Who: a person's email, a token's subject, or apikey:<id>.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<CatalogRoleType>>("role").Description("What the caller may change.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities")
            .Description("For editors, the INE codes of the municipalities whose catalogs they may change; empty for other roles.")
            .Resolve(c => c.Source.Municipalities.Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>The roles, as the schema names them.</summary>
public sealed class CatalogRoleType : DescribedEnumType<CatalogRole>
{
    public CatalogRoleType() : base("CatalogRole", "The roles that may write.", new Dictionary<CatalogRole, string>
    {
        [CatalogRole.Admin] = "Operators: sync runs, API keys, and everything else.",
        [CatalogRole.Curator] = "Working-group curators: the reference catalog.",
        [CatalogRole.Editor] = "A city's team: the catalogs of its municipalities.",
    })
    {
    }
}
