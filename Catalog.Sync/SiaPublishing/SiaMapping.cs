using System.Globalization;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Whether a city procedure can be published, and what is missing: each item says in Spanish what a council officer
/// has to fill in ("falta: órgano responsable"). An empty list means the procedure maps completely.
/// </summary>
public sealed record SiaReadiness(IReadOnlyList<string> Missing)
{
    public bool IsReady => Missing.Count == 0;

    public override string ToString() => IsReady ? "lista para publicar" : string.Join("; ", Missing);
}

/// <summary>
/// Maps a city procedure to SIA's fields (<see cref="SiaActuacion"/>): denominación, objeto, the responsible organism
/// as DIR3 codes (the council as level 1, the responsible unit below it as level 2), tipo de tramitación, electronic
/// level, initiation and silence, resolution term, fin de vía, recipients, subject, regulations and channels. Values
/// the catalog keeps as its own enums are turned into SIA codes through <see cref="SiaCodes"/>; a value without a code,
/// and every field SIA needs that the catalog leaves empty, is named in the readiness check instead of being sent.
/// </summary>
public static class SiaMapping
{
    /// <summary>The catalog's id of a procedure as SIA's <c>CODIGOORIGEN</c>: municipality and id, stable for life.</summary>
    public static string SourceCode(CityProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.MunicipalityIneCode + "-" + procedure.Id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What is missing to publish <paramref name="procedure"/>.</summary>
    public static SiaReadiness Readiness(CityProcedure procedure, SiaCodes codes) => Map(procedure, "L00000000", codes).Readiness;

    /// <summary>
    /// The SIA fields of <paramref name="procedure"/>, whose council has the DIR3 code <paramref name="councilDir3Code"/>,
    /// and its readiness. The actuación is built even when something is missing (a dry run shows it), but is not sent.
    /// </summary>
    public static (SiaActuacion Actuacion, SiaReadiness Readiness) Map(CityProcedure procedure, string councilDir3Code, SiaCodes codes)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(codes);
        var missing = new List<string>();
        var a = procedure.Attributes;
        if (!procedure.IsOffered)
        {
            missing.Add("el ayuntamiento declara que no ofrece este procedimiento: no se publica");
        }

        if (string.IsNullOrWhiteSpace(procedure.Description))
        {
            missing.Add("falta: objeto del procedimiento (descripción)");
        }

        if (procedure.ResponsibleUnitCode is null)
        {
            missing.Add("falta: órgano responsable (código DIR3 de la unidad)");
        }

        if (a.Initiation is null)
        {
            missing.Add(Regulated(a, RegulatedAttributes.Initiation, "forma de iniciación"));
        }

        var onApplication = a.Initiation is Initiation.OnApplication or Initiation.Both;
        string? silence = null;
        if (a.SilenceEffect is { } effect)
        {
            silence = Code(codes.SilenceEffect, effect.ToString(), $"del efecto del silencio «{CatalogVocabulary.Describe(effect)}»", missing);
        }
        else if (onApplication)
        {
            missing.Add(Regulated(a, RegulatedAttributes.SilenceEffect, "efecto del silencio"));
        }

        string? termUnit = null;
        if (a.ResolutionTerm is { } term)
        {
            termUnit = Code(codes.TermUnit, term.Unit.ToString(), $"del plazo de resolución en {CatalogVocabulary.Describe(term.Unit)}", missing);
        }
        else
        {
            missing.Add(Regulated(a, RegulatedAttributes.ResolutionTerm, "plazo máximo de resolución"));
        }

        if (a.EndsAdministrativeRoute is null)
        {
            missing.Add(Regulated(a, RegulatedAttributes.EndsAdministrativeRoute, "fin de la vía administrativa"));
        }

        if (a.ElectronicLevel is null)
        {
            missing.Add("falta: nivel de administración electrónica");
        }

        var recipients = Flags(a.Recipients, codes.Recipient, r => $"del destinatario «{CatalogVocabulary.Describe(r)}»", missing);
        if (a.Recipients == Recipients.None)
        {
            missing.Add("falta: destinatarios");
        }

        var channels = Flags(a.Channels, codes.Channel, c => $"del canal «{CatalogVocabulary.Describe(c)}»", missing);
        if (a.Channels == Channels.None)
        {
            missing.Add("falta: canales de acceso");
        }

        var subjects = new List<string>();
        // The council's own family, else the reference catalog's process the procedure is mapped to.
        if ((a.Family ?? procedure.ReferenceProcedure?.Process?.Name) is { Length: > 0 } family)
        {
            if (Code(codes.Subject, family, $"de la materia «{family}»", missing) is { } subject)
            {
                subjects.Add(subject);
            }
        }
        else
        {
            missing.Add("falta: materia");
        }

        var regulations = new List<SiaNormativa>();
        foreach (var reference in a.LegalBasis)
        {
            if (reference.Rank is null)
            {
                missing.Add($"falta: rango de la norma «{Shorten(reference.Title)}»");
            }
            else if (Code(codes.Rank, reference.Rank, $"del rango «{reference.Rank}»", missing) is { } rank)
            {
                regulations.Add(new SiaNormativa(rank, reference.Number, reference.Title));
            }
        }

        if (a.LegalBasis.Count == 0)
        {
            missing.Add("falta: normativa");
        }

        var unit = procedure.ResponsibleUnitCode;
        var actuacion = new SiaActuacion
        {
            SourceCode = SourceCode(procedure),
            SiaCode = procedure.SiaCode ?? string.Empty,
            Kind = "P",
            Active = procedure.Status == CityProcedureStatus.Active,
            Name = procedure.LocalName,
            Description = procedure.Description,
            OrganismN1 = councilDir3Code,
            OrganismN2 = unit is null || unit == councilDir3Code ? null : unit,
            Recipients = recipients,
            SubjectToFees = a.Fees is null ? null : !IsNone(a.Fees),
            ElectronicLevel = a.ElectronicLevel is { } level ? ((int)level).ToString(CultureInfo.InvariantCulture) : null,
            Channels = channels,
            Requirements = a.Requirements,
            Subjects = subjects,
            Documents = a.Documents,
            OnApplication = a.Initiation is null ? null : onApplication,
            SilenceOnApplication = onApplication ? silence : null,
            ExOfficio = a.Initiation is null ? null : a.Initiation is Initiation.ExOfficio or Initiation.Both,
            SilenceExOfficio = a.Initiation is Initiation.ExOfficio ? silence : null,
            EndsAdministrativeRoute = a.EndsAdministrativeRoute,
            TermAmount = a.ResolutionTermAmount,
            TermUnit = termUnit,
            Regulations = regulations,
        };
        return (actuacion, new SiaReadiness(missing.Distinct(StringComparer.Ordinal).ToList()));
    }

    private static string Regulated(ProcedureAttributes a, RegulatedAttributes field, string name)
        => a.AsRegulated.HasFlag(field) ? $"falta: {name} (figura «según normativa»; SIA necesita el valor)" : $"falta: {name}";

    /// <summary>
    /// SIA's code for <paramref name="key"/>, or null with the gap named for the officer in the catalog's words (the
    /// codes are settings, <c>Sia:Publish:Codes:*</c>: the web page and <c>sia-publish</c> say who sets them).
    /// </summary>
    private static string? Code(Dictionary<string, string> table, string key, string what, List<string> missing)
    {
        if (table.TryGetValue(key, out var code) && code.Length > 0)
        {
            return code;
        }

        missing.Add($"falta: código SIA {what}");
        return null;
    }

    private static List<string> Flags<T>(T value, Dictionary<string, string> table, Func<T, string> what, List<string> missing)
        where T : struct, Enum
        => Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))
            .Select(f => Code(table, f.ToString(), what(f), missing)).OfType<string>().ToList();

    private static bool IsNone(string fees)
    {
        var folded = Text.Fold(fees).Trim();
        return folded is "no" or "ninguna" or "gratuito" or "sin tasa" or "sin tasas" or "0";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
