namespace Catalog.Api.Web.Components.Shared;

// Records the pages read GraphQL data into. Enum values stay the schema's names (`ON_APPLICATION`) and are turned
// into words by the resource files (`Initiation.ON_APPLICATION`), so a new enum value shows its name, never breaks.

/// <summary>The Law 39/2015 attributes of a procedure, as <c>ProcedureAttributes</c> in the schema.</summary>
public sealed record AttributesData(
    string? Initiation,
    string? SilenceEffect,
    ResolutionTermData? ResolutionTerm,
    bool? EndsAdministrativeRoute,
    IReadOnlyList<string> Recipients,
    string? ElectronicLevel,
    IReadOnlyList<string> Channels,
    string? Fees,
    IReadOnlyList<LegalReferenceData> LegalBasis,
    IReadOnlyList<string>? AsRegulated = null,
    string? Requirements = null,
    string? Documents = null,
    string? ResolvingBody = null,
    string? Appeals = null,
    string? SubmissionPeriod = null,
    string? Family = null)
{
    /// <summary>The selection that fills this record.</summary>
    public const string Selection = "initiation silenceEffect resolutionTerm { amount unit } endsAdministrativeRoute recipients electronicLevel channels fees legalBasis { rank number title } asRegulated requirements documents resolvingBody appeals submissionPeriod family";
}

/// <summary>A maximum resolution term: an amount of a unit.</summary>
public sealed record ResolutionTermData(int Amount, string Unit);

/// <summary>One legal reference: rank, number and title (a reference imported as free text holds the whole line as its title).</summary>
/// <remarks>Shown as a line by <see cref="AttributeText.Law(LegalReferenceData)"/>.</remarks>
public sealed record LegalReferenceData(string? Rank, string? Number, string Title);

/// <summary>A field changed between two versions, with its values before and after.</summary>
public sealed record FieldChangeData(string Field, string? Before, string? After);

/// <summary>A name and nothing else (a process, a municipality).</summary>
public sealed record NamedData(string Name);

/// <summary>A page of a connection: its total and its items.</summary>
public sealed record PageData<T>(int? TotalCount, IReadOnlyList<T> Items);
