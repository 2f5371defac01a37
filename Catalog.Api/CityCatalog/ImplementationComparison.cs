using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
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

/// <summary>One city's implementation of a reference procedure, and how it differs from the reference.</summary>
public sealed record CityImplementation(Municipality Municipality, ImplementationStatus Status, CityProcedure? Procedure, IReadOnlyList<FieldChange> Differences, bool NeedsReferenceReview);

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
            var differences = status == ImplementationStatus.Implemented ? FieldChanges.OfAttributes(reference.Attributes, mapped!.Attributes) : [];
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("differences")
            .Description("The attributes where the city differs from the reference: `before` is the reference's value, `after` the city's.").Resolve(c => c.Source.Differences);
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
