using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Api.ReferenceCatalog;
using Catalog.Api.Registries;
using Catalog.Db;
using Catalog.Domain.Language;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>
/// What a procedure name of a city's catalog may be mapped to: the best reference procedures and the council's own SIA
/// entries (from the registry mirror), each with a score from 0 to 1 and the words of the name that matched. A
/// procedure that combines several reference procedures gets each of them among its suggestions.
/// </summary>
public sealed record MappingSuggestion(string Name, IReadOnlyList<NameMatch<ReferenceProcedure>> ReferenceProcedures, IReadOnlyList<NameMatch<SiaEntry>> SiaEntries)
{
    /// <summary>
    /// The score from which a suggestion is taken as the procedure's counterpart (the benchmark measures that names
    /// with no counterpart stay under it).
    /// </summary>
    public const double AcceptanceThreshold = 0.5;
}

/// <summary>The candidates of one municipality's mapping: the current reference procedures and the council's SIA entries.</summary>
public sealed class MappingCandidates
{
    private readonly NameMatcher<ReferenceProcedure> _references;
    private readonly NameMatcher<SiaEntry> _siaEntries;

    public MappingCandidates(IEnumerable<ReferenceProcedure> references, IEnumerable<SiaEntry> siaEntries)
    {
        _references = new NameMatcher<ReferenceProcedure>(references.Where(r => !r.IsRetired), r => r.Name);
        _siaEntries = new NameMatcher<SiaEntry>(siaEntries.Where(e => !e.IsGone && !e.IsWithdrawn), e => e.Name);
    }

    /// <summary>Reads the candidates of the municipality whose town council has <paramref name="councilCode"/>.</summary>
    public static async Task<MappingCandidates> LoadAsync(CatalogDbContext db, string councilCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var references = await db.ReferenceProcedures.AsNoTracking().Where(r => !r.IsRetired).ToListAsync(cancellationToken);
        return new MappingCandidates(references, await CouncilSiaEntriesAsync(db, councilCode, cancellationToken));
    }

    /// <summary>The SIA entries the council or a unit whose principal unit it is is responsible for.</summary>
    public static async Task<List<SiaEntry>> CouncilSiaEntriesAsync(CatalogDbContext db, string councilCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = db.Units.Where(u => u.Code == councilCode || u.PrincipalCode == councilCode).Select(u => u.Code);
        return await db.SiaEntries.AsNoTracking()
            .Where(e => !e.IsGone && !e.IsWithdrawn && (e.ResponsibleN1 == councilCode || units.Contains(e.ResponsibleUnitCode!)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The suggestions for one name (with its description or family, when known).</summary>
    public MappingSuggestion Suggest(string name, string? description = null, int first = 3)
        => new(name, _references.Match(name, description, first), _siaEntries.Match(name, description, first));

    /// <summary>The reference procedures alone, for the import's dry run.</summary>
    public IReadOnlyList<NameMatch<ReferenceProcedure>> SuggestReferences(string name, string? description = null, int first = 3)
        => _references.Match(name, description, first);
}

/// <summary>The <c>mappingSuggestions</c> root query.</summary>
public static class MappingSuggestionQueries
{
    /// <summary>Most names one request asks about (an import's dry run carries suggestions for larger files).</summary>
    public const int MaxNames = 1000;

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingSuggestionType>>>>("mappingSuggestions")
            .Description($"For each procedure name (as the council writes it), the reference procedures and the council's SIA entries it may be mapped to, best first, each with a score from 0 to 1 and the words that matched. Spanish-aware: case, accents, stop words, plural and gender, and the synonyms of municipal language count. A score of {MappingSuggestion.AcceptanceThreshold} or more is taken as a counterpart.")
            .WithComplexityImpact(Complexity.Coverage)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "The municipality (INE code or council DIR3 code): its council's SIA entries are suggested too.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names", $"The procedure names, at most {MaxNames}.")
            .Argument<ListGraphType<StringGraphType>>("descriptions", "Each name's description or family, in the same order (null where unknown); its words count less than the name's.")
            .Argument<IntGraphType>("first", "How many suggestions of each kind per name (1 to 10).", a => a.DefaultValue = 3)
            .ResolveAsync(async c =>
            {
                var names = c.GetArgument<List<string>>("names");
                var descriptions = c.GetArgument<List<string?>?>("descriptions");
                var first = c.GetArgument<int>("first");
                if (names.Count > MaxNames)
                {
                    throw CatalogErrors.BadInput($"Give at most {MaxNames} names; this request has {names.Count}.", "names");
                }

                if (first is < 1 or > 10)
                {
                    throw CatalogErrors.BadInput("`first` must be from 1 to 10.", "first");
                }

                if (descriptions is not null && descriptions.Count != names.Count)
                {
                    throw CatalogErrors.BadInput($"Give one description per name ({names.Count}), null where there is none; {descriptions.Count} were given.", "descriptions");
                }

                var municipality = await MunicipalityQueries.FindAsync(c, c.GetArgument<string>("municipality"), "municipality");
                var candidates = await MappingCandidates.LoadAsync(c.Db(), municipality.CouncilDir3Code, c.CancellationToken);
                return names.Select((name, i) => candidates.Suggest(name, descriptions?[i], first)).ToList();
            });
    }
}

/// <summary>GraphQL type of <see cref="MappingSuggestion"/>.</summary>
public sealed class MappingSuggestionType : ObjectGraphType<MappingSuggestion>
{
    public MappingSuggestionType()
    {
        Name = "MappingSuggestion";
        Description = "What one procedure name may be mapped to: reference procedures and the council's SIA entries, best first.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name asked about, as given.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceMatchType>>>>("referenceProcedures")
            .Description("The reference procedures, best first; a procedure that combines several lists each of them.").Resolve(c => c.Source.ReferenceProcedures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiaEntryMatchType>>>>("siaEntries")
            .Description("The council's SIA entries from the registry mirror, best first: the SIA code the procedure may have.").Resolve(c => c.Source.SiaEntries);
    }
}

/// <summary>One reference procedure a name matched.</summary>
public sealed class ReferenceMatchType : ObjectGraphType<NameMatch<ReferenceProcedure>>
{
    public ReferenceMatchType()
    {
        Name = "ReferenceMatch";
        Description = "A reference procedure a name may be mapped to, with how well it matches.";
        Field<NonNullGraphType<ReferenceProcedureType>>("referenceProcedure").Description("The reference procedure.").Resolve(c => c.Source.Candidate);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("From 0 (nothing in common) to 1 (the same name).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Description($"True when the score reaches {MappingSuggestion.AcceptanceThreshold}, the threshold for a counterpart.")
            .Resolve(c => c.Source.Score >= MappingSuggestion.AcceptanceThreshold);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedWords").Description("The words of the name (folded) that matched, synonyms included.").Resolve(c => c.Source.MatchedWords);
    }
}

/// <summary>One SIA entry a name matched.</summary>
public sealed class SiaEntryMatchType : ObjectGraphType<NameMatch<SiaEntry>>
{
    public SiaEntryMatchType()
    {
        Name = "SiaEntryMatch";
        Description = "A SIA entry of the council a name may correspond to, with how well it matches.";
        Field<NonNullGraphType<SiaEntryType>>("siaEntry").Description("The SIA entry as the mirror holds it.").Resolve(c => c.Source.Candidate);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("From 0 (nothing in common) to 1 (the same name).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedWords").Description("The words of the name (folded) that matched, synonyms included.").Resolve(c => c.Source.MatchedWords);
    }
}
