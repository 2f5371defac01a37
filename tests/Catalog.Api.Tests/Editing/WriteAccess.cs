using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Domain.Access;
using Catalog.Domain.Codes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Catalog.Testing;

namespace Catalog.Api.Tests.Editing;

/// <summary>The callers the write tests try: each a way of presenting (or not) credentials.</summary>
public sealed record Caller(string Name, Action<HttpRequestMessage> Present)
{
    public override string ToString() => Name;
}

/// <summary>Issues real credentials against a running test host: tokens signed with its key, API keys in its database.</summary>
public sealed class WriteAccess(IServiceProvider services, TestDatabaseAccess database)
{
    public string Token(CatalogRole role, params string[] municipalities)
        => services.GetRequiredService<TokenIssuer>().Issue($"test-{role}-{string.Join("-", municipalities)}".ToLowerInvariant(), role, municipalities.Select(IneCode.Parse));

    /// <summary>A token that expired an hour ago.</summary>
    public string ExpiredToken(CatalogRole role)
    {
        var past = new FixedClock(DateTimeOffset.UtcNow.AddHours(-3));
        return new TokenIssuer(services.GetRequiredService<SigningKeys>(), services.GetRequiredService<IOptions<AuthOptions>>(), past)
            .Issue("expired", role, [], TimeSpan.FromHours(1));
    }

    /// <summary>
    /// A token signed with the host's own key bytes but whose header names another key id: what a token minted for
    /// another key set looks like.
    /// </summary>
    public string TokenNamingAnUnknownKey(CatalogRole role)
    {
        var own = services.GetRequiredService<SigningKeys>().Key;
        var other = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(own.Key) { KeyId = "not-a-known-key" };
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Subject = new System.Security.Claims.ClaimsIdentity([new("sub", "unknown-kid"), new(CatalogActor.RoleClaim, role.ToString().ToLowerInvariant())]),
            Issuer = services.GetRequiredService<IOptions<AuthOptions>>().Value.Issuer,
            Audience = services.GetRequiredService<IOptions<AuthOptions>>().Value.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(other, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A valid token with one character of its signature changed.</summary>
    public string TamperedToken(CatalogRole role)
    {
        var token = Token(role);
        var last = token[^2] == 'A' ? 'B' : 'A';
        return token[..^2] + last + token[^1];
    }

    public async Task<string> ApiKeyAsync(bool revoked, params string[] municipalities)
    {
        var (key, token) = ApiKey.Issue("Plataforma de pruebas", municipalities.Select(IneCode.Parse), "test", DateTimeOffset.UtcNow);
        if (revoked)
        {
            key.Revoke("test", DateTimeOffset.UtcNow);
        }

        await using var db = database.Create();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return token;
    }

    public static Caller Bearer(string name, string token) => new(name, r => r.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token));

    public static Caller Key(string name, string token) => new(name, r => r.Headers.TryAddWithoutValidation("X-Api-Key", token));

    public static readonly Caller Anonymous = new("anonymous", _ => { });
}

/// <summary>Opens contexts on the test database.</summary>
public sealed class TestDatabaseAccess(Func<CatalogDbContext> create)
{
    public CatalogDbContext Create() => create();
}
