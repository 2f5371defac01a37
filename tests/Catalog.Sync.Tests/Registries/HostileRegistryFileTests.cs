using System.Globalization;
using System.Text;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Dir3;
using Catalog.Sync.Tests.Registries.Builders;
using Catalog.Testing;

namespace Catalog.Sync.Tests.Registries;

/// <summary>
/// Registry files built to exhaust the loader (small on disk, hostile when read): each is refused, or read, within
/// seconds and a bounded amount of memory, and a refusal names what was over which limit.
/// </summary>
public sealed class HostileRegistryFileTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<Cost> ReadAsync(Registry registry, string path)
        => await Cost.OfAsync(async () => _ = await ContentReading.ReadAsync(registry, path));

    /// <summary>A DIR3 list package whose shared-string part the test writes as a stream.</summary>
    private string ListWithSharedStrings(string name, Action<Stream> sharedStrings)
    {
        var path = _files.PathFor(name);
        using var package = HostileFiles.Xlsx(
            stream => HostileFiles.Write(stream, $"<worksheet xmlns=\"{HostileFiles.MainNamespace}\"><sheetData>{HeaderRow()}"
                + RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Cell("C", 3, "<v>0</v>", "s")) + "</sheetData></worksheet>"),
            sharedStrings, "Unidades AGE V+T");
        File.WriteAllBytes(path, package.ToArray());
        return path;
    }

    private static string HeaderRow()
        => "<row r=\"2\">" + string.Concat(OfficialListBuilder.Header(Dir3List.Age).Select((h, i) => RawListBuilder.Text(((char)('B' + i)).ToString(), 2, h))) + "</row>";

    [Theory]
    [InlineData("ZZZZZZ3")]
    [InlineData("ZZZZZZZ3")]
    [InlineData("ZZZZZZZZZZZZZZZZ3")]
    public async Task A_dir3_cell_far_to_the_right_is_refused_naming_the_row(string reference)
    {
        var path = RawListBuilder.Write(_files.PathFor("far.xlsx"),
            RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Text("C", 3, "Unidad")).Replace("</row>", $"<c r=\"{reference}\"><v>1</v></c></row>", StringComparison.Ordinal));

        var error = (await ReadAsync(Registry.Dir3, path)).Refused<RegistryFormatException>();

        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("256 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dir3_list_whose_shared_strings_inflate_past_the_part_limit_is_refused_before_it_is_read()
    {
        var path = ListWithSharedStrings("bomb.xlsx", stream =>
        {
            HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si><t>");
            HostileFiles.Repeat(stream, (byte)'a', (1L << 30) + (64 << 20));
            HostileFiles.Write(stream, "</t></si></sst>");
        });
        Assert.True(new FileInfo(path).Length < 8 << 20, $"{new FileInfo(path).Length} bytes");

        var error = (await ReadAsync(Registry.Dir3, path)).Refused<RegistryFormatException>();

        Assert.Contains("xl/sharedStrings.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxPartBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_of_whitespace_longer_than_any_node_is_refused_instead_of_growing_the_buffer()
    {
        var path = ListWithSharedStrings("spaces.xlsx", stream =>
        {
            HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si><t>Unidad</t></si>");
            HostileFiles.Repeat(stream, (byte)' ', 200L << 20);
            HostileFiles.Write(stream, "</sst>");
        });

        var error = (await ReadAsync(Registry.Dir3, path)).Refused<RegistryFormatException>();

        Assert.Contains($"{RegistryXmlReader.DefaultMaxNodeBytes} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_string_in_a_third_of_a_million_runs_is_read_in_linear_time()
    {
        var path = ListWithSharedStrings("runs.xlsx", stream =>
        {
            HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si>");
            HostileFiles.Repeat(stream, "<r><t>a</t></r>", 20_000);
            HostileFiles.Write(stream, "</si></sst>");
        });
        List<RegistryRow> rows = [];

        var cost = await Cost.OfAsync(async () => rows = await ContentReading.ReadAsync(Registry.Dir3, path));

        Assert.Null(cost.Error);
        cost.AssertBounded();
        // 20,000 characters: over the 500 the mirror keeps of a name, so the row is rejected, but it was read whole.
        Assert.Equal(RejectionReason.TooLong, Assert.IsType<RejectedRow>(Assert.Single(rows)).Reason);
    }

    [Fact]
    public async Task A_shared_string_run_of_320k_pieces_is_refused_at_the_cell_limit_within_seconds()
    {
        var path = ListWithSharedStrings("many-runs.xlsx", stream =>
        {
            HostileFiles.Write(stream, $"<sst xmlns=\"{HostileFiles.MainNamespace}\"><si>");
            HostileFiles.Repeat(stream, "<r><t>a</t></r>", 320_000);
            HostileFiles.Write(stream, "</si></sst>");
        });

        var error = (await ReadAsync(Registry.Dir3, path)).Refused<RegistryFormatException>();

        Assert.Contains("shared string 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sia_name_split_into_320k_pieces_by_comments_is_read_in_linear_time()
    {
        var name = new StringBuilder();
        for (var i = 0; i < 320_000; i++)
        {
            name.Append("a<!---->");
        }

        var path = _files.PathFor("split.xml");
        File.WriteAllText(path, SiaXmlBuilder.Envelope([new SiaTestEntry("2094606", "NAME")]).Replace("NAME", name.ToString(), StringComparison.Ordinal));

        var cost = await ReadAsync(Registry.Sia, path);

        Assert.Null(cost.Error);
        cost.AssertBounded();
    }

    [Fact]
    public async Task A_hundred_thousand_organism_levels_in_descending_order_are_read_in_linear_time()
    {
        var levels = new StringBuilder();
        for (var i = 100_000; i > 0; i--)
        {
            levels.Append(CultureInfo.InvariantCulture, $"<CODORGANISMORESPONSABLEN{i} xmlns=\"{SiaXmlBuilder.Sia}\">L01280066</CODORGANISMORESPONSABLEN{i}>");
        }

        var path = _files.PathFor("levels.xml");
        File.WriteAllText(path, SiaXmlBuilder.Envelope([new SiaTestEntry("2094606", "Licencia")])
            .Replace("<CODTIPOENTIDAD>AY</CODTIPOENTIDAD>", "<CODTIPOENTIDAD>AY</CODTIPOENTIDAD>" + levels, StringComparison.Ordinal));

        var cost = await ReadAsync(Registry.Sia, path);

        Assert.Null(cost.Error);
        cost.AssertBounded();
    }

    [Theory]
    [InlineData("&#x80000041;")]
    [InlineData("&#0;")]
    [InlineData("&#x110000;")]
    public async Task A_character_reference_to_no_valid_character_is_refused_not_stored(string reference)
    {
        var path = RawListBuilder.Write(_files.PathFor("reference.xlsx"), RawListBuilder.UnitRow(3, "E00003901", RawListBuilder.Text("C", 3, $"Unidad {reference}")));

        var error = (await ReadAsync(Registry.Dir3, path)).Refused<RegistryFormatException>();

        Assert.Contains("reference", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_utf16_sia_response_with_a_byte_order_mark_reads_like_utf8()
    {
        var path = _files.PathFor("utf16.xml");
        File.WriteAllText(path, SiaXmlBuilder.Envelope([new SiaTestEntry("2094606", "Licencia de obra mayor")]), Encoding.Unicode);

        var rows = await ContentReading.ReadAsync(Registry.Sia, path);

        Assert.Equal("Licencia de obra mayor", Assert.IsType<SiaRow>(Assert.Single(rows)).Entry.Name);
    }
}
