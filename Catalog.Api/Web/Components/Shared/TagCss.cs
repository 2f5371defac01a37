namespace Catalog.Api.Web.Components.Shared;

/// <summary>The tag colour for a schema value: the words say it, the colour repeats it (green, yellow, red, grey).</summary>
public static class TagCss
{
    /// <summary>A discrepancy's severity (<c>ERROR</c>, <c>WARNING</c>, <c>INFO</c>).</summary>
    public static string Severity(string severity) => severity switch
    {
        "ERROR" => "tag--bad",
        "WARNING" => "tag--warn",
        _ => "tag--grey",
    };

    /// <summary>How a city stands towards a reference procedure (<c>IMPLEMENTED</c>, <c>NOT_OFFERED</c>, <c>NOT_MAPPED</c>).</summary>
    public static string Implementation(string status) => status switch
    {
        "IMPLEMENTED" => "tag--ok",
        "NOT_MAPPED" => "tag--bad",
        _ => "tag--grey",
    };

    /// <summary>How a city's attribute differs from the reference's (<c>MISSING</c>, <c>DIFFERENT</c>).</summary>
    public static string Difference(string kind) => kind == "MISSING" ? "tag--bad" : "tag--warn";
}
