using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Catalog.Domain;
using Catalog.Domain.Procedures;

namespace Catalog.Api.Exchange.Formats;

/// <summary>
/// The words catalog files use for attribute values. Imports accept the Spanish words of Law 39/2015 and SIA
/// ("a solicitud del interesado", "desestimatorio", "días hábiles", "sí"…) as well as the enum names of the API
/// (<c>OnApplication</c>, <c>Negative</c>, <c>BusinessDays</c>…); case and accents do not count. Spreadsheet exports
/// (CSV, XLSX) write the Spanish words, JSON writes the enum names.
/// </summary>
public static class CatalogVocabulary
{
    /// <summary>Separator of list values (recipients, channels) in spreadsheet cells; <c>;</c> and <c>/</c> are accepted too.</summary>
    public const string ListSeparator = ", ";

    /// <summary>Separator of a legal reference's rank, number and title within a line of the legal basis cell.</summary>
    public const char LegalFieldSeparator = '|';

    private static readonly Vocabulary<Initiation> Initiations = new(
        (Initiation.OnApplication, ["a solicitud del interesado", "a solicitud", "solicitud", "a instancia de parte", "instancia de parte", "a peticion del interesado"]),
        (Initiation.ExOfficio, ["de oficio", "oficio"]),
        (Initiation.Both, ["de oficio o a solicitud del interesado", "ambos", "ambas", "de oficio y a solicitud del interesado", "ambas formas"]));

    private static readonly Vocabulary<SilenceEffect> SilenceEffects = new(
        (SilenceEffect.Positive, ["estimatorio", "positivo", "silencio positivo", "estimatorio (positivo)"]),
        (SilenceEffect.Negative, ["desestimatorio", "negativo", "silencio negativo", "desestimatorio (negativo)"]),
        (SilenceEffect.NotApplicable, ["no aplica", "no procede", "sin efecto", "n/a", "na"]));

    private static readonly Vocabulary<TermUnit> TermUnits = new(
        (TermUnit.Months, ["meses", "mes"]),
        (TermUnit.BusinessDays, ["días hábiles", "dias habiles", "día hábil", "habiles"]),
        (TermUnit.CalendarDays, ["días naturales", "dias naturales", "día natural", "naturales"]));

    private static readonly Vocabulary<ElectronicLevel> ElectronicLevels = new(
        (ElectronicLevel.Information, ["1", "información", "nivel 1"]),
        (ElectronicLevel.DownloadableForms, ["2", "descarga de formularios", "formularios descargables", "nivel 2"]),
        (ElectronicLevel.OnlineInitiation, ["3", "inicio electrónico", "inicio en línea", "tramitación parcial", "nivel 3"]),
        (ElectronicLevel.FullyOnline, ["4", "tramitación electrónica completa", "tramitación completa", "íntegramente electrónico", "nivel 4"]));

    private static readonly Vocabulary<Recipients> RecipientWords = new(
        (Recipients.Citizens, ["ciudadanos", "ciudadanía", "ciudadania", "personas físicas", "ciudadano", "particulares"]),
        (Recipients.Companies, ["empresas", "empresa", "personas jurídicas"]),
        (Recipients.Administrations, ["administraciones", "administración", "administraciones públicas"]));

    private static readonly Vocabulary<Channels> ChannelWords = new(
        (Channels.InPerson, ["presencial", "en persona", "oficina"]),
        (Channels.Online, ["electrónico", "en línea", "telemático", "internet", "sede electrónica", "web"]),
        (Channels.Telephone, ["telefónico", "teléfono", "telefono"]),
        (Channels.Post, ["correo postal", "postal", "correo"]));

    private static readonly string[] Yes = ["sí", "si", "s", "yes", "y", "true", "verdadero", "1", "x"];
    private static readonly string[] No = ["no", "n", "false", "falso", "0"];

    public static string Describe(Initiation value) => Initiations.Spanish(value);

    public static string Describe(SilenceEffect value) => SilenceEffects.Spanish(value);

    public static string Describe(TermUnit value) => TermUnits.Spanish(value);

    public static string Describe(bool value) => value ? "sí" : "no";

    public static string Describe(ElectronicLevel value) => ((int)value).ToString(CultureInfo.InvariantCulture);

    public static string Describe(Recipients value) => RecipientWords.SpanishFlags(value);

    public static string Describe(Channels value) => ChannelWords.SpanishFlags(value);

    /// <summary>One line per reference: <c>rank | number | title</c> (the number may be empty).</summary>
    public static string Describe(IReadOnlyList<LegalReference> legalBasis)
        => string.Join("\n", legalBasis.Select(r => $"{r.Rank} {LegalFieldSeparator} {r.Number} {LegalFieldSeparator} {r.Title}"));

    public static bool TryParseInitiation(string text, out Initiation value, [NotNullWhen(false)] out string? error)
        => Initiations.TryParse(text, "initiation", out value, out error);

    public static bool TryParseSilenceEffect(string text, out SilenceEffect value, [NotNullWhen(false)] out string? error)
        => SilenceEffects.TryParse(text, "silence effect", out value, out error);

