namespace Catalog.Api.Web;

/// <summary>The HTTP status a page answers with, for people and for checkers (a 404 page is a 404).</summary>
public static class PageStatus
{
    /// <summary>
    /// Sets <paramref name="status"/> when the headers go out, not now: Blazor answers a page whose status is already
    /// an error with an empty body (for the status code pages to fill), and the page's own message is the more useful.
    /// </summary>
    public static void Set(HttpContext? http, int status)
    {
        if (http is { Response.HasStarted: false })
        {
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = status;
                return Task.CompletedTask;
            });
        }
    }
}
