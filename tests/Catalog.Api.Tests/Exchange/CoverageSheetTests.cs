using System.Net;
using Catalog.Api.Exchange.Formats;
using Catalog.Testing;

namespace Catalog.Api.Tests.Exchange;

/// <summary>The working group's downloads: a comparison across cities and the national coverage, as XLSX.</summary>
public abstract class CoverageSheetTests(CoverageApiFixture fixture)
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private async Task<(string Sheet, List<List<string>> Rows)> DownloadAsync(string url, string fileName)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CatalogFormat.Xlsx.ContentType(), response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        return Workbooks.ReadFirstSheet(await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_comparison_downloads_with_the_reference_and_each_city_side_by_side()
    {
        var (sheet, rows) = await DownloadAsync("/export/compare/URB-001.xlsx?municipios=28006,L01290672,46250,28079", "comparacion-URB-001.xlsx");

        Assert.Equal("Comparación URB-001", sheet);
        Assert.Equal(["Campo", "Referencia URB-001", "Alcobendas (28006)", "Málaga (29067)", "València (46250)", "Madrid (28079)"], rows[0]);
        var byField = rows.Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(["Situación", "Procedimiento de referencia", "Implementado", "Implementado", "Implementado", "Sin información"], byField["Situación"]);
        // The reference was revised to positive silence; Alcobendas and València still have the negative one.
        Assert.Equal(["Efecto del silencio", "estimatorio", "desestimatorio", "estimatorio", "desestimatorio"], byField["Efecto del silencio"]);
        Assert.Equal(["Plazo de resolución", "3", "3", "2", "3"], byField["Plazo de resolución"]);
        Assert.Equal(["Difiere de la referencia en", "", "Efecto del silencio", "Plazo de resolución", "Efecto del silencio"], byField["Difiere de la referencia en"]);
    }

    [SkippableTheory]
    [InlineData("/export/compare/URB-001.xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/export/compare/URB-001.xlsx?municipios=2800", HttpStatusCode.BadRequest)]
    [InlineData("/export/compare/URB-001.xlsx?municipios=28006,28999", HttpStatusCode.NotFound)]
    [InlineData("/export/compare/URB-999.xlsx?municipios=28006", HttpStatusCode.NotFound)]
    [InlineData("/export/coverage.xlsx?comunidad=20", HttpStatusCode.BadRequest)]
    [InlineData("/export/coverage.xlsx?provincia=x", HttpStatusCode.BadRequest)]
    public async Task A_download_asked_for_wrongly_is_refused_with_a_problem_that_says_why(string url, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [SkippableFact]
    public async Task The_national_coverage_downloads_one_municipality_a_row_best_covered_first()
    {
        var (sheet, rows) = await DownloadAsync("/export/coverage.xlsx", "cobertura.xlsx");

        Assert.Equal("Cobertura", sheet);
        Assert.Equal(["Código INE", "Municipio", "Código de provincia", "Provincia", "Código de comunidad", "Comunidad autónoma",
            "Procedimientos de referencia", "Asignados", "No ofrecidos", "Sin información", "Cobertura (%)"], rows[0]);
        Assert.Equal(Catalog.Db.Seed.CatalogSeeder.ReadMunicipalities().Count(), rows.Count - 1);
        Assert.Equal(["46250", "València", "46", "València/Valencia", "10", "Comunitat Valenciana", "3", "3", "0", "0", "100"], rows[1]);
        Assert.Equal(["28006", "Alcobendas", "28", "Madrid", "13", "Comunidad de Madrid", "3", "1", "1", "1", "33,33"], rows[2]);
    }

    [SkippableFact]
    public async Task The_coverage_download_can_be_limited_to_a_province()
    {
        var (_, rows) = await DownloadAsync("/export/coverage.xlsx?provincia=29", "cobertura.xlsx");

        Assert.All(rows.Skip(1), row => Assert.Equal("29", row[2]));
        Assert.Equal("29067", rows[1][0]);
    }
}

public sealed class SqliteCoverageSheetTests(SqliteCoverageApiFixture fixture) : CoverageSheetTests(fixture), IClassFixture<SqliteCoverageApiFixture>;

public sealed class PostgresCoverageSheetTests(PostgresCoverageApiFixture fixture) : CoverageSheetTests(fixture), IClassFixture<PostgresCoverageApiFixture>;
