namespace Catalog.Api.Auth;

/// <summary>Authentication and access settings (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// An external OpenID Connect authority (its URL) for production: tokens are validated against its published keys.
    /// When empty, tokens are signed and validated with <see cref="SigningKey"/> (the embedded default).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry.</summary>
    public string Audience { get; set; } = "procedures-catalog";

    /// <summary>The issuer of locally signed tokens.</summary>
    public string Issuer { get; set; } = "procedures-catalog";

    /// <summary>
    /// Base64 of at least 32 random bytes (HMAC-SHA256). When empty, a key is created once in
    /// <see cref="SigningKeyFile"/>, so the server and the <c>token</c> command on one machine agree without set-up.
    /// Replicas must share it: configure it explicitly (from a secret store) when running more than one.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Where the generated signing key is kept when <see cref="SigningKey"/> is empty; a relative path is taken from the
    /// data directory (<c>Catalog:DataDirectory</c>), so the server and the commands find the same key.
    /// </summary>
    public string SigningKeyFile { get; set; } = "signing-key";

    /// <summary>Lifetime of tokens issued by the <c>token</c> command.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether anonymous clients may read (public-sector information: true by default).</summary>
    public bool AnonymousRead { get; set; } = true;
}
