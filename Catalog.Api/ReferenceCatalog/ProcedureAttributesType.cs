using Catalog.Api.GraphQL;
using Catalog.Domain.Procedures;
using GraphQL.Types;

namespace Catalog.Api.ReferenceCatalog;

/// <summary>The Law 39/2015 attributes every catalog entry describes, shared by reference and city procedures.</summary>
public sealed class ProcedureAttributesType : ObjectGraphType<ProcedureAttributes>
{
    public ProcedureAttributesType()
    {
        Name = "ProcedureAttributes";
        Description = "The standard attributes of a procedure under Law 39/2015: how it starts, what silence means, its term, channels, fees and legal basis. Null means the catalog does not say.";
        Field<InitiationType>("initiation").Description("How the procedure starts.").ResolveFrom(a => a.Initiation);
        Field<SilenceEffectType>("silenceEffect").Description("What the administration's silence means when the term expires.").ResolveFrom(a => a.SilenceEffect);
        Field<ResolutionTermType>("resolutionTerm").Description("The maximum term to resolve and notify.")
            .Reads(nameof(ProcedureAttributes.ResolutionTermAmount), nameof(ProcedureAttributes.ResolutionTermUnit))
            .Resolve(c => c.Source.ResolutionTerm);
        Field<BooleanGraphType>("endsAdministrativeRoute").Description("Whether the resolution ends the administrative route (fin de la vía administrativa).").ResolveFrom(a => a.EndsAdministrativeRoute);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecipientType>>>>("recipients").Description("Who the procedure is for.")
            .Reads(nameof(ProcedureAttributes.Recipients))
            .Resolve(c => Enum.GetValues<Recipients>().Where(r => r != Recipients.None && c.Source.Recipients.HasFlag(r)).ToList());
        Field<ElectronicLevelType>("electronicLevel").Description("How far the procedure can be carried out electronically (SIA's levels 1 to 4).").ResolveFrom(a => a.ElectronicLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels").Description("Where the procedure can be carried out.")
            .Reads(nameof(ProcedureAttributes.Channels))
            .Resolve(c => Enum.GetValues<Channels>().Where(ch => ch != Channels.None && c.Source.Channels.HasFlag(ch)).ToList());
        Field<StringGraphType>("fees").Description("Fees as the catalog states them (a tax ordinance or an amount).").ResolveFrom(a => a.Fees);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalReferenceType>>>>("legalBasis").Description("The legal references the procedure rests on, most important first.").ResolveFrom(a => a.LegalBasis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegulatedAttributeType>>>>("asRegulated")
            .Description("The fields the catalog states \"as the regulation says\" (según normativa) rather than by a value; such a field is null above.")
            .Reads(nameof(ProcedureAttributes.AsRegulated))
            .Resolve(c => Enum.GetValues<RegulatedAttributes>().Where(f => f != RegulatedAttributes.None && c.Source.AsRegulated.HasFlag(f)).ToList());
        Field<StringGraphType>("requirements").Description("What the applicant must meet or prove (CPSV-AP requirement; SIA's requisitos).").ResolveFrom(a => a.Requirements);
        Field<StringGraphType>("documents").Description("The documents to submit with the application (CPSV-AP input evidence; SIA's documentación).").ResolveFrom(a => a.Documents);
        Field<StringGraphType>("resolvingBody").Description("The body that resolves the procedure, as the catalog names it (SIA's órgano resolutorio).").ResolveFrom(a => a.ResolvingBody);
        Field<StringGraphType>("appeals").Description("The appeals available against the resolution (recursos).").ResolveFrom(a => a.Appeals);
        Field<StringGraphType>("submissionPeriod").Description("When applications may be submitted (plazo de presentación).").ResolveFrom(a => a.SubmissionPeriod);
        Field<StringGraphType>("family").Description("The family or subject matter the procedure is filed under (SIA's materia; CPSV-AP thematic area).").ResolveFrom(a => a.Family);
    }
}

/// <summary>A resolution term: an amount of days or months.</summary>
public sealed class ResolutionTermType : ObjectGraphType<ResolutionTerm>
{
    public ResolutionTermType()
    {
        Name = "ResolutionTerm";
        Description = "A maximum term to resolve and notify: an amount and its unit.";
        Field<NonNullGraphType<IntGraphType>>("amount").Description("How many units.").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<TermUnitType>>("unit").Description("The unit the term is counted in.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("iso8601").Description("The term as an ISO 8601 duration (`P3M`, `P10D`); business days are written as days.").Resolve(c => c.Source.ToIso8601());
    }
}

/// <summary>A legal reference.</summary>
public sealed class LegalReferenceType : ObjectGraphType<LegalReference>
{
    public LegalReferenceType()
    {
        Name = "LegalReference";
        Description = "A legal reference a procedure rests on.";
        Field<StringGraphType>("rank").Description("Its rank: Ley, Real Decreto, Ordenanza…; null when a reference written as free text names none the catalog recognises.").Resolve(c => c.Source.Rank);
        Field<StringGraphType>("number").Description("Its number, e.g. 39/2015.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Its title; for a reference written as free text, the whole line as written (`Ley 39/2015, de 1 de octubre, …`).").Resolve(c => c.Source.Title);
    }
}

/// <summary>GraphQL enum of <see cref="Initiation"/>.</summary>
public sealed class InitiationType : DescribedEnumType<Initiation>
{
    public InitiationType() : base("Initiation", "How a procedure starts (Law 39/2015, arts. 54–69).", new Dictionary<Initiation, string>
    {
        [Initiation.OnApplication] = "At the request of the interested party (a instancia de parte).",
        [Initiation.ExOfficio] = "Ex officio, by the administration (de oficio).",
        [Initiation.Both] = "Either way.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="SilenceEffect"/>.</summary>
public sealed class SilenceEffectType : DescribedEnumType<SilenceEffect>
{
    public SilenceEffectType() : base("SilenceEffect", "What the administration's silence means when the term expires (Law 39/2015, arts. 24–25).", new Dictionary<SilenceEffect, string>
    {
        [SilenceEffect.Positive] = "Estimatorio: the application is taken as granted.",
        [SilenceEffect.Negative] = "Desestimatorio: the application is taken as refused.",
        [SilenceEffect.NotApplicable] = "Silence has no effect to state (ex officio procedures, information services).",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="TermUnit"/>.</summary>
public sealed class TermUnitType : DescribedEnumType<TermUnit>
{
    public TermUnitType() : base("TermUnit", "The unit a resolution term is counted in.", new Dictionary<TermUnit, string>
    {
        [TermUnit.BusinessDays] = "Business days (días hábiles).",
        [TermUnit.CalendarDays] = "Calendar days (días naturales).",
        [TermUnit.Months] = "Months.",
    })
    {
    }
}

/// <summary>GraphQL enum of one <see cref="Recipients"/> flag.</summary>
public sealed class RecipientType : DescribedEnumType<Recipients>
{
    public RecipientType() : base("Recipient", "Who a procedure is for.", new Dictionary<Recipients, string>
    {
        [Recipients.Citizens] = "Citizens.",
        [Recipients.Companies] = "Companies.",
        [Recipients.Administrations] = "Other administrations.",
    })
    {
    }
}

/// <summary>GraphQL enum of one <see cref="Channels"/> flag.</summary>
public sealed class ChannelType : DescribedEnumType<Channels>
{
    public ChannelType() : base("Channel", "Where a procedure can be carried out.", new Dictionary<Channels, string>
    {
        [Channels.InPerson] = "In person, at an office.",
        [Channels.Online] = "Online, at the electronic office.",
        [Channels.Telephone] = "By telephone.",
        [Channels.Post] = "By post.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="ElectronicLevel"/>.</summary>
public sealed class ElectronicLevelType : DescribedEnumType<ElectronicLevel>
{
    public ElectronicLevelType() : base("ElectronicLevel", "How far a procedure can be carried out electronically (SIA's electronic processing level).", new Dictionary<ElectronicLevel, string>
    {
        [ElectronicLevel.Information] = "Level 1: information only.",
        [ElectronicLevel.DownloadableForms] = "Level 2: forms can be downloaded.",
        [ElectronicLevel.OnlineInitiation] = "Level 3: it can be started online.",
        [ElectronicLevel.FullyOnline] = "Level 4: it can be completed online, notification included.",
    })
    {
    }
}

/// <summary>GraphQL enum of one <see cref="RegulatedAttributes"/> flag.</summary>
public sealed class RegulatedAttributeType : DescribedEnumType<RegulatedAttributes>
{
    public RegulatedAttributeType() : base("RegulatedAttribute", "An attribute a catalog may state \"as the regulation says\" (según normativa).", new Dictionary<RegulatedAttributes, string>
    {
        [RegulatedAttributes.Initiation] = "How the procedure starts.",
        [RegulatedAttributes.SilenceEffect] = "What silence means.",
        [RegulatedAttributes.ResolutionTerm] = "The maximum term to resolve.",
        [RegulatedAttributes.EndsAdministrativeRoute] = "Whether the resolution ends the administrative route.",
    })
    {
    }
}
