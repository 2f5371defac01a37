namespace Catalog.Api.Accounts;

/// <summary>Local accounts and the sign-in cookie (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How long a password-setting link printed by <c>user add</c> stays valid.</summary>
    public TimeSpan PasswordLinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The address people reach the web app at, used in password-setting links.</summary>
    public Uri PublicBaseUri { get; set; } = new("http://localhost:5080");

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without activity (the cookie slides while the person uses the app).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Where the keys that protect cookies and password links are kept (shared by the server and the CLI).</summary>
    public string KeysFolder { get; set; } = "data/keys";
}

/// <summary>
/// Sign-in through a council's own OpenID Connect provider (section <c>Authentication:OpenIdConnect</c>); off while
/// <see cref="Authority"/> is empty. The provider's claims give the role and the municipalities.
/// </summary>
public sealed class OpenIdConnectSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's issuer URL (its discovery document is read from <c>/.well-known/openid-configuration</c>).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim holding the catalog role (<c>admin</c>, <c>curator</c> or <c>editor</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding a municipality's INE or council DIR3 code (repeated, or several separated by spaces or commas).</summary>
    public string MunicipalityClaim { get; set; } = "municipality";

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Whether the provider's metadata must come over HTTPS (turn off only for a provider on the same machine).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The name shown on the sign-in button.</summary>
    public string DisplayName { get; set; } = "Identidad del ayuntamiento";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
