using System.Text;
using System.Xml;
using Catalog.Sync.Registries;

namespace Catalog.Sync.Tests.Registries;

/// <summary>
/// The byte-level reader of worksheet XML reports what an XmlReader would: the same text, the same elements, and an
/// error for what is not well-formed.
/// </summary>
public sealed class RegistryXmlReaderTests
{
    /// <summary>What the reader reports, one line a node: <c>&lt;name&gt;</c>, <c>&lt;/name&gt;</c>, <c>"text"</c>.</summary>
    private static List<string> Read(string xml, Encoding? encoding = null, bool ignoreWhitespace = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(xml)).ToArray();
        using var reader = new RegistryXmlReader(RegistryXmlReader.OpenUtf8(() => new MemoryStream(bytes)), ignoreWhitespace);
        var nodes = new List<string>();
        while (reader.Read())
        {
            nodes.Add(reader.Node switch
            {
                RegistryXmlNode.Element => $"<{Encoding.UTF8.GetString(reader.LocalName)}{(reader.IsEmptyElement ? "/" : string.Empty)}>",
                RegistryXmlNode.EndElement => $"</{Encoding.UTF8.GetString(reader.LocalName)}>",
                RegistryXmlNode.Text => $"\"{reader.Text}\"",
                _ => "other",
            });
        }

