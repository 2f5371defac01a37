using Microsoft.AspNetCore.Components;

namespace Catalog.Api.Web;

/// <summary>The address of the page being rendered, as links back to it need it.</summary>
public static class NavigationExtensions
{
    /// <summary>This page's path and query on this site (<c>/referencia?q=obra</c>), for "come back here" links.</summary>
    public static string CurrentLocalPath(this NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return "/" + navigation.ToBaseRelativePath(navigation.Uri);
    }

    /// <summary>The sign-in page's address, returning to this page afterwards.</summary>
    public static string SignInReturningHere(this NavigationManager navigation)
        => $"/entrar?volver={Uri.EscapeDataString(navigation.CurrentLocalPath())}";
}
