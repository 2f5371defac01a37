using System.Security.Claims;
using System.Text.Encodings.Web;
using Catalog.Db;
using Catalog.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Auth;

/// <summary>
/// Authenticates machine clients by API key, sent as <c>X-Api-Key: pck_…</c> or <c>Authorization: ApiKey pck_…</c>.
/// A revoked or unknown key fails authentication with a reason the API reports as UNAUTHENTICATED.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDbContextFactory<CatalogDbContext> databases)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Whether the request presents an API key (and so is for this handler).</summary>
    public static bool Presents(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey("X-Api-Key")
            || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Headers["X-Api-Key"].ToString();
        if (string.IsNullOrEmpty(token))
        {
            var authorization = Request.Headers.Authorization.ToString();
            if (!authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
            {
                return AuthenticateResult.NoResult();
            }

            token = authorization[(SchemeName.Length + 1)..].Trim();
        }

        if (!ApiKey.TryParseToken(token, out var id, out var secret))
        {
            return Fail("The API key is not of the expected form (pck_<id>.<secret>).");
        }

        await using var db = await databases.CreateDbContextAsync(Context.RequestAborted);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, Context.RequestAborted);
        if (key is null || !key.Matches(secret))
        {
            return Fail("The API key is not valid.");
        }

        if (key.IsRevoked)
        {
            return Fail($"API key {key.Id} was revoked.");
        }

        var claims = new List<Claim>
        {
            new("sub", $"apikey:{key.Id}"),
            new(ClaimTypes.Name, key.Name),
            new(CatalogActor.RoleClaim, "editor"),
            new(CatalogActor.ApiKeyClaim, key.Id),
        };
        claims.AddRange(key.Municipalities.Select(m => new Claim(CatalogActor.MunicipalityClaim, m)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "sub", CatalogActor.RoleClaim));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Fail(string reason)
    {
        AuthenticationProblems.Record(Context, reason);
        return AuthenticateResult.Fail(reason);
    }
}

/// <summary>
/// Why the credentials a request presented were refused (expired token, bad signature, revoked key). Kept on the
/// request so the API can answer UNAUTHENTICATED with the reason instead of treating the caller as anonymous silently.
/// </summary>
public static class AuthenticationProblems
{
    private const string Key = "Catalog.AuthenticationProblem";

    public static void Record(HttpContext context, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = reason;
    }

    public static string? Of(HttpContext? context) => context?.Items[Key] as string;
}
