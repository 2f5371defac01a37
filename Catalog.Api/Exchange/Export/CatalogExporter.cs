using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Catalog.Api.Exchange.Formats;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Exchange.Export;

/// <summary>
/// Writes a city catalog or the reference catalog as CSV, XLSX, JSON or CPSV-AP 3.2.0 (JSON-LD or Turtle). Procedures are read
/// from the database as a stream and written as they come, so a catalog of any size exports in bounded memory.
/// A city catalog export holds the city's active procedures (withdrawn ones are history, not catalog).
/// </summary>
public sealed class CatalogExporter(CatalogDbContextFactory databases, IOptions<ExchangeOptions> options, TimeProvider clock)
{
    /// <summary>The reference catalog's columns: the code and process, then the attribute columns of city catalogs.</summary>
    public static IReadOnlyList<string> ReferenceColumns { get; } =
    [
        "code", "processCode", "processName", "name", "description", "exampleSiaCode",
        .. CatalogEntry.AttributeColumns.Select(CatalogColumns.NameOf),
        "version", "retired",
    ];

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Keep accents and ñ readable; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushThreshold = 1 << 15;

    public static string FileName(Municipality municipality, CatalogFormat format)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return $"catalog-{municipality.IneCode}.{format.Extension()}";
    }

    public static string ReferenceFileName(CatalogFormat format) => $"reference-catalog.{format.Extension()}";

    /// <summary>Writes the active procedures of <paramref name="municipality"/>'s catalog to <paramref name="output"/>.</summary>
    public async Task WriteCityCatalogAsync(Municipality municipality, CatalogFormat format, Stream output, Uri? baseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(output);
        await using var db = databases.CreateDbContext();
        var referenceCodes = await db.ReferenceProcedures.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        var procedures = db.CityProcedures.AsNoTracking()
            .Where(p => p.MunicipalityIneCode == municipality.IneCode && p.Status == CityProcedureStatus.Active)
            .OrderBy(p => p.Id)
            .AsAsyncEnumerable();
        string? CodeOf(CityProcedure p) => p.ReferenceProcedureId is { } id ? referenceCodes.GetValueOrDefault(id) : null;
        switch (format)
        {
            case CatalogFormat.Csv or CatalogFormat.Xlsx:
                await WriteSheetAsync(format, output, $"Catálogo {municipality.IneCode}", CatalogColumns.All.Select(CatalogColumns.NameOf).ToList(),
                    procedures.Select(p => (IReadOnlyList<string?>)CatalogColumns.All.Select(CatalogEntry.From(p, CodeOf(p)).Cell).ToArray()), cancellationToken);
                break;
            case CatalogFormat.Json:
                await WriteCityJsonAsync(municipality, procedures, CodeOf, output, cancellationToken);
                break;
            case CatalogFormat.JsonLd or CatalogFormat.Turtle:
                {
                    var cpsv = new CpsvApWriter(BaseUri(baseUri));
                    await using var document = RdfDocumentWriter.Create(format, output, cpsv.Prefixes);
                    await cpsv.WriteCityCatalogAsync(document, db, municipality, procedures, cancellationToken);
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Writes every reference procedure, retired ones included (marked), ordered by process and code.</summary>
    public async Task WriteReferenceCatalogAsync(CatalogFormat format, Stream output, Uri? baseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = databases.CreateDbContext();
        var processes = await db.ReferenceProcesses.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var procedures = db.ReferenceProcedures.AsNoTracking()
            .OrderBy(p => p.ProcessId).ThenBy(p => p.Code)
            .AsAsyncEnumerable();
        switch (format)
        {
            case CatalogFormat.Csv or CatalogFormat.Xlsx:
                await WriteSheetAsync(format, output, "Catálogo de referencia", ReferenceColumns,
                    procedures.Select(p => ReferenceRow(p, processes[p.ProcessId])), cancellationToken);
                break;
            case CatalogFormat.Json:
                await WriteReferenceJsonAsync(procedures, processes, output, cancellationToken);
                break;
            case CatalogFormat.JsonLd or CatalogFormat.Turtle:
                {
                    var cpsv = new CpsvApWriter(BaseUri(baseUri));
                    await using var document = RdfDocumentWriter.Create(format, output, cpsv.Prefixes);
                    await cpsv.WriteReferenceCatalogAsync(document, procedures, cancellationToken);
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>
    /// The base the caller gives wins (the command line's <c>--base-uri</c>, or the HTTP endpoint's public base), then
    /// <c>Exchange:PublicBaseUri</c>, then the local default.
    /// </summary>
    private Uri BaseUri(Uri? given) => given ?? options.Value.PublicBaseUri ?? new Uri("http://localhost:5080/");

    internal static async Task WriteSheetAsync(CatalogFormat format, Stream output, string sheetName, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        // A workbook is a zip package, which needs a seekable stream: build it in a temporary file, then copy it out.
        var direct = format == CatalogFormat.Csv || output.CanSeek;
        var target = direct ? output : TemporaryFile();
        try
        {
            await using (var writer = SheetWriter.Create(format, target, sheetName))
            {
                await writer.WriteRowAsync(header, cancellationToken);
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    await writer.WriteRowAsync(row, cancellationToken);
                }

                await writer.CompleteAsync(cancellationToken);
            }

            if (!direct)
            {
                target.Position = 0;
                await target.CopyToAsync(output, cancellationToken);
            }
        }
        finally
        {
            if (!direct)
            {
                await target.DisposeAsync();
            }
        }
    }

    private static FileStream TemporaryFile()
        => new(Path.Combine(Path.GetTempPath(), $"catalog-export-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static string?[] ReferenceRow(ReferenceProcedure procedure, ReferenceProcess process)
        =>
        [
            procedure.Code, process.Code, process.Name, procedure.Name, procedure.Description, procedure.ExampleSiaCode,
            .. CatalogEntry.AttributeColumns.Select(column => CatalogEntry.AttributeCell(procedure.Attributes, column)),
            procedure.CurrentVersion.ToString(CultureInfo.InvariantCulture), CatalogVocabulary.Describe(procedure.IsRetired),
        ];

    private async Task WriteCityJsonAsync(Municipality municipality, IAsyncEnumerable<CityProcedure> procedures, Func<CityProcedure, string?> referenceCode,
        Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, JsonOptions);
        StartCatalogJson(json, "procedures-catalog/city-catalog", () =>
        {
            json.WriteStartObject("municipality");
            json.WriteString("ineCode", municipality.IneCode);
            json.WriteString("name", municipality.Name);
            json.WriteString("displayName", municipality.DisplayName);
            json.WriteString("councilDir3Code", municipality.CouncilDir3Code);
            json.WriteEndObject();
        });
        await WriteEachAsync(json, procedures, procedure =>
        {
            var entry = CatalogEntry.From(procedure, referenceCode(procedure));
            json.WriteStartObject();
            WriteIfNotNull(json, CatalogColumn.LocalId, entry.LocalId);
            json.WriteString(CatalogColumns.NameOf(CatalogColumn.LocalName), entry.LocalName);
            WriteIfNotNull(json, CatalogColumn.Description, entry.Description);
            WriteIfNotNull(json, CatalogColumn.SiaCode, entry.SiaCode);
            WriteIfNotNull(json, CatalogColumn.UnitDir3Code, entry.UnitDir3Code);
            WriteIfNotNull(json, CatalogColumn.ReferenceCode, entry.ReferenceCode);
            WriteAttributes(json, entry.Attributes);
            json.WriteBoolean(CatalogColumns.NameOf(CatalogColumn.Offered), entry.Offered);
            json.WriteEndObject();
        }, cancellationToken);
        await EndJsonAsync(json, cancellationToken);
    }

    private async Task WriteReferenceJsonAsync(IAsyncEnumerable<ReferenceProcedure> procedures, Dictionary<long, ReferenceProcess> processes, Stream output,
        CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, JsonOptions);
        StartCatalogJson(json, "procedures-catalog/reference-catalog", () => { });
        await WriteEachAsync(json, procedures, procedure =>
        {
            var process = processes[procedure.ProcessId];
            json.WriteStartObject();
            json.WriteString("code", procedure.Code);
            json.WriteString("processCode", process.Code);
            json.WriteString("processName", process.Name);
            json.WriteString("name", procedure.Name);
            if (procedure.Description is not null)
            {
                json.WriteString("description", procedure.Description);
            }

            if (procedure.ExampleSiaCode is not null)
            {
                json.WriteString("exampleSiaCode", procedure.ExampleSiaCode);
            }

            WriteAttributes(json, procedure.Attributes);
            json.WriteNumber("version", procedure.CurrentVersion);
            json.WriteBoolean("retired", procedure.IsRetired);
            json.WriteEndObject();
        }, cancellationToken);
        await EndJsonAsync(json, cancellationToken);
    }

    /// <summary>Opens the document object, writes its heading and opens the <c>procedures</c> array.</summary>
    private void StartCatalogJson(Utf8JsonWriter json, string format, Action heading)
    {
        json.WriteStartObject();
        json.WriteString("format", format);
        json.WriteNumber("formatVersion", 1);
        heading();
        json.WriteString("exportedAt", clock.GetUtcNow());
        json.WriteStartArray("procedures");
    }

    /// <summary>Writes each item as it comes, sending the buffered JSON out whenever enough has gathered.</summary>
    internal static async Task WriteEachAsync<T>(Utf8JsonWriter json, IAsyncEnumerable<T> items, Action<T> write, CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            write(item);
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
    }

    /// <summary>Closes the array and the document object opened at the start, and flushes.</summary>
    internal static async Task EndJsonAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteIfNotNull(Utf8JsonWriter json, CatalogColumn column, string? value)
    {
        if (value is not null)
        {
            json.WriteString(CatalogColumns.NameOf(column), value);
        }
    }

    /// <summary>Attributes under their column names, coded values as enum names, lists as arrays, absent values omitted.</summary>
    private static void WriteAttributes(Utf8JsonWriter json, ProcedureAttributes attributes)
    {
        // A field stated "as the regulation says" is written in the words an import reads it back from.
        string? Regulated(RegulatedAttributes field) => attributes.AsRegulated.HasFlag(field) ? CatalogVocabulary.AsRegulatedWords : null;
        WriteIfNotNull(json, CatalogColumn.Initiation, attributes.Initiation?.ToString() ?? Regulated(RegulatedAttributes.Initiation));
        WriteIfNotNull(json, CatalogColumn.SilenceEffect, attributes.SilenceEffect?.ToString() ?? Regulated(RegulatedAttributes.SilenceEffect));
        if (attributes.ResolutionTermAmount is { } amount)
        {
            json.WriteNumber(CatalogColumns.NameOf(CatalogColumn.TermAmount), amount);
        }
        else
        {
            WriteIfNotNull(json, CatalogColumn.TermAmount, Regulated(RegulatedAttributes.ResolutionTerm));
        }

        WriteIfNotNull(json, CatalogColumn.TermUnit, attributes.ResolutionTermUnit?.ToString());
        if (attributes.EndsAdministrativeRoute is { } ends)
        {
            json.WriteBoolean(CatalogColumns.NameOf(CatalogColumn.EndsAdministrativeRoute), ends);
        }
        else
        {
            WriteIfNotNull(json, CatalogColumn.EndsAdministrativeRoute, Regulated(RegulatedAttributes.EndsAdministrativeRoute));
        }

        WriteIfNotNull(json, CatalogColumn.ElectronicLevel, attributes.ElectronicLevel?.ToString());
        WriteFlags(json, CatalogColumn.Recipients, attributes.Recipients);
        WriteFlags(json, CatalogColumn.Channels, attributes.Channels);
        WriteIfNotNull(json, CatalogColumn.Fees, attributes.Fees);
        if (attributes.LegalBasis.Count > 0)
        {
            json.WriteStartArray(CatalogColumns.NameOf(CatalogColumn.LegalBasis));
            foreach (var reference in attributes.LegalBasis)
            {
                json.WriteStartObject();
                if (reference.Rank is not null)
                {
                    json.WriteString("rank", reference.Rank);
                }

                if (reference.Number is not null)
                {
                    json.WriteString("number", reference.Number);
                }

                json.WriteString("title", reference.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        foreach (var column in CatalogEntry.PublishedTextColumns)
        {
            WriteIfNotNull(json, column, CatalogEntry.AttributeCell(attributes, column));
        }
    }

    private static void WriteFlags<T>(Utf8JsonWriter json, CatalogColumn column, T flags) where T : struct, Enum
    {
        var bits = Convert.ToInt32(flags, CultureInfo.InvariantCulture);
        if (bits == 0)
        {
            return;
        }

        json.WriteStartArray(CatalogColumns.NameOf(column));
        foreach (var value in Enum.GetValues<T>())
        {
            var bit = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            if (bit != 0 && (bits & bit) == bit)
            {
                json.WriteStringValue(value.ToString());
            }
        }

        json.WriteEndArray();
    }
}
