using System.Text;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>
/// Imports of files built to exhaust the server: each is refused within seconds and a bounded amount of memory, with a
/// message naming the limit, the part and the row, and nothing is written.
/// </summary>
public abstract class HostileFileSuite(TestDatabase database)
{
    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>localName</t></is></c></row>";

    protected TestDatabase Database { get; } = database;

    private async Task<string> CityAsync()
    {
        await Database.SeedAsync();
        return (await FreshMunicipalityAsync(Database)).IneCode;
    }

    /// <summary>Imports the file (a dry run unless told), measuring the cost; asserts the city's catalog and audit log are unchanged.</summary>
    private async Task<Cost> ImportAsync(string ine, Stream file, bool dryRun = true)
    {
        var cost = await Cost.OfAsync(() => Importer(Database).ImportAsync(Admin, ine, file, CatalogFormat.Xlsx, dryRun));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
        Assert.Equal(0, await db.ChangeLog.CountAsync(e => e.MunicipalityIneCode == ine));
        return cost;
    }

    private static MemoryStream Sheet(string rows) => HostileFiles.Xlsx(stream =>
        HostileFiles.Write(stream, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}{rows}</sheetData></worksheet>"));

    [SkippableTheory]
    [InlineData("ZZZZZZ2")]
    [InlineData("ZZZZZZZZZZZZZZ2")]
    public async Task A_cell_far_to_the_right_is_refused_naming_the_row_and_the_column_limit(string reference)
    {
        var ine = await CityAsync();
        using var file = Sheet($"<row r=\"2\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        Assert.True(file.Length < 4096);

        var error = (await ImportAsync(ine, file, dryRun: false)).Refused<ImportFileException>();

        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Exchange:MaxColumns", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_shared_string_table_that_inflates_to_a_gigabyte_is_refused_before_it_is_read()
    {
        var ine = await CityAsync();
        using var file = HostileFiles.Xlsx(
            stream => HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}</sheetData></worksheet>"),
            stream =>
            {
                HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si><t>");
                HostileFiles.Repeat(stream, (byte)'a', 1L << 30);
                HostileFiles.Write(stream, "</t></si></sst>");
            });
        Assert.True(file.Length < 8 << 20, $"{file.Length} bytes");

        var error = (await ImportAsync(ine, file)).Refused<ImportFileException>();

        Assert.Contains("xl/sharedStrings.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("Exchange:MaxUncompressedRatio", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_shared_string_longer_than_a_cell_is_refused_as_it_is_read()
    {
        var ine = await CityAsync();
        // 100 MB of one string: under the part limit, far over a cell's.
        using var file = HostileFiles.Xlsx(
            stream => HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}</sheetData></worksheet>"),
            stream =>
            {
                HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si><r><t>");
                HostileFiles.Repeat(stream, (byte)'a', 100L << 20);
                HostileFiles.Write(stream, "</t></r></si></sst>");
            });

        var error = (await ImportAsync(ine, file)).Refused<ImportFileException>();

        Assert.Contains("Shared string 1 (/xl/sharedStrings.xml)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Exchange:MaxCellChars", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_shared_string_table_over_its_limit_is_refused_naming_the_limit()
    {
        var ine = await CityAsync();
        // A million distinct short strings: each within a cell, together over a small table limit.
        using var file = HostileFiles.Xlsx(
            stream => HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}</sheetData></worksheet>"),
            stream =>
            {
                HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\">");
                HostileFiles.Repeat(stream, "<si><t>Licencia de obra mayor</t></si>", 1_000_000);
                HostileFiles.Write(stream, "</sst>");
            });
        var importer = new CityCatalogImporter(Database.Factory, Microsoft.Extensions.Options.Options.Create(new ExchangeOptions { MaxSharedStringChars = 1_000_000 }), TimeProvider.System);

        var cost = await Cost.OfAsync(() => importer.ImportAsync(Admin, ine, file, CatalogFormat.Xlsx, dryRun: true));
        var error = cost.Refused<ImportFileException>();

        Assert.Contains("Exchange:MaxSharedStringChars", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_cell_of_a_hundred_megabytes_in_the_sheet_is_refused_naming_its_row()
    {
        var ine = await CityAsync();
        using var file = HostileFiles.Xlsx(stream =>
        {
            HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            HostileFiles.Repeat(stream, (byte)' ', 100L << 20);
            HostileFiles.Write(stream, "</t></is></c></row></sheetData></worksheet>");
        });

        var error = (await ImportAsync(ine, file)).Refused<ImportFileException>();

        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Exchange:MaxCellChars", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_doctype_in_a_workbook_part_is_a_file_error_not_an_xml_exception()
    {
        var ine = await CityAsync();
        using var file = HostileFiles.Xlsx(stream => HostileFiles.Write(stream,
            $"<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"boom\">]><worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}</sheetData></worksheet>"));

        var error = (await ImportAsync(ine, file, dryRun: false)).Refused<ImportFileException>();

        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_text_split_into_many_runs_is_read_in_linear_time()
    {
        var ine = await CityAsync();
        using var file = HostileFiles.Xlsx(stream =>
        {
            HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{Header}<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>");
            HostileFiles.Repeat(stream, "<r><t>a</t></r>", 30_000);
            HostileFiles.Write(stream, "</is></c></row></sheetData></worksheet>");
        });

        var cost = await Cost.OfAsync(async () =>
        {
            var report = await Importer(Database).ImportAsync(Admin, ine, file, CatalogFormat.Xlsx, dryRun: true);
            Assert.Equal(ImportOutcome.Invalid, Assert.Single(report.Rows).Outcome); // 30,000 characters: over a local name's 500
        });

        Assert.Null(cost.Error);
        cost.AssertBounded();
    }

    [SkippableTheory]
    [InlineData("Licencia\u0007 de obra")]
    [InlineData("Licencia\u001B[31m")]
    [InlineData("Licencia\u0000")]
    [InlineData("exe.\u202Efdp")]
    [InlineData("Licencia \u2066oculta\u2069")]
    public async Task A_name_with_a_control_or_bidirectional_character_is_refused_and_nothing_is_written(string name)
    {
        var ine = await CityAsync();
        var report = await Importer(Database).ImportAsync(Admin, ine, Csv("localName;description", $"{name};ok"), CatalogFormat.Csv, dryRun: false);

        Assert.False(report.Committed);
        var problem = Assert.Single(Assert.Single(report.Rows).Problems);
        Assert.Equal("localName", problem.Column);
        Assert.Contains("U+", problem.Message, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
    }

    [SkippableFact]
    public async Task Line_breaks_and_tabs_are_kept_in_a_description()
    {
        var ine = await CityAsync();
        var report = await Importer(Database).ImportAsync(Admin, ine, Csv("localName;description", "Licencia;\"Primera línea\n\tsegunda\""), CatalogFormat.Csv, dryRun: false);

        Assert.True(report.Committed, report.Describe());
    }
}

public sealed class SqliteHostileFileTests(SqliteTestDatabase database) : HostileFileSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresHostileFileTests(PostgresTestDatabase database) : HostileFileSuite(database), IClassFixture<PostgresTestDatabase>;
