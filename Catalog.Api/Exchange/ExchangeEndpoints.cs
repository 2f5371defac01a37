using Catalog.Api.CityCatalog;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Exchange;

/// <summary>
/// HTTP downloads of catalogs, next to <c>/graphql</c>: <c>GET /export/municipalities/{code}/catalog.{format}</c>
/// (code: INE or council DIR3) and <c>GET /export/reference-catalog.{format}</c>, format <c>csv</c>, <c>xlsx</c>,
/// <c>json</c>, <c>jsonld</c> or <c>ttl</c> (CPSV-AP as JSON-LD or Turtle); and the working group's spreadsheets: <c>GET /export/compare/{referenceCode}.xlsx?municipios=28006,29067</c>
/// and <c>GET /export/coverage.xlsx[?comunidad=13|provincia=28]</c>. Catalogs are public-sector information: reading needs no token.
/// </summary>
public static class ExchangeEndpoints
{
    public static IServiceCollection AddCatalogExchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExchangeOptions>(configuration.GetSection("Exchange"));
        services.AddSingleton<CatalogExporter>();
        services.AddSingleton<CoverageSheets>();
        services.AddSingleton<CityCatalogImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogExchange(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").WithTags("Export").RequireCors(Http.CrossOrigin.PolicyName);
        export.MapGet("/municipalities/{code}/catalog.{format}", ExportCityCatalogAsync);
        export.MapGet("/reference-catalog.{format}", ExportReferenceCatalog);
        export.MapGet("/compare/{referenceCode}.xlsx", ExportComparisonAsync);
        export.MapGet("/coverage.xlsx", ExportCoverage);
        return app;
    }

    private static async Task<IResult> ExportCityCatalogAsync(string code, string format, HttpContext context, CatalogDbContextFactory databases,
        CatalogExporter exporter, IOptions<ExchangeOptions> options)
    {
        if (ParseFormat(format) is not { } catalogFormat)
        {
            return UnknownFormat(format);
        }

        Domain.Municipalities.Municipality municipality;
        try
        {
            await using var db = databases.CreateDbContext();
            municipality = await MunicipalityCodes.FindAsync(db, code, context.RequestAborted);
        }
        catch (InvalidCodeException invalid)
        {
            return Results.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid municipality code");
        }
        catch (UnknownMunicipalityException unknown)
        {
            return Results.Problem(unknown.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown municipality");
        }

        var baseUri = PublicBase(options.Value, context.Request);
        return Results.Stream(output => exporter.WriteCityCatalogAsync(municipality, catalogFormat, output, baseUri, context.RequestAborted),
            catalogFormat.ContentType(), CatalogExporter.FileName(municipality, catalogFormat));
    }

    private static IResult ExportReferenceCatalog(string format, HttpContext context, CatalogExporter exporter, IOptions<ExchangeOptions> options)
    {
        if (ParseFormat(format) is not { } catalogFormat)
        {
            return UnknownFormat(format);
        }

        var baseUri = PublicBase(options.Value, context.Request);
        return Results.Stream(output => exporter.WriteReferenceCatalogAsync(catalogFormat, output, baseUri, context.RequestAborted),
            catalogFormat.ContentType(), CatalogExporter.ReferenceFileName(catalogFormat));
    }

    private static async Task<IResult> ExportComparisonAsync(string referenceCode, [FromQuery(Name = "municipios")] string? municipalities, HttpContext context,
        CatalogDbContextFactory databases, CoverageSheets sheets)
    {
        var codes = (municipalities ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length is 0 or > CityCatalogQueries.MaxComparedMunicipalities)
        {
            return Results.Problem($"Give 1 to {CityCatalogQueries.MaxComparedMunicipalities} municipalities to compare in `municipios`, separated by commas (e.g. ?municipios=28006,29067); {codes.Length} were given.",
                statusCode: StatusCodes.Status400BadRequest, title: "No municipalities to compare");
        }

        ReferenceProcedure? reference;
        var found = new List<Domain.Municipalities.Municipality>();
        await using (var db = databases.CreateDbContext())
        {
            try
            {
                foreach (var code in codes)
                {
                    var municipality = await MunicipalityCodes.FindAsync(db, code, context.RequestAborted);
                    if (!found.Any(m => m.IneCode == municipality.IneCode))
                    {
                        found.Add(municipality);
                    }
                }
            }
            catch (InvalidCodeException invalid)
            {
                return Results.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid municipality code");
            }
            catch (UnknownMunicipalityException unknown)
            {
                return Results.Problem(unknown.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown municipality");
            }

            reference = await db.ReferenceProcedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == referenceCode, context.RequestAborted);
        }

        if (reference is null)
        {
            return Results.Problem($"No reference procedure has code '{referenceCode}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown reference procedure");
        }

        return Results.Stream(output => sheets.WriteComparisonAsync(reference, found, output, context.RequestAborted),
            CatalogFormat.Xlsx.ContentType(), CoverageSheets.ComparisonFileName(reference));
    }

    private static IResult ExportCoverage([FromQuery(Name = "comunidad")] string? regionCode, [FromQuery(Name = "provincia")] string? provinceCode, HttpContext context, CoverageSheets sheets)
    {
        try
        {
            var region = NationalCoverageQueries.AreaCode(regionCode, "comunidad", 19);
            var province = NationalCoverageQueries.AreaCode(provinceCode, "provincia", 52);
            return Results.Stream(output => sheets.WriteCoverageAsync(region, province, output, context.RequestAborted),
                CatalogFormat.Xlsx.ContentType(), CoverageSheets.CoverageFileName);
        }
        catch (global::GraphQL.ExecutionError invalid)
        {
            return Results.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid area code");
        }
    }

    /// <summary>Only the extensions the routes document; aliases such as <c>cpsv</c> are for the command line.</summary>
    private static CatalogFormat? ParseFormat(string format)
        => format is "csv" or "xlsx" or "json" or "jsonld" or "ttl" ? CatalogFormats.Find(format) : null;

    private static IResult UnknownFormat(string format)
        => Results.Problem($"'{format}' is not an export format; use csv, xlsx, json, jsonld or ttl.", statusCode: StatusCodes.Status400BadRequest,
            title: "Unknown export format");

    /// <summary>The base of minted IRIs: <c>Exchange:PublicBaseUri</c> where configured, else the address the request came to.</summary>
    private static Uri PublicBase(ExchangeOptions options, HttpRequest request) => options.PublicBaseUri ?? new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
