using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Exchange.Import;

/// <summary>
/// <c>importCityCatalog</c>: the same import as the command line, through GraphQL. The file comes as an upload
/// (GraphQL multipart request spec, see <see cref="GraphQLMultipart"/>) or as base64 text for small files.
/// </summary>
public static class ImportMutation
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ImportReportType>>("importCityCatalog")
            .Description("Imports a city catalog from CSV, XLSX or JSON. A dry run returns the per-row report and writes nothing; a commit is all or nothing: any invalid row and nothing is written. Upserts by local id, else by SIA code. Editors of that municipality and admins.")
            .RequireRole(CatalogRole.Admin, CatalogRole.Editor)
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "The municipality: INE code or town council DIR3 code.")
            .Argument<NonNullGraphType<ImportFormatType>>("format", "The file's format.")
            .Argument<UploadGraphType>("file", "The file, uploaded with a multipart request (GraphQL multipart request spec).")
            .Argument<StringGraphType>("content", "The file as base64, for clients that cannot upload (small files: the request size limit applies).")
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", "True to only check the file and report what would happen.", a => a.DefaultValue = false)
            .Argument<ListGraphType<NonNullGraphType<ImportColumnMapInputType>>>("map", "Headers of the file mapped by hand to catalog columns (or to none, to leave them out); the aliases decide the others.")
            .ResolveAsync(async c =>
            {
                var actor = Permissions.Require(CityCatalogMutations.Actor(c));
                var map = ReadMap(c);
                await using var content = Content(c);
                return await c.RequestServices!.GetRequiredService<CityCatalogImporter>().ImportAsync(actor, c.GetArgument<string>("municipality"), content,
                    c.GetArgument<CatalogFormat>("format"), c.GetArgument<bool>("dryRun"), c.CancellationToken, map);
            });
    }

    private static ColumnMap ReadMap(IResolveFieldContext context)
    {
        var map = new ColumnMap();
        foreach (var entry in context.GetArgument<List<Dictionary<string, object?>>?>("map") ?? [])
        {
            var header = entry.GetValueOrDefault("header") as string;
            if (string.IsNullOrWhiteSpace(header))
            {
                throw CatalogErrors.BadInput("Each mapped column needs the header it maps, as the file writes it.", "map");
            }

            try
            {
                map.Add(header, ColumnMap.Field((entry.GetValueOrDefault("column") as string)?.Trim() ?? string.Empty, header));
            }
            catch (ImportFileException error)
            {
                throw CatalogErrors.BadInput(error.Message, "map");
            }
        }

        return map;
    }

    private static Stream Content(IResolveFieldContext context)
    {
        var upload = context.GetArgument<IFormFile?>("file");
        var base64 = context.GetArgument<string?>("content");
        if ((upload is null) == (base64 is null))
        {
            throw CatalogErrors.BadInput("Give the file either as an upload (`file`) or as base64 (`content`), not both and not neither.", "file");
        }

        if (upload is not null)
        {
            return upload.OpenReadStream();
        }

        var max = context.RequestServices!.GetRequiredService<IOptions<ExchangeOptions>>().Value.MaxImportBytes;
        if (base64!.Length / 4L * 3 > max)
        {
            throw CatalogErrors.BadInput($"The file is larger than the {max / 1024 / 1024} MB an import accepts.", "content");
        }

        try
        {
            return new MemoryStream(Convert.FromBase64String(base64), writable: false);
        }
        catch (FormatException)
        {
            throw CatalogErrors.BadInput("`content` is not valid base64.", "content");
        }
    }
}

/// <summary>The formats an import takes.</summary>
public sealed class ImportFormatType : DescribedEnumType<CatalogFormat>
{
    public ImportFormatType() : base("ImportFormat", "The formats a city catalog can be imported from.", new Dictionary<CatalogFormat, string>
    {
        [CatalogFormat.Csv] = "UTF-8 text (with or without BOM), `;` or `,` separated, a header row with the documented columns.",
        [CatalogFormat.Xlsx] = "An Excel workbook: the first sheet, a header row.",
        [CatalogFormat.Json] = "The JSON the export writes.",
    })
    {
    }
}

