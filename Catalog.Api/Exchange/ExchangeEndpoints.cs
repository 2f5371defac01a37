using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Db;
using Catalog.Domain;

namespace Catalog.Api.Exchange;

/// <summary>
/// HTTP downloads of catalogs, next to <c>/graphql</c>: <c>GET /export/municipalities/{code}/catalog.{format}</c>
/// (code: INE or council DIR3) and <c>GET /export/reference-catalog.{format}</c>, format <c>csv</c>, <c>xlsx</c>,
/// <c>json</c> or <c>jsonld</c>. Catalogs are public-sector information: reading needs no token.
/// </summary>
public static class ExchangeEndpoints
{
    public static IServiceCollection AddCatalogExchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExchangeOptions>(configuration.GetSection("Exchange"));
        services.AddSingleton<CatalogExporter>();
        services.AddSingleton<CityCatalogImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogExchange(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").WithTags("Export");
        export.MapGet("/municipalities/{code}/catalog.{format}", ExportCityCatalogAsync);
        export.MapGet("/reference-catalog.{format}", ExportReferenceCatalog);
        return app;
    }

    private static async Task<IResult> ExportCityCatalogAsync(string code, string format, HttpContext context, CatalogDbContextFactory databases,
        CatalogExporter exporter)
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

        var baseUri = RequestBase(context.Request);
        return Results.Stream(output => exporter.WriteCityCatalogAsync(municipality, catalogFormat, output, baseUri, context.RequestAborted),
            catalogFormat.ContentType(), CatalogExporter.FileName(municipality, catalogFormat));
    }

    private static IResult ExportReferenceCatalog(string format, HttpContext context, CatalogExporter exporter)
    {
        if (ParseFormat(format) is not { } catalogFormat)
        {
            return UnknownFormat(format);
        }

        var baseUri = RequestBase(context.Request);
        return Results.Stream(output => exporter.WriteReferenceCatalogAsync(catalogFormat, output, baseUri, context.RequestAborted),
            catalogFormat.ContentType(), CatalogExporter.ReferenceFileName(catalogFormat));
    }

    /// <summary>Only the extensions the routes document; aliases such as <c>cpsv</c> are for the command line.</summary>
    private static CatalogFormat? ParseFormat(string format)
        => format is "csv" or "xlsx" or "json" or "jsonld" ? CatalogFormats.Find(format) : null;

    private static IResult UnknownFormat(string format)
        => Results.Problem($"'{format}' is not an export format; use csv, xlsx, json or jsonld.", statusCode: StatusCodes.Status400BadRequest,
            title: "Unknown export format");

    private static Uri RequestBase(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