    public static bool TryParseTermUnit(string text, out TermUnit value, [NotNullWhen(false)] out string? error)
    {
        if (Text.Fold(text) is "dias" or "dia" or "days")
        {
            value = default;
            error = $"'{text}' does not say which days: write 'días hábiles' (business days) or 'días naturales' (calendar days).";
            return false;
        }

        return TermUnits.TryParse(text, "term unit", out value, out error);
    }

    public static bool TryParseElectronicLevel(string text, out ElectronicLevel value, [NotNullWhen(false)] out string? error)
        => ElectronicLevels.TryParse(text, "electronic level", out value, out error);

    public static bool TryParseRecipients(string text, out Recipients value, [NotNullWhen(false)] out string? error)
        => RecipientWords.TryParseFlags(text, "recipient", out value, out error);

    public static bool TryParseChannels(string text, out Channels value, [NotNullWhen(false)] out string? error)
        => ChannelWords.TryParseFlags(text, "channel", out value, out error);

    public static bool TryParseBoolean(string text, out bool value, [NotNullWhen(false)] out string? error)
    {
        var folded = Text.Fold(text);
        if (Yes.Any(word => Text.Fold(word) == folded))
        {
            value = true;
            error = null;
            return true;
        }

        value = false;
        if (No.Any(word => word == folded))
        {
            error = null;
            return true;
        }

        error = $"'{text}' is not a yes/no value; write 'sí' or 'no'.";
        return false;
    }

    public static bool TryParseTermAmount(string text, out int value, [NotNullWhen(false)] out string? error)
    {
        // Spreadsheets may store a whole number as "3.0" or "3,0".
        var normalized = text.Trim().Replace(',', '.');
        if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= 1 and <= 3650)
        {
            value = (int)number;
            error = null;
            return true;
        }

        error = $"'{text}' is not a term: write a whole number from 1 to 3650 here and its unit in the term unit column.";
        value = 0;
        return false;
    }

    /// <summary>Reads the legal basis cell: one reference a line, <c>rank | number | title</c> or <c>rank | title</c>.</summary>
    public static bool TryParseLegalBasis(string text, out IReadOnlyList<LegalReference> value, [NotNullWhen(false)] out string? error)
    {
        var references = new List<LegalReference>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(LegalFieldSeparator, StringSplitOptions.TrimEntries);
            var (rank, number, title) = parts.Length switch
            {
                3 => (parts[0], parts[1], parts[2]),
                2 => (parts[0], "", parts[1]),
                _ => (null, null, null),
            };
            if (string.IsNullOrEmpty(rank) || string.IsNullOrEmpty(title))
            {
                value = [];
                error = $"Legal reference {i + 1} ('{lines[i]}') must be written 'rank | number | title' (e.g. 'Ley | 39/2015 | del Procedimiento Administrativo Común'), one reference a line; the number may be left empty.";
                return false;
            }

            references.Add(new LegalReference(rank, string.IsNullOrEmpty(number) ? null : number, title));
        }

        value = references;
        error = null;
        return true;
    }

    /// <summary>The words of one value set: the Spanish word written first, the enum name and the aliases accepted.</summary>
    private sealed class Vocabulary<T> where T : struct, Enum
    {
        private readonly Dictionary<string, T> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<T, string> _spanish = [];

        public Vocabulary(params (T Value, string[] Words)[] entries)
        {
            foreach (var (value, words) in entries)
            {
                _spanish[value] = words[0];
                _byWord[Text.Fold(value.ToString())] = value;
                foreach (var word in words)
                {
                    _byWord[Text.Fold(word)] = value;
                }
            }
        }

        public string Spanish(T value) => _spanish[value];

        public string SpanishFlags(T value)
        {
            var bits = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            return string.Join(ListSeparator, _spanish.Where(pair => (bits & Convert.ToInt32(pair.Key, CultureInfo.InvariantCulture)) != 0).Select(pair => pair.Value));
        }

        public bool TryParse(string text, string what, out T value, [NotNullWhen(false)] out string? error)
        {
            if (_byWord.TryGetValue(Text.Fold(text), out value))
            {
                error = null;
                return true;
            }

            error = $"'{text}' is not a known {what}; write one of: {Choices()}.";
            return false;
        }

        public bool TryParseFlags(string text, string what, out T value, [NotNullWhen(false)] out string? error)
        {
            var bits = 0;
            foreach (var word in text.Split([',', ';', '/', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!_byWord.TryGetValue(Text.Fold(word), out var one))
                {
                    value = default;
                    error = $"'{word}' is not a known {what}; write one or more of: {Choices()}, separated by commas.";
                    return false;
                }

                bits |= Convert.ToInt32(one, CultureInfo.InvariantCulture);
            }

            value = (T)Enum.ToObject(typeof(T), bits);
            error = null;
            return true;
        }

        private string Choices() => string.Join(", ", _spanish.Select(pair => $"'{pair.Value}' ({pair.Key})"));
    }
}
