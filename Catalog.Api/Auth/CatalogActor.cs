using System.Security.Claims;
using Catalog.Domain.Codes;

namespace Catalog.Api.Auth;

/// <summary>The roles that may write. Reading needs none.</summary>
public enum CatalogRole
{
    /// <summary>Operators: sync runs, API keys, and everything else.</summary>
    Admin,
    /// <summary>Working-group curators: the reference catalog.</summary>
    Curator,
    /// <summary>A city's team: the catalogs of the municipalities listed in its token or key.</summary>
    Editor,
}

/// <summary>
/// Who is making a request, as far as writing is concerned: the subject of a bearer token or the owner of an API key,
/// the role, and for editors the municipalities (INE codes) whose catalogs they may change.
/// </summary>
public sealed record CatalogActor(string Subject, CatalogRole Role, IReadOnlySet<string> Municipalities, string? ApiKeyId)
{
    /// <summary>Claim types the product's tokens and keys carry.</summary>
    public const string RoleClaim = "role";
    public const string MunicipalityClaim = "municipality";
    public const string ApiKeyClaim = "api_key_id";

    public bool IsAdmin => Role == CatalogRole.Admin;

    /// <summary>Admins may edit every city; editors only theirs; curators none.</summary>
    public bool MayEditCity(string ineCode) => Role switch
    {
        CatalogRole.Admin => true,
        CatalogRole.Editor => Municipalities.Contains(ineCode),
        _ => false,
    };

    public bool MayCurateReferenceCatalog => Role is CatalogRole.Admin or CatalogRole.Curator;

    public bool MayRunSync => Role == CatalogRole.Admin;

    /// <summary>The actor of an authenticated principal, or null when it is anonymous or carries no known role.</summary>
    public static CatalogActor? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var roleText = principal.FindFirst(RoleClaim)?.Value ?? principal.FindFirst(ClaimTypes.Role)?.Value;
        if (!Enum.TryParse<CatalogRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            return null;
        }

        var subject = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal.FindFirst("sub")?.Value ?? principal.Identity.Name ?? "unknown";
        var municipalities = principal.FindAll(MunicipalityClaim)
            .Select(c => IneCode.TryParse(c.Value, out var code) ? code.Value : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new CatalogActor(subject, role, municipalities, principal.FindFirst(ApiKeyClaim)?.Value);
    }
}
