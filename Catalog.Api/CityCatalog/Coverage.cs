using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.ReferenceCatalog;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>Counts of one slice of the reference catalog: how many procedures, and how the city stands on them.</summary>
public sealed record CoverageCounts(int Total, int Mapped, int NotOffered, int Missing)
{
    /// <summary>Share of <see cref="Total"/> in <paramref name="count"/>, 0 when there is nothing to cover.</summary>
    public double Share(int count) => Total == 0 ? 0 : Math.Round((double)count / Total, 4);
}

/// <summary>The coverage of one process of the reference catalog.</summary>
public sealed record ProcessCoverage(ReferenceProcess Process, CoverageCounts Counts);

/// <summary>
/// How much of the (current, not retired) reference catalog one municipality's catalog covers: each reference
/// procedure is mapped (an active offered procedure maps to it), declared not offered, or missing.
/// </summary>
public sealed record Coverage(Municipality Municipality, CoverageCounts Counts, IReadOnlyList<ProcessCoverage> Processes, IReadOnlyList<ReferenceProcedure> MissingProcedures)
{
    /// <summary>Computes the coverage with two queries: the reference catalog, and the municipality's mappings.</summary>
    public static async Task<Coverage> ComputeAsync(IResolveFieldContext context, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(municipality);
        var db = context.Db();
        var cancellation = context.CancellationToken;
        var references = await db.ReferenceProcedures.AsNoTracking().Include(p => p.Process).Where(p => !p.IsRetired)
            .OrderBy(p => p.Code).ToListAsync(cancellation);
        var mappings = await db.CityProcedures
            .Where(p => p.MunicipalityIneCode == municipality.IneCode && p.ReferenceProcedureId != null && p.Status == CityProcedureStatus.Active)
            .Select(p => new { ReferenceId = p.ReferenceProcedureId!.Value, p.IsOffered })
            .ToListAsync(cancellation);
        var offered = mappings.Where(m => m.IsOffered).Select(m => m.ReferenceId).ToHashSet();
        var declined = mappings.Where(m => !m.IsOffered).Select(m => m.ReferenceId).ToHashSet();

        CoverageCounts Count(IReadOnlyCollection<ReferenceProcedure> slice)
        {
            var mapped = slice.Count(p => offered.Contains(p.Id));
            var notOffered = slice.Count(p => !offered.Contains(p.Id) && declined.Contains(p.Id));
            return new CoverageCounts(slice.Count, mapped, notOffered, slice.Count - mapped - notOffered);
        }

        var processes = references.GroupBy(p => p.ProcessId)
            .Select(g => new ProcessCoverage(g.First().Process!, Count(g.ToList())))
            .OrderBy(p => p.Process.SortOrder).ThenBy(p => p.Process.Id)
            .ToList();
        var missing = references.Where(p => !offered.Contains(p.Id) && !declined.Contains(p.Id)).ToList();
        return new Coverage(municipality, Count(references), processes, missing);
    }
}

/// <summary>GraphQL type of <see cref="Coverage"/>.</summary>
public sealed class CoverageType : ObjectGraphType<Coverage>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "How much of the current reference catalog (retired procedures left out) one municipality's catalog covers.";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The municipality.").Resolve(c => c.Source.Municipality);
        CoverageCountsFields.AddTo(this, c => c.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcessCoverageType>>>>("processes").Description("The same counts per reference process, in the catalog's order.").Resolve(c => c.Source.Processes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceProcedureType>>>>("missingProcedures")
            .Description("The reference procedures the city's catalog says nothing about, sorted by code: what to map next.").Resolve(c => c.Source.MissingProcedures);
    }
}

/// <summary>GraphQL type of <see cref="ProcessCoverage"/>.</summary>
public sealed class ProcessCoverageType : ObjectGraphType<ProcessCoverage>
{
    public ProcessCoverageType()
    {
        Name = "ProcessCoverage";
        Description = "The coverage of one reference process by a municipality's catalog.";
        Field<NonNullGraphType<ReferenceProcessType>>("process").Description("The reference process.").Resolve(c => c.Source.Process);
        CoverageCountsFields.AddTo(this, c => c.Source.Counts);
    }
}

/// <summary>The count and share fields coverage types share.</summary>
internal static class CoverageCountsFields
{
    public static void AddTo<T>(ObjectGraphType<T> type, Func<IResolveFieldContext<T>, CoverageCounts> counts)
    {
        type.Field<NonNullGraphType<IntGraphType>>("total").Description("Reference procedures to cover.").Resolve(c => counts(c).Total);
        type.Field<NonNullGraphType<IntGraphType>>("mapped").Description("Reference procedures an active, offered city procedure is mapped to.").Resolve(c => counts(c).Mapped);
        type.Field<NonNullGraphType<IntGraphType>>("notOffered").Description("Reference procedures the city declared it does not offer.").Resolve(c => counts(c).NotOffered);
        type.Field<NonNullGraphType<IntGraphType>>("missing").Description("Reference procedures the city's catalog says nothing about.").Resolve(c => counts(c).Missing);
        type.Field<NonNullGraphType<FloatGraphType>>("mappedShare").Description("`mapped / total`, from 0 to 1 (0 when there is nothing to cover).").Resolve(c => counts(c).Share(counts(c).Mapped));
        type.Field<NonNullGraphType<FloatGraphType>>("notOfferedShare").Description("`notOffered / total`, from 0 to 1.").Resolve(c => counts(c).Share(counts(c).NotOffered));
        type.Field<NonNullGraphType<FloatGraphType>>("missingShare").Description("`missing / total`, from 0 to 1.").Resolve(c => counts(c).Share(counts(c).Missing));
    }
}
