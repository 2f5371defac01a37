using Microsoft.AspNetCore.Identity;

namespace Catalog.Db.Accounts;

/// <summary>
/// A person's local account (ASP.NET Core Identity): signed in by email and password, with the same role and
/// municipality scope a bearer token carries. The user name is the email.
/// </summary>
public class CatalogUser : IdentityUser
{
    /// <summary>The role, as tokens spell it: <c>admin</c>, <c>curator</c> or <c>editor</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>For editors, the INE codes of the municipalities whose catalogs they may change.</summary>
    public IReadOnlyList<string> Municipalities { get; set; } = [];

    /// <summary>When the account was created (by <c>user add</c>).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
