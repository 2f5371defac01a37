using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>How a city stands towards one reference procedure.</summary>
public enum ImplementationStatus
{
    /// <summary>The city offers a procedure mapped to the reference.</summary>
    Implemented,
    /// <summary>The city declared that it does not offer the reference procedure.</summary>
    NotOffered,
    /// <summary>The city's catalog says nothing about the reference procedure.</summary>
    NotMapped,
}

/// <summary>How a city's attribute stands against the reference's.</summary>
public enum DifferenceKind
{
    /// <summary>The city left the field empty where the reference has a value.</summary>
    Missing,
    /// <summary>The city has a value other than the reference's.</summary>
    Different,
}

/// <summary>
/// One attribute the reference states and the city does not match: its name, whether the city's value is missing
/// or different, and both values, each an attributes value holding that one field only.
/// </summary>
public sealed record AttributeDifference(string Field, DifferenceKind Kind, ProcedureAttributes Reference, ProcedureAttributes? City)
{
    /// <summary>
    /// The attributes the reference states (a field the reference leaves empty prescribes nothing, so is not compared)
    /// where the city's is empty (<see cref="DifferenceKind.Missing"/>) or other (<see cref="DifferenceKind.Different"/>).
    /// </summary>
    public static IReadOnlyList<AttributeDifference> Between(ProcedureAttributes reference, ProcedureAttributes city)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(city);
        var differences = new List<AttributeDifference>();
        foreach (var field in city.DiffFrom(reference))
        {
            var referenceValue = Only(reference, field);
            if (IsEmpty(referenceValue))
            {
                continue;
            }

            var cityValue = Only(city, field);
            var missing = IsEmpty(cityValue);
            differences.Add(new AttributeDifference(char.ToLowerInvariant(field[0]) + field[1..], missing ? DifferenceKind.Missing : DifferenceKind.Different,
                referenceValue, missing ? null : cityValue));
        }

        return differences;
    }

    private static bool IsEmpty(ProcedureAttributes value) => value.Equals(ProcedureAttributes.Empty);

    /// <summary>Attributes holding only <paramref name="field"/> of <paramref name="attributes"/>.</summary>
    private static ProcedureAttributes Only(ProcedureAttributes attributes, string field) => field switch
    {
        nameof(ProcedureAttributes.Initiation) => new ProcedureAttributes { Initiation = attributes.Initiation },
        nameof(ProcedureAttributes.SilenceEffect) => new ProcedureAttributes { SilenceEffect = attributes.SilenceEffect },
        // A term with only one of its parts is not a term: it counts as empty.
        nameof(ProcedureAttributes.ResolutionTerm) => new ProcedureAttributes { ResolutionTerm = attributes.ResolutionTerm },
        nameof(ProcedureAttributes.EndsAdministrativeRoute) => new ProcedureAttributes { EndsAdministrativeRoute = attributes.EndsAdministrativeRoute },
        nameof(ProcedureAttributes.Recipients) => new ProcedureAttributes { Recipients = attributes.Recipients },
        nameof(ProcedureAttributes.ElectronicLevel) => new ProcedureAttributes { ElectronicLevel = attributes.ElectronicLevel },
        nameof(ProcedureAttributes.Channels) => new ProcedureAttributes { Channels = attributes.Channels },
        nameof(ProcedureAttributes.Fees) => new ProcedureAttributes { Fees = string.IsNullOrWhiteSpace(attributes.Fees) ? null : attributes.Fees },
        nameof(ProcedureAttributes.LegalBasis) => new ProcedureAttributes { LegalBasis = attributes.LegalBasis },
        nameof(ProcedureAttributes.AsRegulated) => new ProcedureAttributes { AsRegulated = attributes.AsRegulated },
        nameof(ProcedureAttributes.Requirements) => new ProcedureAttributes { Requirements = attributes.Requirements },
        nameof(ProcedureAttributes.Documents) => new ProcedureAttributes { Documents = attributes.Documents },
        nameof(ProcedureAttributes.ResolvingBody) => new ProcedureAttributes { ResolvingBody = attributes.ResolvingBody },
        nameof(ProcedureAttributes.Appeals) => new ProcedureAttributes { Appeals = attributes.Appeals },
        nameof(ProcedureAttributes.SubmissionPeriod) => new ProcedureAttributes { SubmissionPeriod = attributes.SubmissionPeriod },
        nameof(ProcedureAttributes.Family) => new ProcedureAttributes { Family = attributes.Family },
        _ => ProcedureAttributes.Empty,
    };
}

/// <summary>One city's implementation of a reference procedure, and how it differs from the reference.</summary>
public sealed record CityImplementation(Municipality Municipality, ImplementationStatus Status, CityProcedure? Procedure, IReadOnlyList<AttributeDifference> Differences, bool NeedsReferenceReview);

