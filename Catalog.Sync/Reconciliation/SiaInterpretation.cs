using System.Globalization;
using Catalog.Domain;
using Catalog.Domain.Procedures;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Reconciliation;

/// <summary>
/// Reads SIA's code-list values as the catalog's enums. SIA publishes its lists for initiation, silence, term unit
/// and electronic level only as code + description, and the codes are not documented, so the meaning is taken from
/// the description's keywords, never from the code. A value that cannot be read returns null, and the reconciliation
/// then raises no drift on that field: an unreadable value is not evidence of disagreement.
/// </summary>
public static class SiaInterpretation
{
    /// <summary>
    /// Initiation from SIA's <c>INICIOS</c> list: "a instancia de parte"/"solicitud" means on application,
    /// "de oficio" ex officio; both present (or one value saying both) means <see cref="Initiation.Both"/>.
    /// </summary>
    public static Initiation? Initiation(IReadOnlyList<CodedValue>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        bool onApplication = false, exOfficio = false;
        foreach (var value in values)
        {
            var text = Text.Fold(value.Description);
            if (text.Contains("oficio", StringComparison.Ordinal))
            {
                exOfficio = true;
            }

            if (text.Contains("instancia", StringComparison.Ordinal) || text.Contains("solicitud", StringComparison.Ordinal)
                || text.Contains("interesad", StringComparison.Ordinal) || text.Contains("a peticion", StringComparison.Ordinal))
            {
                onApplication = true;
            }
        }

        return (onApplication, exOfficio) switch
        {
            (true, true) => Domain.Procedures.Initiation.Both,
            (true, false) => Domain.Procedures.Initiation.OnApplication,
            (false, true) => Domain.Procedures.Initiation.ExOfficio,
            _ => null,
        };
    }

    /// <summary>
    /// Silence effect: "estimatorio"/"positivo" is positive, "desestimatorio"/"negativo" negative, "sin efecto"/"no
    /// procede"/"no aplica" not applicable. "Desestimatorio" contains "estimatorio", so the negative words are tested first.
    /// </summary>
    public static SilenceEffect? SilenceEffect(CodedValue? value)
    {
        var text = Text.Fold(value?.Description);
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Contains("desestim", StringComparison.Ordinal) || text.Contains("negativ", StringComparison.Ordinal))
        {
            return Domain.Procedures.SilenceEffect.Negative;
        }

        if (text.Contains("estimatori", StringComparison.Ordinal) || text.Contains("positiv", StringComparison.Ordinal))
        {
            return Domain.Procedures.SilenceEffect.Positive;
        }

        if (text.Contains("no procede", StringComparison.Ordinal) || text.Contains("no aplica", StringComparison.Ordinal)
            || text.Contains("sin efecto", StringComparison.Ordinal) || text.Contains("no tiene", StringComparison.Ordinal))
        {
            return Domain.Procedures.SilenceEffect.NotApplicable;
        }

        return null;
    }

    /// <summary>Term unit: "hábiles" business days, "naturales" (or plain "días") calendar days, "meses" months.</summary>
    public static TermUnit? TermUnit(CodedValue? value)
    {
        var text = Text.Fold(value?.Description);
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Contains("habil", StringComparison.Ordinal))
        {
            return Domain.Procedures.TermUnit.BusinessDays;
        }

        if (text.Contains("mes", StringComparison.Ordinal))
        {
            return Domain.Procedures.TermUnit.Months;
        }

        if (text.Contains("natural", StringComparison.Ordinal) || text.Contains("dia", StringComparison.Ordinal))
        {
            return Domain.Procedures.TermUnit.CalendarDays;
        }

        return null;
    }

    /// <summary>
    /// Electronic level: SIA numbers its levels 1 to 4 like the catalog does; the description is tried when the code is
    /// not a number in that range ("información", "descarga de formularios", "inicio", "tramitación completa").
    /// </summary>
    public static ElectronicLevel? ElectronicLevel(CodedValue? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Text.Fold(value.Description);
        if (text.Length > 0)
        {
            if (text.Contains("complet", StringComparison.Ordinal) || text.Contains("integr", StringComparison.Ordinal))
            {
                return Domain.Procedures.ElectronicLevel.FullyOnline;
            }

            if (text.Contains("inicio", StringComparison.Ordinal) || text.Contains("iniciar", StringComparison.Ordinal))
            {
                return Domain.Procedures.ElectronicLevel.OnlineInitiation;
            }

            if (text.Contains("formulario", StringComparison.Ordinal) || text.Contains("descarga", StringComparison.Ordinal))
            {
                return Domain.Procedures.ElectronicLevel.DownloadableForms;
            }

            if (text.Contains("informacion", StringComparison.Ordinal))
            {
                return Domain.Procedures.ElectronicLevel.Information;
            }
        }

        return int.TryParse(value.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 4
            ? (ElectronicLevel)level
            : null;
    }

    /// <summary>
    /// Two names that differ only cosmetically (case, accents, spacing, punctuation) compare equal. Everything else,
    /// a different word included, is a real difference.
    /// </summary>
    public static bool SameName(string? a, string? b) => NameKey(a) == NameKey(b);

    /// <summary>The name with case, accents, spacing and punctuation removed: what <see cref="SameName"/> compares.</summary>
    public static string NameKey(string? name)
    {
        var folded = Text.Fold(name);
        var builder = new System.Text.StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(ch);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
