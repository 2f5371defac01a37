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
        ["initiation", "silenceEffect", "resolutionTerm", "endsAdministrativeRoute", "recipients", "electronicLevel", "channels", "fees", "legalBasis"];

    /// <summary>The value of <paramref name="field"/> of <paramref name="value"/> in words; legal references one per item.</summary>
    public static IReadOnlyList<string> Of(IStringLocalizer<Labels> labels, AttributesData value, string field)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(value);
        return field switch
        {
            "initiation" => [Word(labels, "Initiation", value.Initiation)],
            "silenceEffect" => [Word(labels, "SilenceEffect", value.SilenceEffect)],
            "resolutionTerm" => [Term(labels, value.ResolutionTerm)],
            "endsAdministrativeRoute" => [value.EndsAdministrativeRoute is { } ends ? labels[ends ? "Yes" : "No"] : labels["NotGiven"]],
            "recipients" => [Words(labels, "Recipient", value.Recipients)],
            "electronicLevel" => [Word(labels, "ElectronicLevel", value.ElectronicLevel)],
            "channels" => [Words(labels, "Channel", value.Channels)],
            "fees" => [string.IsNullOrWhiteSpace(value.Fees) ? labels["NotGiven"] : value.Fees],
            "legalBasis" => value.LegalBasis.Count == 0 ? [labels["NotGiven"]] : value.LegalBasis.Select(Law).ToList(),
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

    private static string Word(IStringLocalizer<Labels> labels, string type, string? value) => value is null ? labels["NotGiven"] : labels[$"{type}.{value}"];

    private static string Words(IStringLocalizer<Labels> labels, string type, IReadOnlyList<string> values)
        => values.Count == 0 ? labels["NotGiven"] : string.Join(", ", values.Select(v => labels[$"{type}.{v}"].Value));

    private static string Term(IStringLocalizer<Labels> labels, ResolutionTermData? term)
        => term is null ? labels["NotGiven"] : $"{Formats.Number(term.Amount)} {labels[$"TermUnit.{term.Unit}"]}";
}