        return nodes;
    }

    /// <summary>What <paramref name="describe"/> says of each element the reader reports.</summary>
    private static List<string> Elements(string xml, Func<RegistryXmlReader, string> describe)
    {
        using var reader = new RegistryXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        var elements = new List<string>();
        while (reader.Read())
        {
            if (reader.Node == RegistryXmlNode.Element)
            {
                elements.Add(describe(reader));
            }
        }

        return elements;
    }

    private static string Attribute(string xml, string name)
    {
        using var reader = new RegistryXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        reader.Read();
        return reader.TryGetAttribute(Encoding.UTF8.GetBytes(name), out var value) ? value.ToString() : "(none)";
    }

    [Fact]
    public void References_in_text_stand_for_their_characters()
    {
        Assert.Equal(["<t>", "\"Caf\u00e9 & t\u00e9 <b> \"'\"", "</t>"], Read("<t>Caf&#xE9; &amp; t&#233; &lt;b&gt; &quot;&apos;</t>"));
    }

    [Fact]
    public void A_cdata_section_is_text_as_written()
    {
        Assert.Equal(["<t>", "\"a \"", "\"<b> & c\"", "</t>"], Read("<t>a <![CDATA[<b> & c]]></t>"));
    }

    [Fact]
    public void Comments_and_processing_instructions_split_text_but_add_none()
    {
        Assert.Equal(["<t>", "\"a\"", "other", "\"b\"", "other", "\"c\"", "</t>"], Read("<t>a<!-- x > y -->b<?pi z?>c</t>"));
    }

    [Fact]
    public void Line_ends_in_text_become_line_feeds()
    {
        Assert.Equal(["<t>", "\"a\nb\nc\"", "</t>"], Read("<t>a\r\nb\rc</t>"));
    }

    [Fact]
    public void Whitespace_in_an_attribute_value_becomes_spaces_but_a_referenced_line_feed_stays()
    {
        Assert.Equal(" B 3 &\n", Attribute("<c r=\"\tB\r\n3 &amp;&#10;\"/>", "r"));
    }

    [Fact]
    public void An_attribute_is_found_by_its_whole_name_in_either_quotes()
    {
        Assert.Equal(["B3", "s", "(none)"], [Attribute("<c x:t='y' r = 'B3' t=\"s\" xmlns:x=\"u\"/>", "r"), Attribute("<c x:t='y' t=\"s\" xmlns:x=\"u\"/>", "t"), Attribute("<c x:r='B3' xmlns:x=\"u\"/>", "r")]);
    }

    [Fact]
    public void A_quoted_greater_than_sign_does_not_end_a_tag()
    {
        Assert.Equal(["<c>", "\"1\"", "</c>"], Read("<c s=\"a>b\" t='/>'>1</c>"));
    }

    [Fact]
    public void Prefixed_elements_are_reported_by_local_name_in_their_namespace()
    {
        var names = Elements("<x:sst xmlns:x=\"main\"><si xmlns=\"other\"><x:t/></si></x:sst>", reader => $"{reader.LocalNameChars} in {reader.NamespaceUri}");

        Assert.Equal(["sst in main", "si in other", "t in main"], names);
    }

    [Fact]
    public void Text_longer_than_the_buffer_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Área de Cultura y Educación · ", 10_000));

        Assert.Equal(["<t>", $"\"{text}\"", "</t>"], Read($"<t>{text}</t>"));
    }

    [Fact]
    public void A_utf16_part_reads_as_its_text()
    {
        Assert.Equal(["<t>", "\"Ñandú\"", "</t>"], Read("<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>Ñandú</t>", Encoding.Unicode));
    }

    [Fact]
    public void Whitespace_only_text_is_left_out_when_asked_unless_it_is_preserved()
    {
        var xml = "<a><b/> &#32;\n<c/>x y<d xml:space=\"preserve\"> <e/></d></a>";

        Assert.Equal(["<a>", "<b/>", "<c/>", "\"x y\"", "<d>", "\" \"", "<e/>", "</d>", "</a>"], Read(xml, ignoreWhitespace: true));
    }

    [Fact]
    public void A_reference_to_a_character_xml_does_not_allow_is_refused()
    {
        Assert.Throws<XmlException>(() => Read("<t>a&#1;b</t>"));
        Assert.Throws<XmlException>(() => Read("<t>a&#0;b</t>"));
        Assert.Throws<XmlException>(() => Read("<t>a&#xD800;b</t>"));
        Assert.Throws<XmlException>(() => Read("<t>&#xFFFF;</t>"));
    }

    [Fact]
    public void A_character_reference_too_large_for_unicode_is_refused_rather_than_wrapped_round()
    {
        // 0x80000041 wraps to a negative int; read as such it passed the range check and was stored as 'A'.
        Assert.Throws<XmlException>(() => Read("<t>&#x80000041;</t>"));
        Assert.Throws<XmlException>(() => Read("<t>&#4294967361;</t>"));
        Assert.Throws<XmlException>(() => Read("<t>&#x110000;</t>"));
        Assert.Equal(["<t>", "\"A\U0001F600\"", "</t>"], Read("<t>&#x41;&#x1F600;</t>"));
    }

    [Fact]
    public void A_node_longer_than_the_limit_is_refused_and_the_buffer_stays_bounded()
    {
        // A whitespace run far longer than any field: refused at the limit instead of doubling the buffer until it overflows.
        var stream = new MemoryStream();
        stream.Write("<a>"u8);
        stream.Write(Enumerable.Repeat((byte)' ', 1 << 20).ToArray());
        stream.Write("</a>"u8);
        stream.Position = 0;
        using var reader = new RegistryXmlReader(stream, maxNodeBytes: 1 << 17);

        var error = Assert.Throws<XmlException>(() => { while (reader.Read()) { } });
        Assert.Contains("131072 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_counted_as_an_xml_reader_counts_them()
    {
        var lines = Elements("<a>\n<b/>\r\n<c>\r<d/></c>\n\r\n<e/></a>", reader => $"{reader.LocalNameChars}@{reader.LineNumber}");

        Assert.Equal(["a@1", "b@2", "c@3", "d@4", "e@6"], lines);
    }

    [Fact]
    public void Skipping_an_element_moves_past_all_inside_it()
    {
        using var reader = new RegistryXmlReader(new MemoryStream(Encoding.UTF8.GetBytes("<a><b><c>x</c><b/></b><d/></a>")));
        reader.Read();
        reader.Read();

        reader.Skip();

        Assert.Equal("d", reader.LocalNameChars.ToString());
    }

    [Fact]
    public void Reading_the_element_content_leaves_the_reader_after_its_end_tag()
    {
        using var reader = new RegistryXmlReader(new MemoryStream(Encoding.UTF8.GetBytes("<si><t>a<!--x--><![CDATA[b]]></t><rPh/></si>")));
        reader.Read();
        reader.Read();

        Assert.Equal("ab", reader.ReadElementContent());
        Assert.Equal(("rPh", RegistryXmlNode.Element), (Encoding.UTF8.GetString(reader.LocalName), reader.Node));
    }

    [Theory]
    [InlineData("<row><c></row>", "does not match")]
    [InlineData("<row><c>1</c>", "not closed")]
    [InlineData("<row><c>1</c></row><row/>", "multiple root")]
    [InlineData("<row/>text", "root level")]
    [InlineData("<!DOCTYPE row [<!ENTITY e \"x\">]><row/>", "DTD")]
    [InlineData("<row>&nbsp;</row>", "undeclared entity")]
    [InlineData("<x:row/>", "undeclared prefix")]
    [InlineData("<row r=\"1\" r=\"2\"/>", "duplicate attribute")]
    [InlineData("<row r=1/>", "not in quotes")]
    [InlineData("<row r=\"<\"/>", "'<'")]
    [InlineData("<row>\u0001</row>", "not allowed")]
    [InlineData("<row>\uFFFE</row>", "not allowed")]
    [InlineData("", "Root element is missing")]
    public void What_is_not_well_formed_is_an_xml_error(string xml, string message)
    {
        var error = Assert.Throws<XmlException>(() => Read(xml));

        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