/// <summary>The result of an import or dry run.</summary>
public sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "What an import did (or would do, in a dry run), row by row. When any row is invalid nothing is written.";
        Field<NonNullGraphType<StringGraphType>>("municipalityIneCode").Description("The municipality imported into.").Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("True when nothing was meant to be written.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("committed").Description("True when the rows were written.").Resolve(c => c.Source.Committed);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Rows that create a procedure.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Rows that update a procedure.").Resolve(c => c.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Rows that match a procedure as it is.").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("invalid").Description("Rows with problems.").Resolve(c => c.Source.Invalid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportColumnType>>>>("columns")
            .Description("Every header of the file as read: the catalog column it gives, or why it is ignored (unknown, left out by the map, or repeating a column).")
            .Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ignoredColumns")
            .Description("The headers the import left out, in file order: a warning, not a refusal. Map one with `map` to import it.")
            .Resolve(c => c.Source.IgnoredColumns.Select(i => i.Header).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowReportType>>>>("rows")
            .Description("Each row's outcome; `onlyProblems` keeps the rows with problems.")
            .Argument<BooleanGraphType>("onlyProblems", "Only rows with problems (default true).", a => a.DefaultValue = true)
            .Resolve(c => c.GetArgument<bool>("onlyProblems") ? c.Source.Rows.Where(r => r.Problems.Count > 0).ToList() : c.Source.Rows);
    }
}

/// <summary>One row of an import report.</summary>
public sealed class ImportRowReportType : ObjectGraphType<ImportRowReport>
{
    public ImportRowReportType()
    {
        Name = "ImportRowReport";
        Description = "One row of an imported file: its number as a spreadsheet shows it, its key, outcome, changed fields and problems.";
        Field<NonNullGraphType<IntGraphType>>("row").Description("The row's number in the file (the header is row 1).").Resolve(c => c.Source.Row);
        Field<StringGraphType>("key").Description("What the row is matched by: its local id or SIA code.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("CREATE, UPDATE, UNCHANGED or INVALID.").Resolve(c => c.Source.Outcome.ToString().ToUpperInvariant());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields").Description("For an update, the fields that change.").Resolve(c => c.Source.ChangedFields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemType>>>>("problems").Description("What is wrong with the row.").Resolve(c => c.Source.Problems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityCatalog.CatalogWarningType>>>>("warnings")
            .Description("What the row may do but deserves a look, as `createCityProcedure` warns: a SIA code or unit the registry mirror does not know yet.")
            .Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityCatalog.ReferenceMatchType>>>>("suggestions")
            .Description("In a dry run, for an offered row without a reference code: the reference procedures it may be mapped to, best first (from its name, description and family).")
            .Resolve(c => c.Source.Suggestions);
    }
}

/// <summary>A header of an imported file mapped by hand.</summary>
public sealed class ImportColumnMapInputType : InputObjectGraphType
{
    public ImportColumnMapInputType()
    {
        Name = "ImportColumnMapInput";
        Description = "One header of the file and the catalog column it holds (`Columna=campo` on the command line).";
        Field<NonNullGraphType<StringGraphType>>("header").Description("The header as the file writes it (case, accents and punctuation do not count).");
        Field<StringGraphType>("column").Description("The catalog column (`localName`, `requirements`…, or any accepted alias); null or empty to leave the header out.");
    }
}

/// <summary>A header of an imported file as read.</summary>
public sealed class ImportColumnType : ObjectGraphType<DetectedColumn>
{
    public ImportColumnType()
    {
        Name = "ImportColumn";
        Description = "A header of an imported file: the catalog column it is read as, or why it is ignored.";
        Field<NonNullGraphType<StringGraphType>>("header").Description("The header as the file writes it.").Resolve(c => c.Source.Header);
        Field<StringGraphType>("column").Description("The catalog column it is read as (canonical name, e.g. `localName`); null when ignored.")
            .Resolve(c => c.Source.Column is { } column ? CatalogColumns.NameOf(column) : null);
        Field<StringGraphType>("ignoredBecause").Description("Why the header is ignored; null when it is read.").Resolve(c => c.Source.IgnoredBecause);
    }
}

/// <summary>One problem of an import row.</summary>
public sealed class ImportProblemType : ObjectGraphType<ImportProblem>
{
    public ImportProblemType()
    {
        Name = "ImportProblem";
        Description = "What is wrong in a row, and in which column.";
        Field<StringGraphType>("column").Description("The column as the file names it; null for the row as a whole.").Resolve(c => c.Source.Column);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong.").Resolve(c => c.Source.Message);
    }
}
