using System.CommandLine;
using Catalog.Api.Auth;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Db;
using Catalog.Domain;

namespace Catalog.Api.Exchange;

/// <summary>The <c>import</c> and <c>export</c> commands of the API program (registered in <see cref="ApiCommandLine.Commands"/>).</summary>
public static class ExchangeCommands
{
    /// <summary><c>import</c>: checks a city catalog file, then writes all its rows or none.</summary>
    public static Command CreateImport()
    {
        var municipality = new Option<string>("--municipality") { Description = "the city (INE code or council DIR3 code)", Required = true, HelpName = "code" };
        var file = new Option<string>("--file") { Description = "the catalog to import (.csv, .xlsx or .json)", Required = true, HelpName = "path" };
        var format = new Option<string?>("--format") { Description = "the file's format, when its name does not tell" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "json");
        var dryRun = new Option<bool>("--dry-run") { Description = "only report what would change; write nothing" };
        var actor = new Option<string>("--as") { Description = "the admin the import is audited as", DefaultValueFactory = _ => "cli", HelpName = "subject" };
        var map = new Option<string[]>("--map")
        {
            Description = "read a header as a column: \"Columna=campo\" (e.g. \"Trámite=localName\"; \"Notas=\" leaves it out); repeat for more",
            HelpName = "header=field",
            AllowMultipleArgumentsPerToken = false,
        };
        return new ApiCommand("import", "import a city catalog: checks every row, then writes all of them or none (exit 1 when a row is invalid)", context =>
            RunImportAsync(context, context.Parse.GetRequiredValue(municipality), ApiCommandContext.ResolvePath(context.Parse.GetRequiredValue(file)),
                context.Parse.GetValue(format), context.Parse.GetValue(dryRun), context.Parse.GetValue(actor) ?? "cli", context.Parse.GetValue(map)))
        {
            municipality, file, format, dryRun, actor, map,
        };
    }

    /// <summary><c>export</c>: writes a city catalog or the reference catalog.</summary>
    public static Command CreateExport()
    {
        var municipality = new Option<string?>("--municipality") { Description = "the city to export (INE code or council DIR3 code)", HelpName = "code" };
        var reference = new Option<bool>("--reference") { Description = "export the reference catalog instead" };
        var format = new Option<string>("--format") { Description = "the file format", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx", "json", "jsonld", "ttl");
        var outPath = new Option<string?>("--out") { Description = "the file to write (required for xlsx); without it, text goes to standard output", HelpName = "path" };
        var baseUri = new Option<string?>("--base-uri") { Description = "base of the IRIs in JSON-LD and Turtle (overrides Exchange:PublicBaseUri)", HelpName = "url" };
        return new ApiCommand("export", "export a city catalog or the reference catalog", context =>
            RunExportAsync(context, context.Parse.GetValue(municipality), context.Parse.GetValue(reference), context.Parse.GetRequiredValue(format),
                context.Parse.GetValue(outPath) is { } path ? ApiCommandContext.ResolvePath(path) : null, context.Parse.GetValue(baseUri)))
        {
            municipality, reference, format, outPath, baseUri,
        };
    }

    private static async Task<int> RunImportAsync(ApiCommandContext context, string municipality, string path, string? formatText, bool dryRun, string actorName,
        string[]? mapEntries)
    {
        ColumnMap map;
        try
        {
            map = ColumnMap.Parse(mapEntries);
        }
        catch (ImportFileException error)
        {
            throw new CommandLineException($"--map: {error.Message}");
        }

        var (services, output, cancellationToken) = (context.Services, context.Output, context.Cancellation);
        var format = formatText is not null
            ? CatalogFormats.Find(formatText) ?? throw new CommandLineException($"Unknown format '{formatText}'; use csv, xlsx or json.")
            : CatalogFormats.FromFileName(path);
        var actor = new CatalogActor(actorName, CatalogRole.Admin, new HashSet<string>(), ApiKeyId: null);
        if (!File.Exists(path))
        {
            throw new CommandLineException($"File '{path}' does not exist.");
        }

        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var report = await services.GetRequiredService<CityCatalogImporter>()
                .ImportAsync(actor, municipality, file, format, dryRun, cancellationToken, map);
            await output.WriteAsync(report.Describe());
            return report.IsValid ? 0 : 1;
        }
        catch (DomainRuleException error)
        {
            await context.Error.WriteLineAsync($"{Path.GetFileName(path)}: {error.Message}");
            return 1;
        }
    }

    private static async Task<int> RunExportAsync(ApiCommandContext context, string? code, bool reference, string formatText, string? outPath, string? baseText)
    {
        var (services, output, cancellationToken) = (context.Services, context.Output, context.Cancellation);
        var format = CatalogFormats.Find(formatText) ?? throw new CommandLineException($"Unknown format '{formatText}'; use csv, xlsx, json, jsonld or ttl.");
        if (reference == (code is not null))
        {
            throw new CommandLineException("Give either --municipality <code> or --reference.");
        }

        if (outPath is null && format == CatalogFormat.Xlsx)
        {
            throw new CommandLineException("XLSX is a binary format: give --out <file>.");
        }

        var baseUri = baseText is not null
            ? Uri.TryCreate(baseText.EndsWith('/') ? baseText : baseText + "/", UriKind.Absolute, out var parsed) ? parsed : throw new CommandLineException($"--base-uri '{baseText}' is not an absolute URL.")
            : null;
        var exporter = services.GetRequiredService<CatalogExporter>();
        Domain.Municipalities.Municipality? municipality = null;
        if (code is not null)
        {
            try
            {
                await using var db = services.GetRequiredService<CatalogDbContextFactory>().CreateDbContext();
                municipality = await MunicipalityCodes.FindAsync(db, code, cancellationToken);
            }
            catch (DomainRuleException error)
            {
                await context.Error.WriteLineAsync(error.Message);
                return 1;
            }
        }

        async Task WriteAsync(Stream stream)
        {
            if (municipality is not null)
            {
                await exporter.WriteCityCatalogAsync(municipality, format, stream, baseUri, cancellationToken);
            }
            else
            {
                await exporter.WriteReferenceCatalogAsync(format, stream, baseUri, cancellationToken);
            }
        }

        if (outPath is not null)
        {
            await using (var file = new FileStream(outPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await WriteAsync(file);
            }

            await output.WriteLineAsync($"Wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes).");
            return 0;
        }

        if (ReferenceEquals(output, Console.Out))
        {
            await using var stdout = Console.OpenStandardOutput();
            await WriteAsync(stdout);
            return 0;
        }

        // Another writer (tests): the text goes through memory.
        using var buffer = new MemoryStream();
        await WriteAsync(buffer);
        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        await output.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
        return 0;
    }
}
