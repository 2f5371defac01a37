using System.Security.Claims;
using Catalog.Domain.Codes;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Catalog.Api.Auth;

/// <summary>Issues locally signed bearer tokens (the embedded default; production uses an external authority).</summary>
public sealed class TokenIssuer(SigningKeys keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    public string Issue(string subject, CatalogRole role, IEnumerable<IneCode> municipalities, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var scope = municipalities.Select(m => m.Value).Distinct().ToList();
        if (role == CatalogRole.Editor && scope.Count == 0)
        {
            throw new ArgumentException("An editor token must name at least one municipality.", nameof(municipalities));
        }

        var claims = new List<Claim> { new("sub", subject), new(CatalogActor.RoleClaim, role.ToString().ToLowerInvariant()) };
        claims.AddRange(scope.Select(m => new Claim(CatalogActor.MunicipalityClaim, m)));
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.Value.TokenLifetime),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
