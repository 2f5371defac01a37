using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Catalog.Api.Web;

/// <summary>
/// Numbers and dates as the person's language writes them: <c>8.131</c> and <c>3 de diciembre de 2026</c> in
/// Spanish. Times are shown in Madrid's time zone, the one council officers work in.
/// </summary>
public sealed class Formats(IStringLocalizer<Labels> labels)
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    /// <summary>A whole number with the culture's thousands separator.</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A share (0–1) as a percentage with one decimal: <c>72,5 %</c>.</summary>
    public static string Percent(double share) => share.ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>A share (0–1) as a CSS width, <c>42.5%</c>: invariant digits, whatever the page's language.</summary>
    public static string CssWidth(double share) => (Math.Clamp(share, 0, 1) * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Seconds with one decimal: <c>1,3 s</c>.</summary>
    public static string Seconds(double? seconds) => seconds is { } s ? s.ToString("N1", CultureInfo.CurrentCulture) + " s" : "—";

    /// <summary>A date: <c>3 de diciembre de 2026</c>.</summary>
    public string Date(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Madrid).ToString(labels["DatePattern"], CultureInfo.CurrentCulture);

    /// <summary>A date and time in Madrid: <c>3 de diciembre de 2026, 14:05</c>.</summary>
    public string DateTime(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Madrid).ToString(labels["DateTimePattern"], CultureInfo.CurrentCulture);

    /// <summary>A time of day in Madrid: <c>14:05</c>.</summary>
    public static string Time(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Madrid).ToString("t", CultureInfo.CurrentCulture);

    /// <summary>A day and short month for a chart's axis: <c>3 dic</c>.</summary>
    public static string ShortDate(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Madrid).ToString("d MMM", CultureInfo.CurrentCulture).TrimEnd('.');

    /// <summary>The ISO form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