/// <summary>One reference procedure and each compared city's implementation of it, in the order asked.</summary>
public sealed record ImplementationComparison(ReferenceProcedure Reference, IReadOnlyList<CityImplementation> Implementations)
{
    /// <summary>Compares the implementations of <paramref name="referenceCode"/> in <paramref name="municipalityCodes"/>.</summary>
    public static async Task<ImplementationComparison> CompareAsync(IResolveFieldContext context, string referenceCode, IReadOnlyList<string> municipalityCodes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(municipalityCodes);
        if (municipalityCodes.Count is 0 or > CityCatalogQueries.MaxComparedMunicipalities)
        {
            throw CatalogErrors.BadInput($"Give 1 to {CityCatalogQueries.MaxComparedMunicipalities} municipalities to compare; {municipalityCodes.Count} were given.", "municipalities");
        }

        var codes = municipalityCodes.Select(text => MunicipalityCode.Parse(text, "municipalities").Value).Distinct(StringComparer.Ordinal).ToList();
        var reference = await ReferenceCatalogQueries.FindAsync(context, referenceCode, "referenceCode");
        var db = context.Db();
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.IneCode)).ToDictionaryAsync(m => m.IneCode, StringComparer.Ordinal, context.CancellationToken);
        if (codes.FirstOrDefault(code => !municipalities.ContainsKey(code)) is { } unknown)
        {
            throw CatalogErrors.Missing($"No municipality has INE code {unknown}.");
        }

        return await CompareAsync(db, reference, [.. codes.Select(code => municipalities[code])], context.CancellationToken);
    }

    /// <summary>Compares the implementations of <paramref name="reference"/> in <paramref name="municipalities"/> (found already), in their order.</summary>
    public static async Task<ImplementationComparison> CompareAsync(CatalogDbContext db, ReferenceProcedure reference, IReadOnlyList<Municipality> municipalities, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(municipalities);
        var codes = municipalities.Select(m => m.IneCode).ToList();
        var procedures = await db.CityProcedures.AsNoTracking()
            .Where(p => p.ReferenceProcedureId == reference.Id && codes.Contains(p.MunicipalityIneCode) && p.Status == CityProcedureStatus.Active)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellation);
        var byCity = procedures.ToLookup(p => p.MunicipalityIneCode, StringComparer.Ordinal);
        var implementations = municipalities.Select(municipality =>
        {
            // An offered mapping wins over a declaration of not offering; the oldest offered one when there are several.
            var mapped = byCity[municipality.IneCode].OrderByDescending(p => p.IsOffered).FirstOrDefault();
            var status = mapped is null ? ImplementationStatus.NotMapped : mapped.IsOffered ? ImplementationStatus.Implemented : ImplementationStatus.NotOffered;
            var differences = status == ImplementationStatus.Implemented ? AttributeDifference.Between(reference.Attributes, mapped!.Attributes) : [];
            var needsReview = mapped?.ConfirmedReferenceVersion is { } confirmed && confirmed < reference.CurrentVersion;
            return new CityImplementation(municipality, status, mapped, differences, needsReview);
        }).ToList();
        return new ImplementationComparison(reference, implementations);
    }
}

