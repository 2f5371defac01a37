using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Catalog.Api.Web.Components.Shared;

/// <summary>
/// A procedure attribute in words, the same on every page (a procedure's summary, the side-by-side comparison):
/// enum values through the resource files, terms with their unit, "not given" for an empty field.
/// </summary>
public static class AttributeText
{
    /// <summary>The attributes in the order pages show them, named as the schema's <c>ProcedureAttributes</c> names them.</summary>
    public static readonly IReadOnlyList<string> Fields =
        [
            "initiation", "silenceEffect", "resolutionTerm", "endsAdministrativeRoute", "recipients", "electronicLevel", "channels", "fees", "legalBasis",
            "requirements", "documents", "submissionPeriod", "resolvingBody", "appeals", "family",
        ];

    // The attributes a council may state "as the regulation says" (según normativa), by their schema enum value.
    private static readonly Dictionary<string, string> Regulated = new(StringComparer.Ordinal)
    {
        ["initiation"] = "INITIATION", ["silenceEffect"] = "SILENCE_EFFECT", ["resolutionTerm"] = "RESOLUTION_TERM", ["endsAdministrativeRoute"] = "ENDS_ADMINISTRATIVE_ROUTE",
    };

    /// <summary>The value of <paramref name="field"/> of <paramref name="value"/> in words; legal references one per item.</summary>
    public static IReadOnlyList<string> Of(IStringLocalizer<Labels> labels, AttributesData value, string field)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(value);
        if (Regulated.TryGetValue(field, out var regulated) && value.AsRegulated?.Contains(regulated) == true)
        {
            return [labels["AsRegulated"]];
        }

        return field switch
        {
            "initiation" => [Word(labels, "Initiation", value.Initiation)],
            "silenceEffect" => [Word(labels, "SilenceEffect", value.SilenceEffect)],
            "resolutionTerm" => [Term(labels, value.ResolutionTerm)],
            "endsAdministrativeRoute" => [value.EndsAdministrativeRoute is { } ends ? labels[ends ? "Yes" : "No"] : labels["NotGiven"]],
            "recipients" => [Words(labels, "Recipient", value.Recipients)],
            "electronicLevel" => [Word(labels, "ElectronicLevel", value.ElectronicLevel)],
            "channels" => [Words(labels, "Channel", value.Channels)],
            "fees" => [Text(labels, value.Fees)],
            "legalBasis" => value.LegalBasis.Count == 0 ? [labels["NotGiven"]] : value.LegalBasis.Select(Law).ToList(),
            "requirements" => [Text(labels, value.Requirements)],
            "documents" => [Text(labels, value.Documents)],
            "submissionPeriod" => [Text(labels, value.SubmissionPeriod)],
            "resolvingBody" => [Text(labels, value.ResolvingBody)],
            "appeals" => [Text(labels, value.Appeals)],
            "family" => [Text(labels, value.Family)],
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a procedure attribute."),
        };
    }

    /// <summary>One legal reference as written: its rank and number only where the title does not already say them.</summary>
    public static string Law(LegalReferenceData law)
    {
        ArgumentNullException.ThrowIfNull(law);
        return Law(law.Rank, law.Number, law.Title);
    }

    /// <inheritdoc cref="Law(LegalReferenceData)"/>
    public static string Law(string? rank, string? number, string? title)
    {
        title = title?.Trim() ?? "";
        var head = string.Join(' ', new[] { rank, number }.Where(p => !string.IsNullOrWhiteSpace(p)));
        // "Ordenanza municipal | | Ordenanza municipal de obras" would otherwise read the rank twice.
        var said = head.Length == 0
            || title.StartsWith(head, StringComparison.CurrentCultureIgnoreCase)
            || (string.IsNullOrWhiteSpace(number) && title.StartsWith(rank!.Trim(), StringComparison.CurrentCultureIgnoreCase));
        return said ? title : title.Length == 0 ? head : $"{head} {title}";
    }

    private static string Text(IStringLocalizer<Labels> labels, string? text) => string.IsNullOrWhiteSpace(text) ? labels["NotGiven"] : text;

    private static string Word(IStringLocalizer<Labels> labels, string type, string? value) => value is null ? labels["NotGiven"] : labels[$"{type}.{value}"];

    private static string Words(IStringLocalizer<Labels> labels, string type, IReadOnlyList<string> values)
        => values.Count == 0 ? labels["NotGiven"] : string.Join(", ", values.Select(v => labels[$"{type}.{v}"].Value));

    private static string Term(IStringLocalizer<Labels> labels, ResolutionTermData? term)
        => term is null ? labels["NotGiven"] : $"{Formats.Number(term.Amount)} {labels[$"TermUnit.{term.Unit}"]}";
}
