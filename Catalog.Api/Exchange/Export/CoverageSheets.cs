using System.Globalization;
using Catalog.Api.CityCatalog;
using Catalog.Api.Exchange.Formats;
using Catalog.Db;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Exchange.Export;

/// <summary>
/// The working group's spreadsheets: one reference procedure compared across cities, and the national coverage, one
/// municipality a row. Headers and values are in Spanish, for people rather than for importing back.
/// </summary>
public sealed class CoverageSheets(CatalogDbContextFactory databases, NationalCoverageSnapshot coverage)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    private static readonly Dictionary<CatalogColumn, string> AttributeLabels = new()
    {
        [CatalogColumn.Initiation] = "Forma de inicio",
        [CatalogColumn.SilenceEffect] = "Efecto del silencio",
        [CatalogColumn.TermAmount] = "Plazo de resolución",
        [CatalogColumn.TermUnit] = "Unidad del plazo",
        [CatalogColumn.EndsAdministrativeRoute] = "Pone fin a la vía administrativa",
        [CatalogColumn.ElectronicLevel] = "Nivel de tramitación electrónica",
        [CatalogColumn.Recipients] = "Destinatarios",
        [CatalogColumn.Channels] = "Canales",
        [CatalogColumn.Fees] = "Tasas",
        [CatalogColumn.LegalBasis] = "Normativa",
        [CatalogColumn.Requirements] = "Requisitos",
        [CatalogColumn.Documents] = "Documentación",
        [CatalogColumn.ResolvingBody] = "Órgano de resolución",
        [CatalogColumn.Appeals] = "Recursos",
        [CatalogColumn.SubmissionPeriod] = "Plazo de presentación",
        [CatalogColumn.Family] = "Familia",
    };

    /// <summary>The coverage sheet's columns.</summary>
    public static IReadOnlyList<string> CoverageColumns { get; } =
    [
        "Código INE", "Municipio", "Código de provincia", "Provincia", "Código de comunidad", "Comunidad autónoma",
        "Procedimientos de referencia", "Asignados", "No ofrecidos", "Sin información", "Cobertura (%)",
    ];

    /// <summary>The download's file name, e.g. <c>comparacion-URB-001.xlsx</c>.</summary>
    public static string ComparisonFileName(ReferenceProcedure reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"comparacion-{reference.Code}.xlsx";
    }

    /// <summary>The coverage download's file name.</summary>
    public const string CoverageFileName = "cobertura.xlsx";

    /// <summary>
    /// One row per field (status, name, SIA code, unit, each attribute), a column for the reference and one per city in
    /// the order asked; the last row names, per city, the attributes that differ from the reference.
    /// </summary>
    public async Task WriteComparisonAsync(ReferenceProcedure reference, IReadOnlyList<Municipality> municipalities, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ImplementationComparison comparison;
        await using (var db = databases.CreateDbContext())
        {
            comparison = await ImplementationComparison.CompareAsync(db, reference, municipalities, cancellationToken);
        }

        var header = new List<string> { "Campo", $"Referencia {reference.Code}" };
        header.AddRange(comparison.Implementations.Select(i => $"{i.Municipality.Name} ({i.Municipality.IneCode})"));
        var cities = comparison.Implementations;
        string?[] Row(string label, string? referenceValue, Func<CityImplementation, string?> city) => [label, referenceValue, .. cities.Select(city)];
        string? Attribute(CityImplementation city, CatalogColumn column) => city.Status == ImplementationStatus.Implemented ? CatalogEntry.AttributeCell(city.Procedure!.Attributes, column) : null;

        var rows = new List<IReadOnlyList<string?>>
        {
            Row("Situación", "Procedimiento de referencia", c => Status(c.Status)),
            Row("Nombre", reference.Name, c => c.Procedure?.LocalName),
            Row("Código SIA", reference.ExampleSiaCode, c => c.Procedure?.SiaCode),
            Row("Unidad responsable (DIR3)", null, c => c.Procedure?.ResponsibleUnitCode),
        };
        rows.AddRange(CatalogEntry.AttributeColumns.Select(column => Row(AttributeLabels[column], CatalogEntry.AttributeCell(reference.Attributes, column), c => Attribute(c, column))));
        rows.Add(Row("Difiere de la referencia en", null, c => c.Status != ImplementationStatus.Implemented ? null : string.Join(", ",
            CatalogEntry.AttributeColumns.Where(column => Attribute(c, column) != CatalogEntry.AttributeCell(reference.Attributes, column)
                // What only the city publishes (its resolving body, its family) differs from nothing the reference prescribes.
                && !(CatalogEntry.PublishedTextColumns.Contains(column) && CatalogEntry.AttributeCell(reference.Attributes, column) is null))
                .Select(column => AttributeLabels[column]))));
        rows.Add(Row("Versión de la referencia por revisar", null, c => c.Procedure is null ? null : CatalogVocabulary.Describe(c.NeedsReferenceReview)));
        // A sheet name has at most 31 characters.
        var sheet = $"Comparación {reference.Code}";
        await CatalogExporter.WriteSheetAsync(CatalogFormat.Xlsx, output, sheet.Length <= 31 ? sheet : sheet[..31], header, rows.ToAsyncEnumerable(), cancellationToken);
    }

    /// <summary>Every municipality (of the community or province given), best covered first: the national view's ranking.</summary>
    public async Task WriteCoverageAsync(string? regionCode, string? provinceCode, Stream output, CancellationToken cancellationToken)
    {
        var national = await coverage.GetAsync(cancellationToken);
        var rows = national.Ranking(regionCode, provinceCode, CoverageRankingOrder.BestFirst)
            .ToAsyncEnumerable()
            .Select(r => (IReadOnlyList<string?>)
            [
                r.IneCode, r.Municipality.Name, r.Municipality.ProvinceCode, r.Municipality.ProvinceName, r.Municipality.RegionCode, r.Municipality.RegionName,
                Number(r.Counts.Total), Number(r.Counts.Mapped), Number(r.Counts.NotOffered), Number(r.Counts.Missing),
                (r.Counts.Share(r.Counts.Mapped) * 100).ToString("0.##", Spanish),
            ]);
        await CatalogExporter.WriteSheetAsync(CatalogFormat.Xlsx, output, "Cobertura", CoverageColumns, rows, cancellationToken);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Status(ImplementationStatus status) => status switch
    {
        ImplementationStatus.Implemented => "Implementado",
        ImplementationStatus.NotOffered => "Declarado no ofrecido",
        _ => "Sin información",
    };
}