/// <summary>GraphQL type of <see cref="ImplementationComparison"/>.</summary>
public sealed class ImplementationComparisonType : ObjectGraphType<ImplementationComparison>
{
    public ImplementationComparisonType()
    {
        Name = "ImplementationComparison";
        Description = "One reference procedure and each compared city's implementation of it, side by side.";
        Field<NonNullGraphType<ReferenceProcedureType>>("reference").Description("The reference procedure compared against.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityImplementationType>>>>("implementations")
            .Description("One entry per municipality asked for, in the order asked.")
            .WithComplexityImpact(1, 1) // compareImplementations already multiplied by the number of municipalities.
            .Resolve(c => c.Source.Implementations);
    }
}

/// <summary>GraphQL type of <see cref="CityImplementation"/>.</summary>
public sealed class CityImplementationType : ObjectGraphType<CityImplementation>
{
    public CityImplementationType()
    {
        Name = "CityImplementation";
        Description = "One city's implementation of a reference procedure: its procedure's key attributes and how they differ from the reference.";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The city.").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<ImplementationStatusType>>("status").Description("Whether the city implements the procedure, declared it not offered, or says nothing.").Resolve(c => c.Source.Status);
        Field<CityProcedureType>("procedure").Description("The city's procedure mapped to the reference (or its declaration of not offering it).").Resolve(c => c.Source.Procedure);
        Field<StringGraphType>("siaCode").Description("The city procedure's SIA code.").Resolve(c => c.Source.Procedure?.SiaCode);
        Field<UnitType>("responsibleUnit").Description("The city procedure's responsible unit, when the DIR3 mirror has it.")
            .Resolve(c => c.Loaders().Units.LoadOrMissing(c.Source.Procedure?.ResponsibleUnitCode));
        Field<ProcedureAttributesType>("attributes").Description("The city procedure's attributes: term, silence, initiation, electronic level, fees, legal basis…").Resolve(c => c.Source.Procedure?.IsOffered == true ? c.Source.Procedure.Attributes : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeDifferenceType>>>>("differences")
            .Description("The attributes the reference states that the city leaves empty (`kind: MISSING`) or states otherwise (`kind: DIFFERENT`), each with both values in the schema's own types (enum values such as `FULLY_ONLINE`, a term as `{ amount unit }`). Fields the reference leaves empty prescribe nothing and are not listed. Labels for people (Spanish) are the web app's and the exports' business.").Resolve(c => c.Source.Differences);
        Field<NonNullGraphType<BooleanGraphType>>("needsReferenceReview")
            .Description("True when the reference has a newer version than the one the city confirmed.")
            .Resolve(c => c.Source.NeedsReferenceReview);
    }
}

/// <summary>GraphQL enum of <see cref="ImplementationStatus"/>.</summary>
public sealed class ImplementationStatusType : DescribedEnumType<ImplementationStatus>
{
    public ImplementationStatusType() : base("ImplementationStatus", "How a city stands towards a reference procedure.", new Dictionary<ImplementationStatus, string>
    {
        [ImplementationStatus.Implemented] = "The city offers a procedure mapped to the reference.",
        [ImplementationStatus.NotOffered] = "The city declared that it does not offer the reference procedure.",
        [ImplementationStatus.NotMapped] = "The city's catalog says nothing about the reference procedure.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="DifferenceKind"/>.</summary>
public sealed class DifferenceKindType : DescribedEnumType<DifferenceKind>
{
    public DifferenceKindType() : base("DifferenceKind", "How a city's attribute stands against the reference's.", new Dictionary<DifferenceKind, string>
    {
        [DifferenceKind.Missing] = "The city left the field empty where the reference states a value.",
        [DifferenceKind.Different] = "The city states a value other than the reference's.",
    })
    {
    }
}

/// <summary>GraphQL type of <see cref="AttributeDifference"/>.</summary>
public sealed class AttributeDifferenceType : ObjectGraphType<AttributeDifference>
{
    public AttributeDifferenceType()
    {
        Name = "AttributeDifference";
        Description = "One attribute where a city does not match the reference. `reference` and `city` are attribute values holding only the field named by `field` (the other fields are empty), so a value is read in its own type: `reference { electronicLevel }` is `FULLY_ONLINE`, `reference { resolutionTerm { amount unit } }` is `3`, `MONTHS`.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The attribute, named as `ProcedureAttributes` names it: `initiation`, `silenceEffect`, `resolutionTerm`, `endsAdministrativeRoute`, `recipients`, `electronicLevel`, `channels`, `fees` or `legalBasis`.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<DifferenceKindType>>("kind").Description("`MISSING` when the city left the field empty, `DIFFERENT` when it states another value.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AttributeValueType>>("reference").Description("The reference's value of the field.").Resolve(c => c.Source.Reference);
        Field<AttributeValueType>("city").Description("The city's value of the field; null when `MISSING`.").Resolve(c => c.Source.City);
    }
}

/// <summary>The value of one attribute in the schema's own types (the other attributes empty).</summary>
public sealed class AttributeValueType : ObjectGraphType<ProcedureAttributes>
{
    public AttributeValueType()
    {
        Name = "AttributeValue";
        Description = "The value of one procedure attribute, in the field of that name; every other field is null or empty.";
        Field<InitiationType>("initiation").Description("How the procedure starts.").Resolve(c => c.Source.Initiation);
        Field<SilenceEffectType>("silenceEffect").Description("What silence means when the term expires.").Resolve(c => c.Source.SilenceEffect);
        Field<ResolutionTermType>("resolutionTerm").Description("The term to resolve: `amount` and `unit`.").Resolve(c => c.Source.ResolutionTerm);
        Field<BooleanGraphType>("endsAdministrativeRoute").Description("Whether the resolution ends the administrative route.").Resolve(c => c.Source.EndsAdministrativeRoute);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecipientType>>>>("recipients").Description("Who the procedure is for.")
            .Resolve(c => Enum.GetValues<Recipients>().Where(r => r != Recipients.None && c.Source.Recipients.HasFlag(r)).ToList());
        Field<ElectronicLevelType>("electronicLevel").Description("How far it can be carried out electronically.").Resolve(c => c.Source.ElectronicLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels").Description("Where it can be carried out.")
            .Resolve(c => Enum.GetValues<Channels>().Where(ch => ch != Channels.None && c.Source.Channels.HasFlag(ch)).ToList());
        Field<StringGraphType>("fees").Description("Fees as stated.").Resolve(c => c.Source.Fees);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalReferenceType>>>>("legalBasis").Description("The legal references.").Resolve(c => c.Source.LegalBasis);
    }
}
