using Catalog.Db.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Catalog.Api.Accounts;

/// <summary>How an attempt to sign in with a password ended.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in: the cookie is set.</summary>
    SignedIn,
    /// <summary>No account has this email, or the password is not its password (which one is not told).</summary>
    WrongEmailOrPassword,
    /// <summary>Too many wrong passwords in a row: the account is locked for a while.</summary>
    LockedOut,
}

/// <summary>The outcome of a sign-in, and until when the account is locked when it is.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, DateTimeOffset? LockedUntil);

/// <summary>
/// Signing people in and out with their local account, and setting a password from a one-time link. The sign-in pages
/// call this; the rules (lockout after <see cref="AccountOptions.MaxFailedSignIns"/> wrong passwords, links valid
/// once and for <see cref="AccountOptions.PasswordLinkLifetime"/>) are Identity's, configured in <see cref="AccountSetup"/>.
/// </summary>
public sealed class AccountSignIn(SignInManager<CatalogUser> signIn, UserManager<CatalogUser> users)
{
    /// <summary>Checks the password; on success sets the sign-in cookie on the current response.</summary>
    public async Task<SignInAttempt> SignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInOutcome.SignedIn, null);
        }

        if (result.IsLockedOut)
        {
            var user = await users.FindByEmailAsync(email.Trim());
            return new SignInAttempt(SignInOutcome.LockedOut, user?.LockoutEnd);
        }

        return new SignInAttempt(SignInOutcome.WrongEmailOrPassword, null);
    }

    /// <summary>Removes the sign-in cookie.</summary>
    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>
    /// Sets the password of <paramref name="accountId"/> with the code of a link from <c>user add</c>. The code is
    /// valid once (setting the password changes the account's security stamp, which the code is bound to) and until it
    /// expires. Errors carry Identity's codes (<c>InvalidToken</c>, <c>PasswordTooShort</c>…) for the page to word.
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(string accountId, string code, string password)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(password);
        var user = await users.FindByIdAsync(accountId);
        if (user is null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, code, password);
        if (result.Succeeded)
        {
            // A person who could not sign in (locked after wrong guesses) starts again once they set a new password.
            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
        }

        return result;
    }
}
