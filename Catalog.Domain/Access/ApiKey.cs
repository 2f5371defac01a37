using System.Security.Cryptography;
using System.Text;
using Catalog.Domain.Codes;

namespace Catalog.Domain.Access;

/// <summary>
/// A key for a machine client (a city platform pushing its catalog). Scoped like an editor to a list of
/// municipalities, created by an admin, revocable. Only a hash of the secret is kept: the secret is shown once.
/// </summary>
public sealed class ApiKey
{
    /// <summary>Every key starts with this, so a leaked key is easy to recognise in logs and scanners.</summary>
    public const string Prefix = "pck_";

    private ApiKey()
    {
        Id = Name = SecretHash = CreatedBy = string.Empty;
        Municipalities = [];
    }

    /// <summary>The public part of the key, unique.</summary>
    public string Id { get; private set; }

    /// <summary>Who the key is for (e.g. "Portal de transparencia de Gijón").</summary>
    public string Name { get; private set; }

    /// <summary>SHA-256 of the secret, hex. The secret is 32 random bytes, so a fast hash suffices.</summary>
    public string SecretHash { get; private set; }

    /// <summary>INE codes of the municipalities whose catalogs the key may change.</summary>
    public IReadOnlyList<string> Municipalities { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public int Revision { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Creates a key and returns it with the full secret token, which is never stored.</summary>
    public static (ApiKey Key, string Token) Issue(string name, IEnumerable<IneCode> municipalities, string createdBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new DomainRuleException("An API key needs a name of 1 to 200 characters saying who it is for.", "name");
        }

        var scope = municipalities.Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (scope.Count == 0)
        {
            throw new DomainRuleException("An API key must be scoped to at least one municipality.", "municipalities");
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey
        {
            Id = id,
            Name = name.Trim(),
            SecretHash = Hash(secret),
            Municipalities = scope,
            CreatedAt = at,
            CreatedBy = createdBy,
        };
        return (key, $"{Prefix}{id}.{secret}");
    }

    /// <summary>Splits a presented token into its id and secret; false when it is not of the key's form.</summary>
    public static bool TryParseToken(string? token, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= Prefix.Length || dot == token.Length - 1)
        {
            return false;
        }

        id = token[Prefix.Length..dot];
        secret = token[(dot + 1)..];
        return true;
    }

    /// <summary>Whether <paramref name="secret"/> is this key's secret (compared in constant time).</summary>
    public bool Matches(string secret)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(string by, DateTimeOffset at)
    {
        if (IsRevoked)
        {
            throw new DomainRuleException($"API key {Id} is already revoked.");
        }

        RevokedAt = at;
        RevokedBy = by;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
