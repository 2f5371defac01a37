using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Catalog.Domain;
using Catalog.Domain.Language;

namespace Catalog.Domain.Procedures;

/// <summary>
/// The words catalog files use for attribute values. Imports accept the Spanish words of Law 39/2015 and SIA
/// ("a solicitud del interesado", "desestimatorio", "días hábiles", "sí"…) as well as the enum names of the API
/// (<c>OnApplication</c>, <c>Negative</c>, <c>BusinessDays</c>…); case and accents do not count. Spreadsheet exports
/// (CSV, XLSX) write the Spanish words, JSON writes the enum names; messages to people (the SIA readiness check) use them too.
/// </summary>
public static class CatalogVocabulary
{
    /// <summary>Separator of list values (recipients, channels) in spreadsheet cells; <c>;</c> and <c>/</c> are accepted too.</summary>
    public const string ListSeparator = ", ";

    /// <summary>Separator of a legal reference's rank, number and title within a line of the legal basis cell.</summary>
    public const char LegalFieldSeparator = '|';

    private static readonly Vocabulary<Initiation> Initiations = new(
        (Initiation.OnApplication, ["a solicitud del interesado", "a solicitud", "solicitud", "a instancia de parte", "instancia de parte", "a peticion del interesado",
            "solicitud del interesado", "a solicitud de la persona interesada", "solicitud de la persona interesada", "a instancia del interesado",
            "instancia del interesado", "a instancia de la persona interesada", "peticion del interesado", "a peticion de parte", "interesado", "persona interesada", "a instancia de parte interesada"]),
        (Initiation.ExOfficio, ["de oficio", "oficio", "de oficio por la administracion"]),
        (Initiation.Both, ["de oficio o a solicitud del interesado", "ambos", "ambas", "de oficio y a solicitud del interesado", "ambas formas",
            "a solicitud del interesado o de oficio", "solicitud del interesado o de oficio", "de oficio o a instancia de parte", "a instancia de parte o de oficio"]));

    private static readonly Vocabulary<SilenceEffect> SilenceEffects = new(
        (SilenceEffect.Positive, ["estimatorio", "positivo", "silencio positivo", "estimatorio (positivo)", "silencio estimatorio", "estimacion", "positivo (estimatorio)"]),
        (SilenceEffect.Negative, ["desestimatorio", "negativo", "silencio negativo", "desestimatorio (negativo)", "silencio desestimatorio", "desestimacion", "negativo (desestimatorio)"]),
        (SilenceEffect.NotApplicable, ["no aplica", "no procede", "sin efecto", "n/a", "na", "no tiene", "no aplicable", "sin silencio", "no hay", "-"]));

    private static readonly Vocabulary<TermUnit> TermUnits = new(
        (TermUnit.Months, ["meses", "mes", "mensual"]),
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
        (Channels.InPerson, ["presencial", "en persona", "oficina", "registro general", "registro presencial", "oficina de atencion ciudadana", "oac", "ventanilla"]),
        (Channels.Online, ["electrónico", "en línea", "telemático", "internet", "sede electrónica", "web", "online", "on line", "registro electronico", "telematica", "electronica"]),
        (Channels.Telephone, ["telefónico", "teléfono", "telefono"]),
        (Channels.Post, ["correo postal", "postal", "correo"]));

    private static readonly string[] Yes = ["sí", "si", "s", "yes", "y", "true", "verdadero", "1", "x", "si pone fin", "pone fin", "si, pone fin a la via administrativa", "si agota la via administrativa"];
    private static readonly string[] No = ["no", "n", "false", "falso", "0", "no pone fin", "no pone fin a la via administrativa", "no agota la via administrativa", "no tiene"];

    /// <summary>The Spanish words exports write for a field stated "as the regulation says".</summary>
    public const string AsRegulatedWords = "según normativa";

    /// <summary>
    /// True for the ways catalogs say a value is whatever the procedure's regulation says: <c>según normativa</c>,
    /// <c>según normativa aplicable</c>, <c>ver normativa</c>, <c>conforme a la ordenanza</c>, <c>el que establezca la normativa</c>.
    /// </summary>
    public static bool IsAsRegulated(string text)
    {
        var words = Text.Fold(text).Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8)
        {
            return false;
        }

