using Catalog.Api.Auth;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Db;
using Catalog.Domain;

namespace Catalog.Api.Exchange;

/// <summary>The <c>import</c> and <c>export</c> commands of the API program.</summary>
public static class ExchangeCommands
{
    public static ApiCommand Import { get; } = new(
        "import",
        "import --municipality <INE or DIR3> --file <catalog.csv|.xlsx|.json> [--format csv|xlsx|json] [--dry-run] [--as <subject>]",
        "Imports a city catalog: checks every row, then writes all of them or none. --dry-run only reports. Acts as an admin named by --as (default cli).",
        RunImportAsync);

    public static ApiCommand Export { get; } = new(
        "export",
        "export (--municipality <INE or DIR3> | --reference) --format csv|xlsx|json|jsonld [--out <file>] [--base-uri <url>]",
        "Exports a city catalog or the reference catalog; without --out, text formats go to standard output.",
        RunExportAsync);

    private static async Task<int> RunImportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var municipality = ApiCommandLine.Option(args, "--municipality") ?? throw new CommandLineException("Give --municipality (INE code or council DIR3 code).");
        var path = ApiCommandLine.Option(args, "--file") ?? throw new CommandLineException("Give --file, the catalog to import.");
        var format = ApiCommandLine.Option(args, "--format") is { } formatText
            ? CatalogFormats.Find(formatText) ?? throw new CommandLineException($"Unknown format '{formatText}'; use csv, xlsx or json.")
            : CatalogFormats.FromFileName(path);
        var actor = new CatalogActor(ApiCommandLine.Option(args, "--as") ?? "cli", CatalogRole.Admin, new HashSet<string>(), ApiKeyId: null);
        if (!File.Exists(path))
        {
            throw new CommandLineException($"File '{path}' does not exist.");
        }

        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var report = await services.GetRequiredService<CityCatalogImporter>()
                .ImportAsync(actor, municipality, file, format, args.Contains("--dry-run"), cancellationToken);
            await output.WriteAsync(report.Describe());
            return report.IsValid ? 0 : 1;
        }
        catch (DomainRuleException error)
        {
            await output.WriteLineAsync($"{Path.GetFileName(path)}: {error.Message}");
            return 1;
        }
    }

    private static async Task<int> RunExportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var formatText = ApiCommandLine.Option(args, "--format") ?? throw new CommandLineException("Give --format: csv, xlsx, json or jsonld.");
        var format = CatalogFormats.Find(formatText) ?? throw new CommandLineException($"Unknown format '{formatText}'; use csv, xlsx, json or jsonld.");
        var code = ApiCommandLine.Option(args, "--municipality");
        var reference = args.Contains("--reference");
        if (reference == (code is not null))
        {
            throw new CommandLineException("Give either --municipality <code> or --reference.");
        }

        var outPath = ApiCommandLine.Option(args, "--out");
        if (outPath is null && format == CatalogFormat.Xlsx)
        {
            throw new CommandLineException("XLSX is a binary format: give --out <file>.");
        }

        var baseUri = ApiCommandLine.Option(args, "--base-uri") is { } baseText
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
                await output.WriteLineAsync(error.Message);
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
