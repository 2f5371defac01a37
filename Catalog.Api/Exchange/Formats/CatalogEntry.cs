using System.Globalization;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;

namespace Catalog.Api.Exchange.Formats;

/// <summary>
/// A city procedure as catalog files carry it: one row of a spreadsheet, one object of the JSON export. Export writes
/// these and import reads them back, so an exported catalog imports to the same catalog.
/// </summary>
public sealed record CatalogEntry(
    string? LocalId,
    string LocalName,
    string? Description,
    string? SiaCode,
    string? UnitDir3Code,
    string? ReferenceCode,
    ProcedureAttributes Attributes,
    bool Offered)
{
    public static CatalogEntry From(CityProcedure procedure, string? referenceCode)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return new CatalogEntry(procedure.LocalId, procedure.LocalName, procedure.Description, procedure.SiaCode, procedure.ResponsibleUnitCode,
            referenceCode, procedure.Attributes, procedure.IsOffered);
    }

    /// <summary>The spreadsheet text of a column (Spanish words for coded values; see <see cref="CatalogVocabulary"/>).</summary>
    public string? Cell(CatalogColumn column) => column switch
    {
        CatalogColumn.LocalId => LocalId,
        CatalogColumn.LocalName => LocalName,
        CatalogColumn.Description => Description,
        CatalogColumn.SiaCode => SiaCode,
        CatalogColumn.UnitDir3Code => UnitDir3Code,
        CatalogColumn.ReferenceCode => ReferenceCode,
        CatalogColumn.Offered => CatalogVocabulary.Describe(Offered),
        _ => AttributeCell(Attributes, column),
    };

    /// <summary>The spreadsheet text of an attribute column, shared with the reference catalog export.</summary>
    public static string? AttributeCell(ProcedureAttributes attributes, CatalogColumn column)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return column switch
        {
            CatalogColumn.Initiation => attributes.Initiation is { } initiation ? CatalogVocabulary.Describe(initiation) : Regulated(attributes, RegulatedAttributes.Initiation),
            CatalogColumn.SilenceEffect => attributes.SilenceEffect is { } silence ? CatalogVocabulary.Describe(silence) : Regulated(attributes, RegulatedAttributes.SilenceEffect),
            CatalogColumn.TermAmount => attributes.ResolutionTermAmount?.ToString(CultureInfo.InvariantCulture) ?? Regulated(attributes, RegulatedAttributes.ResolutionTerm),
            CatalogColumn.TermUnit => attributes.ResolutionTermUnit is { } unit ? CatalogVocabulary.Describe(unit) : null,
            CatalogColumn.EndsAdministrativeRoute => attributes.EndsAdministrativeRoute is { } ends ? CatalogVocabulary.Describe(ends) : Regulated(attributes, RegulatedAttributes.EndsAdministrativeRoute),
            CatalogColumn.ElectronicLevel => attributes.ElectronicLevel is { } level ? CatalogVocabulary.Describe(level) : null,
            CatalogColumn.Recipients => attributes.Recipients == Recipients.None ? null : CatalogVocabulary.Describe(attributes.Recipients),
            CatalogColumn.Channels => attributes.Channels == Channels.None ? null : CatalogVocabulary.Describe(attributes.Channels),
            CatalogColumn.Fees => attributes.Fees,
            CatalogColumn.LegalBasis => attributes.LegalBasis.Count == 0 ? null : CatalogVocabulary.Describe(attributes.LegalBasis),
            CatalogColumn.Requirements => attributes.Requirements,
            CatalogColumn.Documents => attributes.Documents,
            CatalogColumn.ResolvingBody => attributes.ResolvingBody,
            CatalogColumn.Appeals => attributes.Appeals,
            CatalogColumn.SubmissionPeriod => attributes.SubmissionPeriod,
            CatalogColumn.Family => attributes.Family,
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not an attribute column."),
        };
    }

    private static string? Regulated(ProcedureAttributes attributes, RegulatedAttributes field)
        => attributes.AsRegulated.HasFlag(field) ? CatalogVocabulary.AsRegulatedWords : null;

    /// <summary>The free-text attribute columns councils publish (CPSV-AP and SIA meanings; see <see cref="ProcedureAttributes"/>).</summary>
    public static IReadOnlyList<CatalogColumn> PublishedTextColumns { get; } =
    [
        CatalogColumn.Requirements, CatalogColumn.Documents, CatalogColumn.ResolvingBody, CatalogColumn.Appeals, CatalogColumn.SubmissionPeriod, CatalogColumn.Family,
    ];

    /// <summary>The attribute columns, in export order.</summary>
    public static IReadOnlyList<CatalogColumn> AttributeColumns { get; } =
    [
        CatalogColumn.Initiation, CatalogColumn.SilenceEffect, CatalogColumn.TermAmount, CatalogColumn.TermUnit,
        CatalogColumn.EndsAdministrativeRoute, CatalogColumn.ElectronicLevel, CatalogColumn.Recipients, CatalogColumn.Channels,
        CatalogColumn.Fees, CatalogColumn.LegalBasis, CatalogColumn.Requirements, CatalogColumn.Documents, CatalogColumn.ResolvingBody,
        CatalogColumn.Appeals, CatalogColumn.SubmissionPeriod, CatalogColumn.Family,
    ];
}
