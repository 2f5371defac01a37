using System.CommandLine;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Db.Accounts;
using Catalog.Domain.Codes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Accounts;

/// <summary>A new account and the one-time link its owner sets a password with.</summary>
public sealed record NewAccount(CatalogUser User, Uri PasswordLink, DateTimeOffset LinkExpires);

/// <summary>
/// Account administration from the command line (<c>user add</c>). The logic takes parsed values, so whichever
/// parser reads the command line calls <see cref="AddUserAsync"/>.
/// </summary>
public sealed class UserCommands(UserManager<CatalogUser> users, CatalogDbContext db, IOptions<AccountOptions> options, TimeProvider clock)
{
    /// <summary>The path of the page that sets a password from a link.</summary>
    public const string SetPasswordPath = "/cuenta/establecer-contrasena";

    /// <summary>
    /// Creates an account with no password yet and returns the link that sets one. Editors need at least one
    /// municipality, which must exist; admins and curators take none.
    /// </summary>
    public async Task<NewAccount> AddUserAsync(string email, CatalogRole role, IReadOnlyCollection<IneCode> municipalities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(municipalities);
        email = email.Trim();
        if (role == CatalogRole.Editor && municipalities.Count == 0)
        {
            throw new AccountException("An editor needs at least one --municipality.");
        }

        if (role != CatalogRole.Editor && municipalities.Count > 0)
        {
            throw new AccountException($"A{(role == CatalogRole.Admin ? "n" : "")} {Name(role)} acts on every municipality; give --municipality only for editors.");
        }

        var codes = municipalities.Select(m => m.Value).Distinct().ToList();
        var known = await db.Municipalities.Where(m => codes.Contains(m.IneCode)).Select(m => m.IneCode).ToListAsync(cancellationToken);
        if (codes.Except(known).FirstOrDefault() is { } unknown)
        {
            throw new AccountException($"No municipality has INE code {unknown}.");
        }

        var user = new CatalogUser
        {
            UserName = email,
            Email = email,
            // The link proves the address: it reaches the person only through it.
            EmailConfirmed = true,
            Role = Name(role),
            Municipalities = codes,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new AccountException(string.Join(" ", created.Errors.Select(e => e.Code == "DuplicateUserName" ? $"An account for {email} exists already." : e.Description)).Trim());
        }

        return new NewAccount(user, await PasswordLinkAsync(user), clock.GetUtcNow() + options.Value.PasswordLinkLifetime);
    }

    /// <summary>A one-time link that sets the account's password (any earlier link stops working once it is used).</summary>
    public async Task<Uri> PasswordLinkAsync(CatalogUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var query = $"?cuenta={Uri.EscapeDataString(user.Id)}&codigo={Uri.EscapeDataString(code)}";
        return new Uri(options.Value.PublicBaseUri, SetPasswordPath + query);
    }

    private static string Name(CatalogRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The <c>user</c> command group: <c>user add --email … --role … [--municipality …]…</c>.</summary>
    public static Command CreateCommand()
    {
        var email = new Option<string>("--email") { Description = "the person's email address, their sign-in name", Required = true, HelpName = "address" };
        var role = new Option<string>("--role") { Description = "the account's role", Required = true };
        role.AcceptOnlyFromAmong("admin", "curator", "editor");
        var municipalities = new Option<string[]>("--municipality")
        {
            Description = "a municipality an editor may edit (INE or council DIR3 code); repeat for several",
            HelpName = "code",
        };
        var add = new ApiCommand("add", "create a local account and print a one-time link that sets its password", async context =>
        {
            var parsedRole = Enum.Parse<CatalogRole>(context.Parse.GetRequiredValue(role), ignoreCase: true);
            var codes = (context.Parse.GetValue(municipalities) ?? []).Select(AuthSetup.ParseMunicipality).ToList();
            try
            {
                var account = await context.Services.GetRequiredService<UserCommands>()
                    .AddUserAsync(context.Parse.GetRequiredValue(email), parsedRole, codes, context.Cancellation);
                var scope = account.User.Municipalities.Count > 0 ? " of " + string.Join(", ", account.User.Municipalities) : "";
                await context.Output.WriteLineAsync($"Account {account.User.Email} created ({account.User.Role}{scope}).");
                await context.Output.WriteLineAsync($"Send this link to its owner to set a password (valid once, until {account.LinkExpires:yyyy-MM-dd HH:mm} UTC):");
                await context.Output.WriteLineAsync(account.PasswordLink.AbsoluteUri);
                return 0;
            }
            catch (AccountException error)
            {
                await context.Error.WriteLineAsync(error.Message);
                return 1;
            }
        })
        {
            email, role, municipalities,
        };
        return new Command("user", "manage the local accounts people sign in with") { add };
    }
}

/// <summary>An account that cannot be created as asked; the message says why.</summary>
public sealed class AccountException : Exception
{
    public AccountException(string message) : base(message)
    {
    }

    public AccountException()
    {
    }

    public AccountException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