        var pointsToRule = words.Any(w => w is "normativa" or "normativas" or "ordenanza" or "ley" or "regulacion" or "reglamento" or "convocatoria" or "bases");
        return pointsToRule && words[0] is "segun" or "ver" or "conforme" or "el" or "lo" or "establecido" or "determinado" or "seguir" or "consultar" or "de";
    }

    public static string Describe(Initiation value) => Initiations.Spanish(value);

    public static string Describe(SilenceEffect value) => SilenceEffects.Spanish(value);

    public static string Describe(TermUnit value) => TermUnits.Spanish(value);

    public static string Describe(bool value) => value ? "sí" : "no";

    public static string Describe(ElectronicLevel value) => ((int)value).ToString(CultureInfo.InvariantCulture);

    public static string Describe(Recipients value) => RecipientWords.SpanishFlags(value);

    public static string Describe(Channels value) => ChannelWords.SpanishFlags(value);

    /// <summary>
    /// One line per reference: a reference imported as written is written back as written; others
    /// <c>rank | number | title</c> (the number may be empty).
    /// </summary>
    public static string Describe(IReadOnlyList<LegalReference> legalBasis)
        => string.Join("\n", legalBasis.Select(r => LegalCitation.IsCitation(r) && !r.Title.Contains(LegalFieldSeparator, StringComparison.Ordinal)
            ? r.Title
            : $"{r.Rank} {LegalFieldSeparator} {r.Number} {LegalFieldSeparator} {r.Title}"));

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

    /// <summary>Numbers written as words in terms ("un mes", "seis meses", "quince días hábiles").</summary>
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["un"] = 1,
        ["uno"] = 1,
        ["una"] = 1,
        ["dos"] = 2,
        ["tres"] = 3,
        ["cuatro"] = 4,
        ["cinco"] = 5,
        ["seis"] = 6,
        ["siete"] = 7,
        ["ocho"] = 8,
        ["nueve"] = 9,
        ["diez"] = 10,
        ["once"] = 11,
        ["doce"] = 12,
        ["quince"] = 15,
        ["veinte"] = 20,
        ["treinta"] = 30,
        ["cuarenta"] = 40,
        ["cincuenta"] = 50,
        ["sesenta"] = 60,
        ["noventa"] = 90,
    };

    /// <summary>
    /// Reads a term written in one cell, as councils write it: <c>3 meses</c>, <c>un mes</c>, <c>10 días hábiles</c>,
    /// <c>quince días naturales</c>, <c>3 (tres) meses</c>. False (with no error) when the text is not of that shape.
    /// </summary>
    public static bool TryParseTermText(string text, out int amount, out TermUnit unit, out string? error)
    {
        (amount, unit, error) = (0, default, null);
        var words = Text.Fold(text).Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return false;
        }

        var number = int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.TryGetValue(words[0], out var word) ? word : 0;
        if (number == 0)
        {
            return false;
        }

        // "3 (tres) meses": the number repeated in words.
        var rest = words.Skip(1).SkipWhile(w => NumberWords.ContainsKey(w)).ToList();
        if (rest.Count == 0)
        {
            return false;
        }

        var unitText = string.Join(' ', rest.Take(2));
        if (!TermUnits.TryParse(unitText, "term unit", out unit, out _) && !TermUnits.TryParse(rest[0], "term unit", out unit, out _))
        {
            if (rest[0] is "dias" or "dia")
            {
                error = $"'{text}' does not say which days: write 'días hábiles' (business days) or 'días naturales' (calendar days).";
            }

            return error is not null;
        }

        amount = number;
        if (amount is < 1 or > 3650)
        {
            error = $"'{text}' is not a term: the amount must be from 1 to 3650.";
        }

        return true;
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

    /// <summary>
    /// Reads the legal basis cell, one reference a line: <c>rank | number | title</c> (or <c>rank | title</c>), or the
    /// reference as councils write it (<c>Ley 39/2015, de 1 de octubre, …</c>), kept as written with its rank and number
    /// read where they can be (<see cref="LegalCitation"/>). Bullets and numbering before a line are dropped.
    /// </summary>
    public static bool TryParseLegalBasis(string text, out IReadOnlyList<LegalReference> value, [NotNullWhen(false)] out string? error)
    {
        var references = new List<LegalReference>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(LegalFieldSeparator, StringComparison.Ordinal))
            {
                var line = lines[i].TrimStart('-', '–', '•', '·', '*', ' ', '\t').Trim();
                if (line.Length > 0)
                {
                    references.Add(LegalCitation.Parse(line));
                }

                continue;
            }

            var parts = lines[i].Split(LegalFieldSeparator, StringSplitOptions.TrimEntries);
            var (rank, number, title) = parts.Length switch
            {
                3 => (parts[0], parts[1], parts[2]),
                2 => (parts[0], "", parts[1]),
                _ => (null, null, null),
            };
            if (string.IsNullOrEmpty(title))
            {
                value = [];
                error = $"Legal reference {i + 1} ('{lines[i]}') must be written 'rank | number | title' (e.g. 'Ley | 39/2015 | del Procedimiento Administrativo Común'), or as a plain line such as 'Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común'; one reference a line.";
                return false;
            }

            references.Add(new LegalReference(string.IsNullOrEmpty(rank) ? null : rank, string.IsNullOrEmpty(number) ? null : number, title));
        }

        value = references;
        error = null;
        return true;
    }

    /// <summary>The words of one value set: the Spanish word written first, the enum name and the aliases accepted.</summary>
    private sealed class Vocabulary<T> where T : struct, Enum
    {
        private readonly Dictionary<string, T> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T> _byStem = new(StringComparer.Ordinal);
        private readonly List<(string[] Stems, T Value)> _phrases = [];
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
                    _byStem.TryAdd(StemKey(word), value);
                    var stems = StemsOf(word);
                    if (stems.Length > 0 && !stems.All(s => s.All(char.IsAsciiDigit)))
                    {
                        _phrases.Add((stems, value));
                    }
                }
            }

            // Longer phrases first, so "sede electronica" is found before "electronica".
            _phrases.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        }

        /// <summary>A word as written, gender and number aside: <c>electrónicas</c> and <c>electrónico</c> give one key.</summary>
        private static string StemKey(string text) => string.Join(' ', StemsOf(text));

        private static string[] StemsOf(string text)
            => Text.Fold(text).Split([' ', '(', ')', '.', ','], StringSplitOptions.RemoveEmptyEntries).Select(SpanishStemmer.Stem).ToArray();

        private bool TryFind(string text, out T value)
            => _byWord.TryGetValue(Text.Fold(text), out value) || _byStem.TryGetValue(StemKey(text), out value);

        public string Spanish(T value) => _spanish[value];

        public string SpanishFlags(T value)
        {
            var bits = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            return string.Join(ListSeparator, _spanish.Where(pair => (bits & Convert.ToInt32(pair.Key, CultureInfo.InvariantCulture)) != 0).Select(pair => pair.Value));
        }

        public bool TryParse(string text, string what, out T value, [NotNullWhen(false)] out string? error)
        {
            if (TryFind(text, out value))
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
            string? unknown = null;
            foreach (var word in text.Split([',', ';', '/', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(part => part.Split([" y ", " o ", " e ", " u "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            {
                if (!TryFind(word, out var one))
                {
                    unknown ??= word;
                    continue;
                }

                bits |= Convert.ToInt32(one, CultureInfo.InvariantCulture);
            }

            if (unknown is not null)
            {
                // A sentence ("Presencial en el Registro General o telemáticamente a través de la sede electrónica"):
                // the values it names are read from its words.
                bits |= FindInSentence(text);
            }

            if (unknown is not null && bits == 0)
            {
                value = default;
                error = $"'{unknown}' is not a known {what}; write one or more of: {Choices()}, separated by commas.";
                return false;
            }

            value = (T)Enum.ToObject(typeof(T), bits);
            error = null;
            return true;
        }

        private int FindInSentence(string text)
        {
            var words = StemsOf(text);
            var bits = 0;
            foreach (var (stems, value) in _phrases)
            {
                for (var i = 0; i + stems.Length <= words.Length; i++)
                {
                    if (stems.AsSpan().SequenceEqual(words.AsSpan(i, stems.Length)))
                    {
                        bits |= Convert.ToInt32(value, CultureInfo.InvariantCulture);
                        break;
                    }
                }
            }

            return bits;
        }

        private string Choices() => string.Join(", ", _spanish.Select(pair => $"'{pair.Value}' ({pair.Key})"));
    }
}
