using System.Text;
using Catalog.Api.Auth;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Tests.Exchange;

/// <summary>Catalog files, actors and fresh municipalities for the exchange tests.</summary>
internal static class ExchangeTestData
{
    /// <summary>The header as a Spanish spreadsheet would write it, using the aliases.</summary>
    public const string SpanishHeader =
        "id_local;nombre_local;descripcion;codigo_sia;unidad_dir3;codigo_referencia;inicio;silencio;plazo;unidad_plazo;fin_via;nivel_electronico;destinatarios;canales;tasas;normativa;ofrecido";

    private static int _nextMunicipality;

    public static CatalogActor Admin { get; } = new("tester", CatalogRole.Admin, new HashSet<string>(), null);

    public static CatalogActor EditorOf(string ineCode) => new("editor", CatalogRole.Editor, new HashSet<string> { ineCode }, null);

    /// <summary>One data line under <see cref="SpanishHeader"/>; attributes default to a typical application procedure.</summary>
    public static string Row(string localId, string name, string sia = "", string unit = "", string reference = "", string silence = "desestimatorio",
        string term = "3", string termUnit = "meses", string offered = "sí", string description = "")
        => $"{localId};{Quote(name)};{Quote(description)};{sia};{unit};{reference};a solicitud del interesado;{silence};{term};{termUnit};sí;4;ciudadanos, empresas;presencial, electrónico;Tasa según ordenanza fiscal;\"Ley | 39/2015 | del Procedimiento Administrativo Común\nOrdenanza |  | reguladora de la tasa\";{offered}";

    /// <summary>A CSV field as spreadsheets write it: quoted when it holds a separator, quote or line break.</summary>
    public static string Quote(string value)
        => value.AsSpan().IndexOfAny(";\"\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public static MemoryStream Csv(params string[] lines) => Text(string.Join("\r\n", lines) + "\r\n");

    public static MemoryStream Text(string text, bool bom = false)
        => new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    /// <summary>A workbook as Excel writes it: texts in the shared string table, numbers as numbers.</summary>
    public static MemoryStream Xlsx(IReadOnlyList<IReadOnlyList<object?>> rows) => Workbooks.Write(rows);

    /// <summary>A municipality no other test uses, so tests sharing a database do not see each other's catalogs.</summary>
    public static async Task<(string IneCode, string CouncilDir3Code)> FreshMunicipalityAsync(TestDatabase database)
    {
        var offset = Interlocked.Increment(ref _nextMunicipality) * 13;
        await using var db = database.CreateContext();
        var municipality = await db.Municipalities.OrderBy(m => m.IneCode).Skip(offset).FirstAsync();
        return (municipality.IneCode, municipality.CouncilDir3Code);
    }

    public static CityCatalogImporter Importer(TestDatabase database, long? maxImportBytes = null)
        => new(database.Factory, Options.Create(maxImportBytes is { } max ? new ExchangeOptions { MaxImportBytes = max } : new ExchangeOptions()), TimeProvider.System);

    public static CatalogExporter Exporter(TestDatabase database)
        => new(database.Factory, Options.Create(new ExchangeOptions()), TimeProvider.System);

    /// <summary>The city's active procedures as catalog entries, in a stable order, for comparing catalogs.</summary>
    public static async Task<List<CatalogEntry>> CatalogOfAsync(TestDatabase database, string ineCode)
    {
        await using var db = database.CreateContext();
        var procedures = await db.CityProcedures.AsNoTracking().Include(p => p.ReferenceProcedure)
            .Where(p => p.MunicipalityIneCode == ineCode && p.Status == CityProcedureStatus.Active).ToListAsync();
        return procedures.Select(p => CatalogEntry.From(p, p.ReferenceProcedure?.Code))
            .OrderBy(e => e.LocalId, StringComparer.Ordinal).ThenBy(e => e.SiaCode, StringComparer.Ordinal).ThenBy(e => e.LocalName, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<int> CountAsync(CatalogDbContext db, string ineCode) => await db.CityProcedures.CountAsync(p => p.MunicipalityIneCode == ineCode);
}
