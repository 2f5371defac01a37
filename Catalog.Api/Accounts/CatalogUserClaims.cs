using System.Security.Claims;
using Catalog.Api.Auth;
using Catalog.Db.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Accounts;

/// <summary>
/// The claims a signed-in person carries in the cookie: the same <c>sub</c>, <c>role</c> and <c>municipality</c> claims
/// a bearer token carries, so <see cref="CatalogActor.From"/> reads a cookie user and a token holder alike.
/// </summary>
public sealed class CatalogUserClaims(UserManager<CatalogUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CatalogUser>(users, options)
{
    /// <summary>How the person signed in: <see cref="PasswordMethod"/> or <see cref="OpenIdConnectMethod"/>.</summary>
    public const string SignInMethodClaim = "signin_method";
    public const string PasswordMethod = "password";
    public const string OpenIdConnectMethod = "oidc";

    /// <summary>The account's id, which Identity needs to find the account again (the subject is the email).</summary>
    public const string AccountIdClaim = "account_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CatalogUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CatalogActor.RoleClaim, user.Role));
        foreach (var municipality in user.Municipalities)
        {
            identity.AddClaim(new Claim(CatalogActor.MunicipalityClaim, municipality));
        }

        identity.AddClaim(new Claim(SignInMethodClaim, PasswordMethod));
        return identity;
    }

    /// <summary>Identity's claim types set to the product's: the user name (the email) is the subject.</summary>
    public static void Configure(ClaimsIdentityOptions claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        claims.UserIdClaimType = AccountIdClaim;
        claims.UserNameClaimType = "sub";
        claims.RoleClaimType = CatalogActor.RoleClaim;
    }
}
