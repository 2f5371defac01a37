using System.Security.Cryptography;
using System.Text;

namespace Catalog.Domain.Webhooks;

/// <summary>
/// The signature of a webhook delivery: <c>X-Catalog-Signature: sha256=&lt;hex&gt;</c>, the lowercase hex HMAC-SHA256 of
/// the request body's exact bytes with the endpoint's secret (its UTF-8 bytes) as key. A receiver computes the same
/// over the body it read and compares in constant time (<see cref="Verify"/>); a body changed on the way, or signed
/// with another secret, does not match.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Catalog-Signature";

    private const string Prefix = "sha256=";

    /// <summary>A new endpoint secret: 32 random bytes, base64url (43 characters).</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The header value for <paramref name="body"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, body));
        var given = Encoding.ASCII.GetBytes(header.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
