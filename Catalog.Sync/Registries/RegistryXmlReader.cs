using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Catalog.Sync.Registries;

/// <summary>What a <see cref="RegistryXmlReader"/> is on.</summary>
internal enum RegistryXmlNode
{
    None,
    Element,
    EndElement,
    Text,

    /// <summary>A comment or processing instruction: reported, as an XmlReader does, but with nothing to read in it.</summary>
    Other,
}

/// <summary>
/// A forward-only XML reader for the registry files (the DIR3 list's worksheet and shared strings, the SIA response),
/// made because <see cref="XmlReader"/> was most of the time spent reading them at national size. It works on the
/// bytes and decodes only the names, text and attribute values it is asked for. It reports elements (by local name,
/// and the namespace when asked), their attributes, their text and, as <see cref="RegistryXmlNode.Other"/>, comments
/// and processing instructions; it keeps XML's rules for those: entity and character references, CDATA sections,
/// line-end and attribute-value normalisation, namespace prefixes, <c>xml:space</c>. What is not well-formed in a way
/// that matters here (unmatched or unclosed tags, malformed tags or references, duplicate attributes, undeclared
/// prefixes, characters XML does not allow, a second root, text outside it, a DTD) is an <see cref="XmlException"/>,
/// as it was from the XmlReader.
/// </summary>
/// <remarks>
/// The stream is UTF-8 or, as its XML declaration says, a single-byte encoding (<see cref="OpenUtf8"/> turns UTF-16
/// and UTF-32 files into UTF-8). Names, values and text point into the buffer and are valid until the next
/// <see cref="Read"/>. The methods run for every node are marked to be compiled optimised at their first call: a file
/// is read once per sync run, often just after the worker or the load command started, and in that first read the
/// tiered JIT's unoptimised and instrumented stages were about a third of the time.
/// </remarks>
internal sealed class RegistryXmlReader : IDisposable
{
    private const int InitialBufferSize = 1 << 16;

    /// <summary>The longest node (a tag, a text, a comment) read by default: far above any registry field, far below what would exhaust memory.</summary>
    public const int DefaultMaxNodeBytes = 16 << 20;
    private const int MaxAttributes = 32;
    private const int MaxCodePoint = 0x10FFFF;
    private const byte NameByte = 1;
    private const byte NameStartByte = 2;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>For each byte, whether it may start a name (<see cref="NameStartByte"/>) or continue one (<see cref="NameByte"/>).</summary>
    private static readonly byte[] NameBytes = CreateNameBytes();

    private readonly Stream _stream;
    private readonly bool _ignoreWhitespace;
    private readonly int _maxNodeBytes;
    private readonly (int NameStart, int NameLength, int ValueStart, int ValueLength, bool IsPlainAscii)[] _attributes = new (int, int, int, int, bool)[MaxAttributes];
    private readonly StringBuilder _decoded = new();

    /// <summary>The namespace declarations in scope, innermost last, with the depth of the element that makes them.</summary>
    private readonly List<(int Depth, byte[] Prefix, string Uri)> _namespaces = [];

    /// <summary>The <c>xml:space</c> settings in scope, innermost last, with the depth of the element that makes them.</summary>
    private readonly List<(int Depth, bool Preserve)> _spaces = [];

    private Encoding _encoding = StrictUtf8;
    private byte[] _buffer = new byte[InitialBufferSize];
    private char[] _chars = new char[256];
    private char[] _localNameChars = new char[64];
    private int _localNameCharCount = -1;
    private byte[] _openNames = new byte[256];
    private int[] _openNameStarts = new int[16];
    private int[] _openLocalNameOffsets = new int[16];
    private int _openCount;
    private int _openNamesLength;
    private int _position;
    private int _length;
    private int _checkedUpTo;
    private int _nodeStart;
    private int _linesCountedUpTo;
    private int _lineNumber = 1;
    private bool _streamEnded;
    private bool _rootSeen;
    private int _nameStart;
    private int _nameLength;
    private int _localNameOffset;
    private int _attributeCount;
    private int _textStart;
    private int _textLength;
    private bool _isCData;

    /// <param name="stream">The XML as UTF-8 (see <see cref="OpenUtf8"/>); disposed with the reader.</param>
    /// <param name="ignoreWhitespace">
    /// As <see cref="XmlReaderSettings.IgnoreWhitespace"/>: text that is only whitespace is not reported, unless
    /// <c>xml:space="preserve"</c> is in scope.
    /// </param>
    /// <param name="maxNodeBytes">
    /// The longest node the reader buffers; a longer one (a run of gigabytes of whitespace, a cell of a whole file) is
    /// an <see cref="XmlException"/> naming the limit, so memory stays bounded whatever the file.
    /// </param>
    /// <remarks>
    /// A character reference must stand for a character XML allows (as with <see cref="XmlReaderSettings.CheckCharacters"/>):
    /// <c>&amp;#0;</c> or an out-of-range one such as <c>&amp;#x80000041;</c> is refused, never stored.
    /// </remarks>
    public RegistryXmlReader(Stream stream, bool ignoreWhitespace = false, int maxNodeBytes = DefaultMaxNodeBytes)
    {
        _stream = stream;
        _ignoreWhitespace = ignoreWhitespace;
        _maxNodeBytes = maxNodeBytes;
        ReadDeclaration();
    }

    public RegistryXmlNode Node { get; private set; }

    /// <summary>As <see cref="XmlReader.Depth"/>: the root element is at 0, the text and elements in it at 1.</summary>
    public int Depth { get; private set; }

    public bool IsEmptyElement { get; private set; }

    /// <summary>The local name of the element or end element the reader is on.</summary>
    public ReadOnlySpan<byte> LocalName => _buffer.AsSpan(_nameStart + _localNameOffset, _nameLength - _localNameOffset);

    /// <summary>The local name as characters, to switch on; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> LocalNameChars
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get
        {
            if (_localNameCharCount < 0)
            {
                var name = LocalName;
                if (_localNameChars.Length < name.Length)
                {
                    _localNameChars = new char[name.Length];
                }

                if (Ascii.ToUtf16(name, _localNameChars, out _localNameCharCount) != OperationStatus.Done)
                {
                    // Not ASCII: decoded as text (the names the readers look for are all ASCII).
                    var decoded = Decode(name);
                    _localNameChars = decoded.ToCharArray();
                    _localNameCharCount = decoded.Length;
                }
            }

            return _localNameChars.AsSpan(0, _localNameCharCount);
        }
    }

    /// <summary>The line the node the reader is on starts on, counted as <see cref="IXmlLineInfo.LineNumber"/> does.</summary>
    public int LineNumber
    {
        get
        {
            CountLines(_nodeStart);
            return _lineNumber;
        }
    }

    /// <summary>The text of the text or CDATA node the reader is on.</summary>
    public string Text
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get
        {
            var raw = _buffer.AsSpan(_textStart, _textLength);
            var special = _isCData ? raw.IndexOf((byte)'\r') : raw.IndexOfAny((byte)'&', (byte)'\r');
            return special < 0 ? Decode(raw) : DecodeSlowly(raw, expandReferences: !_isCData, normaliseWhitespace: false).ToString();
        }
    }

    /// <summary>The namespace of the element or end element the reader is on, as <see cref="XmlReader.NamespaceURI"/>.</summary>
    public string NamespaceUri => ResolvePrefix(_buffer.AsSpan(_nameStart, Math.Max(0, _localNameOffset - 1)), isElement: true);

    /// <summary>
    /// True when the text node the reader is on is a plain decimal number (digits only, no sign, spaces or leading
    /// zero), which is then the text an int formats to; lets a shared-string index be read without making a string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetTextAsNumber(out int number)
    {
        number = 0;
        var raw = _buffer.AsSpan(_textStart, _textLength);
        if (raw.IsEmpty || raw.Length > 9 || (raw[0] == (byte)'0' && raw.Length > 1))
        {
            return false;
        }

        foreach (var b in raw)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>The qualified name of the innermost open element.</summary>
    private ReadOnlySpan<byte> OpenName => _openNames.AsSpan(_openNameStarts[_openCount - 1], _openNamesLength - _openNameStarts[_openCount - 1]);

    /// <summary>
    /// Opens a part's stream (twice when it is UTF-16 or UTF-32: once to read how it starts) as UTF-8 bytes.
    /// </summary>
    public static Stream OpenUtf8(Func<Stream> open)
    {
        Span<byte> start = stackalloc byte[4];
        Encoding? wide;
        using (var first = open())
        {
            var read = first.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            wide = WideEncoding(start[..read]);
        }

        var stream = open();
        return wide is null ? stream : Encoding.CreateTranscodingStream(stream, wide, Encoding.UTF8);
    }

    /// <summary>True when the reader is on an element (start or end) with this local name.</summary>
    public bool IsNamed(ReadOnlySpan<byte> localName) => LocalName.SequenceEqual(localName);

    /// <summary>
    /// The value of the element's attribute with this name (no prefix), as <see cref="XmlReader.GetAttribute(string)"/>
    /// gives it; valid until the next call. False when the element has no such attribute.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetAttribute(ReadOnlySpan<byte> name, out ReadOnlySpan<char> value)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            var (nameStart, nameLength, valueStart, valueLength, isPlainAscii) = _attributes[i];
            if (_buffer.AsSpan(nameStart, nameLength).SequenceEqual(name))
            {
                value = DecodeAttribute(_buffer.AsSpan(valueStart, valueLength), isPlainAscii);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The text inside the element the reader is on, as <see cref="XmlReader.ReadElementContentAsString()"/> gives it,
    /// leaving the reader on the node after its end tag. An element inside it is an error.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadElementContent()
    {
        if (IsEmptyElement)
        {
            Read();
            return string.Empty;
        }

        var depth = Depth;
        string? first = null;
        StringBuilder? more = null;
        while (Read())
        {
            switch (Node)
            {
                case RegistryXmlNode.Text:
                    // Most elements have one text node, kept as it is; text split by comments is joined in linear time.
                    if (first is null)
                    {
                        first = Text;
                    }
                    else
                    {
                        (more ??= new StringBuilder(first)).Append(Text);
                    }

                    break;
                case RegistryXmlNode.Element:
                    throw Error("An element's text was expected, but it has an element in it.");
                case RegistryXmlNode.EndElement when Depth == depth:
                    Read();
                    return more?.ToString() ?? first ?? string.Empty;
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }

    /// <summary>Moves past the element the reader is on and all inside it, to the node after it, as <see cref="XmlReader.Skip"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Skip()
    {
        if (Node != RegistryXmlNode.Element || IsEmptyElement)
        {
            Read();
            return;
        }

        var depth = Depth;
        while (Read() && !(Node == RegistryXmlNode.EndElement && Depth == depth))
        {
        }

        Read();
    }

    /// <summary>Moves to the next node; false at the end of the document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        // Declarations made by an element that is no longer open go out of scope.
        while (_namespaces.Count > 0 && _namespaces[^1].Depth >= _openCount)
        {
            _namespaces.RemoveAt(_namespaces.Count - 1);
        }

        while (_spaces.Count > 0 && _spaces[^1].Depth >= _openCount)
        {
            _spaces.RemoveAt(_spaces.Count - 1);
        }

        while (true)
        {
            if (_length - _position < 2 && !Ensure(1))
            {
                return End();
            }

            if (_buffer[_position] != (byte)'<')
            {
                if (ReadText())
                {
                    return true;
                }

                continue;
            }

            if (_length - _position < 2 && !Ensure(2))
            {
                throw Error("The document ends inside a tag.");
            }

            switch (_buffer[_position + 1])
            {
                case (byte)'/':
                    ReadEndTag();
                    return true;
                case (byte)'?':
                    SkipPast("?>"u8);
                    SetOther();
                    return true;
                case (byte)'!':
                    ReadMarkupDeclaration();
                    return true;
                default:
                    ReadStartTag();
                    return true;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    private static Encoding? WideEncoding(ReadOnlySpan<byte> start) => start switch
    {
        [0x00, 0x00, 0xFE, 0xFF, ..] or [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        [0xFF, 0xFE, 0x00, 0x00, ..] or [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        [0xFE, 0xFF, ..] or [0x00, 0x3C, ..] => Encoding.BigEndianUnicode,
        [0xFF, 0xFE, ..] or [0x3C, 0x00, ..] => Encoding.Unicode,
        _ => null,
    };

    private static byte[] CreateNameBytes()
    {
        var kinds = new byte[256];
        for (var b = 0; b < kinds.Length; b++)
        {
            kinds[b] = b is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or ':' or >= 0x80 ? NameStartByte
                : b is >= '0' and <= '9' or '-' or '.' ? NameByte
                : (byte)0;
        }

        return kinds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static XmlException Error(string message) => new(message);

    /// <summary>The length of the name that starts <paramref name="span"/>; fails when no name starts there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NameLength(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty)
        {
            return 0;
        }

        if (NameBytes[span[0]] != NameStartByte)
        {
            throw Error("A name is expected here.");
        }

        // A plain loop rather than a SearchValues search: names are short, and the search's generic code is compiled
        // unoptimised at first, which is most of a first read.
        var length = 1;
        while (length < span.Length && NameBytes[span[length]] != 0)
        {
            length++;
        }

        return length;
    }

    /// <summary>Skips a byte order mark and reads the encoding the XML declaration names, if any.</summary>
    private void ReadDeclaration()
    {
        if (Ensure(3) && _buffer.AsSpan(_position, 3).SequenceEqual("\uFEFF"u8))
        {
            _position += 3;
            _checkedUpTo = _position;
        }

        if (!Ensure(6) || !_buffer.AsSpan(_position, 5).SequenceEqual("<?xml"u8) || !IsWhitespace(_buffer[_position + 5]))
        {
            return;
        }

        var end = Find("?>"u8, _position);
        var declaration = Encoding.ASCII.GetString(_buffer, _position, end - _position);
        MoveTo(end + 2);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var quote = declaration.IndexOfAny(['"', '\''], at);
        var close = quote < 0 ? -1 : declaration.IndexOf(declaration[quote], quote + 1);
        if (close < 0)
        {
            throw Error("The XML declaration's encoding is malformed.");
        }

        var name = declaration[(quote + 1)..close];
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            _encoding = Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw Error($"System does not support '{name}' encoding.");
        }

        // A UTF-16 or UTF-32 part has been turned into UTF-8 by OpenUtf8; any other multi-byte encoding cannot be
        // scanned for '<' byte by byte.
        if (_encoding is UnicodeEncoding or UTF32Encoding)
        {
            _encoding = StrictUtf8;
        }
        else if (!_encoding.IsSingleByte)
        {
            throw Error($"The '{name}' encoding is not supported in a worksheet; XLSX parts are UTF-8 or UTF-16.");
        }
    }

    private bool End()
    {
        if (_openCount > 0)
        {
            throw Error($"The document ends inside element '{Encoding.UTF8.GetString(OpenName)}'; it is not closed.");
        }

        if (!_rootSeen)
        {
            throw Error("Root element is missing.");
        }

        Node = RegistryXmlNode.None;
        return false;
    }

    /// <summary>Reads character data up to the next markup; false when it was whitespace outside the root (skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadText()
    {
        var end = FindByte((byte)'<', _position, allowEnd: true);
        if (_openCount == 0)
        {
            foreach (var b in _buffer.AsSpan(_position, end - _position))
            {
                if (!IsWhitespace(b))
                {
                    throw Error(_rootSeen ? "Data at the root level is invalid: there is text after the root element." : "Data at the root level is invalid.");
                }
            }

            MoveTo(end);
            return false;
        }

        SetText(_position, end - _position, cData: false);
        MoveTo(end);
        var first = _buffer[_textStart];
        return !_ignoreWhitespace || !(IsWhitespace(first) || first == (byte)'&') || (_spaces.Count > 0 && _spaces[^1].Preserve)
            || !IsWhitespaceOnly(_buffer.AsSpan(_textStart, _textLength));
    }

    /// <summary>True when text is only whitespace, written or referenced (as XmlReader tells whitespace it may ignore).</summary>
    private bool IsWhitespaceOnly(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return true;
        }

        if (raw.IndexOf((byte)'&') < 0)
        {
            return false;
        }

        foreach (var chunk in DecodeSlowly(raw, expandReferences: true, normaliseWhitespace: false).GetChunks())
        {
            if (chunk.Span.IndexOfAnyExcept(" \t\r\n") >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comment, a CDATA section (reported as text) or a DTD (refused).</summary>
    private void ReadMarkupDeclaration()
    {
        if (Starts("<!--"u8))
        {
            SkipPast("-->"u8);
            SetOther();
            return;
        }

        if (Starts("<![CDATA["u8))
        {
            if (_openCount == 0)
            {
                throw Error("Data at the root level is invalid: a CDATA section is outside the root element.");
            }

            var end = Find("]]>"u8, _position + 9);
            SetText(_position + 9, end - _position - 9, cData: true);
            MoveTo(end + 3);
            return;
        }

        if (Starts("<!DOCTYPE"u8))
        {
            throw Error("For security reasons DTD is prohibited in this XML document.");
        }

        throw Error("Unexpected '<!' markup.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadStartTag()
    {
        while (!TryReadStartTag())
        {
            if (!Fill())
            {
                throw Error("The document ends inside a tag.");
            }
        }
    }

    /// <summary>Reads the start tag at the current position; false when it runs past the bytes read so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadStartTag()
    {
        var tag = _buffer.AsSpan(_position, _length - _position);
        var at = 1 + NameLength(tag[1..]);
        if (at == tag.Length)
        {
            return false;
        }

        _nameStart = _position + 1;
        _nameLength = at - 1;
        _attributeCount = 0;
        bool isEmpty;
        while (true)
        {
            var spaced = SkipWhitespace(tag, ref at);
            if (at == tag.Length)
            {
                return false;
            }

            if (tag[at] == (byte)'>')
            {
                isEmpty = false;
                break;
            }

            if (tag[at] == (byte)'/')
            {
                if (at + 1 == tag.Length)
                {
                    return false;
                }

                isEmpty = tag[at + 1] == (byte)'>' ? true : throw Error("A '/' in a tag is not followed by '>'.");
                at++;
                break;
            }

            if (!spaced)
            {
                throw Error("Attributes must be separated by whitespace.");
            }

            if (!TryReadAttribute(tag, ref at))
            {
                return false;
            }
        }

        if (_openCount == 0 && _rootSeen)
        {
            throw Error("There are multiple root elements.");
        }

        _localNameOffset = _buffer.AsSpan(_nameStart, _nameLength).LastIndexOf((byte)':') + 1;
        if (_attributeCount > 0)
        {
            DeclareNamespaces();
        }

        if (_localNameOffset > 0)
        {
            ResolvePrefix(_buffer.AsSpan(_nameStart, _localNameOffset - 1), isElement: true);
        }

        _rootSeen = true;
        IsEmptyElement = isEmpty;
        Node = RegistryXmlNode.Element;
        Depth = _openCount;
        MoveTo(_position + at + 1);
        if (!isEmpty)
        {
            PushOpenName(_buffer.AsSpan(_nameStart, _nameLength));
        }

        return true;
    }

    /// <summary>Reads <c>name="value"</c> at <paramref name="at"/> in the tag; false when the tag runs past the bytes read so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadAttribute(ReadOnlySpan<byte> tag, ref int at)
    {
        if (_attributeCount == MaxAttributes)
        {
            throw Error($"An element has more than {MaxAttributes} attributes; a worksheet's have a few.");
        }

        var nameStart = at;
        at += NameLength(tag[at..]);
        var name = tag[nameStart..at];
        SkipWhitespace(tag, ref at);
        if (at == tag.Length)
        {
            return false;
        }

        if (tag[at++] != (byte)'=')
        {
            throw Error("An attribute has no '=' after its name.");
        }

        SkipWhitespace(tag, ref at);
        if (at == tag.Length)
        {
            return false;
        }

        var quote = tag[at++];
        if (quote is not ((byte)'"' or (byte)'\''))
        {
            throw Error("An attribute value is not in quotes.");
        }

        var valueStart = at;
        var isPlainAscii = true;
        while (at < tag.Length && tag[at] != quote)
        {
            var b = tag[at++];
            if (b == (byte)'<')
            {
                throw Error("'<' cannot be used in an attribute value.");
            }

            isPlainAscii &= b is < 0x80 and not ((byte)'&' or (byte)'\t' or (byte)'\r' or (byte)'\n');
        }

        if (at == tag.Length)
        {
            return false;
        }

        for (var i = 0; i < _attributeCount; i++)
        {
            if (_buffer.AsSpan(_attributes[i].NameStart, _attributes[i].NameLength).SequenceEqual(name))
            {
                throw Error($"'{Encoding.UTF8.GetString(name)}' is a duplicate attribute name.");
            }
        }

        _attributes[_attributeCount++] = (_position + nameStart, name.Length, _position + valueStart, at - valueStart, isPlainAscii);
        at++;
        return true;
    }

    /// <summary>Moves <paramref name="at"/> past whitespace; true when there was some.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SkipWhitespace(ReadOnlySpan<byte> span, ref int at)
    {
        var start = at;
        while (at < span.Length && IsWhitespace(span[at]))
        {
            at++;
        }

        return at > start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadEndTag()
    {
        // Most end tags are the open element's name and '>': compared as they stand, without scanning for the name.
        if (_openCount > 0)
        {
            var open = OpenName;
            var close = _position + 2 + open.Length;
            if (close < _length && _buffer[close] == (byte)'>' && _buffer.AsSpan(_position + 2, open.Length).SequenceEqual(open))
            {
                _nameStart = _position + 2;
                _nameLength = open.Length;
                _openNamesLength = _openNameStarts[--_openCount];
                _localNameOffset = _openLocalNameOffsets[_openCount];
                _attributeCount = 0;
                IsEmptyElement = false;
                Depth = _openCount;
                Node = RegistryXmlNode.EndElement;
                MoveTo(close + 1);
                return;
            }
        }

        var end = FindByte((byte)'>', _position, allowEnd: false);
        var tag = _buffer.AsSpan(_position, end - _position);
        var nameLength = NameLength(tag[2..]);
        if (_openCount == 0 || nameLength != OpenName.Length || !tag.Slice(2, nameLength).SequenceEqual(OpenName))
        {
            var expected = _openCount == 0 ? "none is open" : $"'{Encoding.UTF8.GetString(OpenName)}' is open";
            throw Error($"The end tag '{Encoding.UTF8.GetString(tag.Slice(2, nameLength))}' does not match its start tag ({expected}).");
        }

        var at = 2 + nameLength;
        SkipWhitespace(tag, ref at);
        if (at != tag.Length)
        {
            throw Error("An end tag has something after its name.");
        }

        var name = tag.Slice(2, nameLength);

        _openNamesLength = _openNameStarts[--_openCount];
        _nameStart = _position + 2;
        _nameLength = nameLength;
        _localNameOffset = name.LastIndexOf((byte)':') + 1;
        _attributeCount = 0;
        IsEmptyElement = false;
        Depth = _openCount;
        Node = RegistryXmlNode.EndElement;
        MoveTo(end + 1);
    }

    /// <summary>Puts in scope the namespaces the start tag just read declares, and checks its attributes' prefixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DeclareNamespaces()
    {
        var hasPrefixedAttribute = false;
        for (var i = 0; i < _attributeCount; i++)
        {
            var name = _buffer.AsSpan(_attributes[i].NameStart, _attributes[i].NameLength);
            var colon = name.IndexOf((byte)':');
            if (colon < 0 ? !name.SequenceEqual("xmlns"u8) : !name[..colon].SequenceEqual("xmlns"u8))
            {
                hasPrefixedAttribute |= colon >= 0;
                continue;
            }

            var uri = DecodeAttribute(_buffer.AsSpan(_attributes[i].ValueStart, _attributes[i].ValueLength), _attributes[i].IsPlainAscii).ToString();
            if (colon >= 0 && uri.Length == 0)
            {
                throw Error($"Invalid namespace declaration: prefix '{Encoding.UTF8.GetString(name[(colon + 1)..])}' cannot be bound to an empty URI.");
            }

            _namespaces.Add((_openCount, colon < 0 ? [] : name[(colon + 1)..].ToArray(), uri));
        }

        // Checked once all of the tag's declarations are in scope: they apply to its own attributes too.
        for (var i = 0; hasPrefixedAttribute && i < _attributeCount; i++)
        {
            var name = _buffer.AsSpan(_attributes[i].NameStart, _attributes[i].NameLength);
            var colon = name.IndexOf((byte)':');
            if (colon >= 0 && !name[..colon].SequenceEqual("xmlns"u8))
            {
                ResolvePrefix(name[..colon], isElement: false);
            }

            if (name.SequenceEqual("xml:space"u8))
            {
                var value = DecodeAttribute(_buffer.AsSpan(_attributes[i].ValueStart, _attributes[i].ValueLength), _attributes[i].IsPlainAscii);
                _spaces.Add((_openCount, value switch
                {
                    "preserve" => true,
                    "default" => false,
                    _ => throw Error($"'{value}' is an invalid xml:space value."),
                }));
            }
        }
    }

    /// <summary>The namespace a prefix stands for where the reader is; an undeclared prefix is an error.</summary>
    private string ResolvePrefix(ReadOnlySpan<byte> prefix, bool isElement)
    {
        for (var i = _namespaces.Count - 1; i >= 0; i--)
        {
            if (prefix.SequenceEqual(_namespaces[i].Prefix))
            {
                return _namespaces[i].Uri;
            }
        }

        if (prefix.IsEmpty)
        {
            return string.Empty;
        }

        return prefix.SequenceEqual("xml"u8) ? XmlNamespace
            : throw Error($"'{Encoding.UTF8.GetString(prefix)}' is an undeclared prefix{(isElement ? string.Empty : " on an attribute")}.");
    }

    private void SetOther()
    {
        Node = RegistryXmlNode.Other;
        Depth = _openCount;
        IsEmptyElement = false;
        _attributeCount = 0;
    }

    private void SetText(int start, int length, bool cData)
    {
        _textStart = start;
        _textLength = length;
        _isCData = cData;
        Node = RegistryXmlNode.Text;
        Depth = _openCount;
        IsEmptyElement = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PushOpenName(ReadOnlySpan<byte> name)
    {
        if (_openCount == _openNameStarts.Length)
        {
            Array.Resize(ref _openNameStarts, _openCount * 2);
            Array.Resize(ref _openLocalNameOffsets, _openCount * 2);
        }

        if (_openNamesLength + name.Length > _openNames.Length)
        {
            Array.Resize(ref _openNames, Math.Max(_openNames.Length * 2, _openNamesLength + name.Length));
        }

        _openLocalNameOffsets[_openCount] = _localNameOffset;
        _openNameStarts[_openCount++] = _openNamesLength;
        name.CopyTo(_openNames.AsSpan(_openNamesLength));
        _openNamesLength += name.Length;
    }

    private bool Starts(ReadOnlySpan<byte> markup) => Ensure(markup.Length) && _buffer.AsSpan(_position, markup.Length).SequenceEqual(markup);

    private void SkipPast(ReadOnlySpan<byte> terminator) => MoveTo(Find(terminator, _position) + terminator.Length);

    /// <summary>The position of the next <paramref name="value"/> from <paramref name="from"/>, reading on as needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindByte(byte value, int from, bool allowEnd)
    {
        var offset = from - _position;
        while (true)
        {
            var found = _buffer.AsSpan(_position + offset, _length - _position - offset).IndexOf(value);
            if (found >= 0)
            {
                return _position + offset + found;
            }

            offset = _length - _position;
            if (!Fill())
            {
                return allowEnd ? _length : throw Error("The document ends inside a tag.");
            }
        }
    }

    private int Find(ReadOnlySpan<byte> value, int from)
    {
        var offset = from - _position;
        while (true)
        {
            var found = _buffer.AsSpan(_position + offset, _length - _position - offset).IndexOf(value);
            if (found >= 0)
            {
                return _position + offset + found;
            }

            offset = Math.Max(offset, _length - _position - value.Length + 1);
            if (!Fill())
            {
                throw Error($"The document ends before '{Encoding.ASCII.GetString(value)}'.");
            }
        }
    }

    /// <summary>Makes sure <paramref name="count"/> bytes from the current position are in the buffer, if the document has them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Ensure(int count)
    {
        while (_length - _position < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps the bytes from the current position, moved to the start, and reads more; false at the end of the stream.</summary>
    private bool Fill()
    {
        if (_streamEnded)
        {
            return false;
        }

        var kept = _length - _position;
        if (_position > 0)
        {
            CountLines(_position);
            _buffer.AsSpan(_position, kept).CopyTo(_buffer);
            _linesCountedUpTo = 0;
            _nodeStart = Math.Max(0, _nodeStart - _position);
            _checkedUpTo -= _position;
            _position = 0;
            _length = kept;
        }

        if (_length == _buffer.Length)
        {
            if (_buffer.Length >= _maxNodeBytes)
            {
                throw Error($"A node at line {LineNumber} is longer than {_maxNodeBytes} bytes, the longest one read; the file is not a registry file or is damaged.");
            }

            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, Math.Max(_maxNodeBytes, InitialBufferSize)));
        }

        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        _length += read;
        _streamEnded = read == 0;
        return read > 0;
    }

    /// <summary>
    /// Moves past what was read, refusing the characters XML does not allow anywhere in a document as the XmlReader
    /// this replaces did (it checked them even with character checking off) when it reached them. The buffer is
    /// searched once ahead, so most moves only compare positions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MoveTo(int position)
    {
        _nodeStart = _position;
        _localNameCharCount = -1;
        while (_checkedUpTo < position)
        {
            // Control characters and, from 0xEF on, the lead bytes of U+FFFE and U+FFFF (EF BF BE, EF BF BF).
            var found = _buffer.AsSpan(_checkedUpTo, _length - _checkedUpTo).IndexOfAnyExceptInRange((byte)0x20, (byte)0xEE);
            var at = found < 0 ? _length : _checkedUpTo + found;
            if (at >= position)
            {
                // Nothing before the new position; the bytes up to the one found are known to be allowed.
                _checkedUpTo = at;
                break;
            }

            var b = _buffer[at];
            if (b is (byte)'\t' or (byte)'\n' or (byte)'\r' or > 0xEF)
            {
                _checkedUpTo = at + 1;
                continue;
            }

            if (b != 0xEF)
            {
                throw Error($"Character 0x{b:X2} is not allowed in XML.");
            }

            // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8 (in a single-byte encoding 0xEF is a letter).
            if (_encoding == StrictUtf8 && at + 2 < position && _buffer[at + 1] == 0xBF && _buffer[at + 2] is 0xBE or 0xBF)
            {
                throw Error($"Character U+FFF{(_buffer[at + 2] == 0xBE ? 'E' : 'F')} is not allowed in XML.");
            }

            _checkedUpTo = at + 1;
        }

        _position = position;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Adds the line breaks (LF, CR LF or CR) before <paramref name="upTo"/> to the line number.</summary>
    private void CountLines(int upTo)
    {
        var span = _buffer.AsSpan(_linesCountedUpTo, upTo - _linesCountedUpTo);
        _lineNumber += span.Count((byte)'\n');
        for (var cr = span.IndexOf((byte)'\r'); cr >= 0; cr = span.IndexOf((byte)'\r'))
        {
            if (cr + 1 == span.Length || span[cr + 1] != (byte)'\n')
            {
                _lineNumber++;
            }

            span = span[(cr + 1)..];
        }

        _linesCountedUpTo = upTo;
    }

    private string Decode(ReadOnlySpan<byte> raw)
    {
        try
        {
            return _encoding.GetString(raw);
        }
        catch (DecoderFallbackException e)
        {
            throw new XmlException($"Invalid character in the given encoding ({e.Message}).", e);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="isPlainAscii">True when the value has no reference, no whitespace to normalise and only ASCII, as most do.</param>
    private ReadOnlySpan<char> DecodeAttribute(ReadOnlySpan<byte> raw, bool isPlainAscii)
    {
        if (isPlainAscii && raw.Length <= _chars.Length)
        {
            for (var i = 0; i < raw.Length; i++)
            {
                _chars[i] = (char)raw[i];
            }

            return _chars.AsSpan(0, raw.Length);
        }

        if (raw.IndexOfAny("&\t\r\n"u8) >= 0)
        {
            var decoded = DecodeSlowly(raw, expandReferences: true, normaliseWhitespace: true);
            if (_chars.Length < decoded.Length)
            {
                _chars = new char[decoded.Length];
            }

            decoded.CopyTo(0, _chars, decoded.Length);
            return _chars.AsSpan(0, decoded.Length);
        }

        if (_encoding.GetMaxCharCount(raw.Length) > _chars.Length)
        {
            return Decode(raw);
        }

        try
        {
            return _chars.AsSpan(0, _encoding.GetChars(raw, _chars));
        }
        catch (DecoderFallbackException e)
        {
            throw new XmlException($"Invalid character in the given encoding ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Text with line ends normalised (CR LF and CR become LF) and, as asked, references expanded and (in attribute
    /// values) whitespace characters turned into spaces, as XML 1.0 sections 2.11 and 3.3.3 say.
    /// </summary>
    private StringBuilder DecodeSlowly(ReadOnlySpan<byte> raw, bool expandReferences, bool normaliseWhitespace)
    {
        _decoded.Clear();
        var at = 0;
        while (at < raw.Length)
        {
            var special = expandReferences ? raw[at..].IndexOfAny("&\t\r\n"u8) : raw[at..].IndexOf((byte)'\r');
            var run = special < 0 ? raw[at..] : raw.Slice(at, special);
            _decoded.Append(Decode(run));
            if (special < 0)
            {
                break;
            }

            at += special;
            switch (raw[at])
            {
                case (byte)'&':
                    at = AppendReference(raw, at);
                    break;
                case (byte)'\r':
                    _decoded.Append(normaliseWhitespace ? ' ' : '\n');
                    at += at + 1 < raw.Length && raw[at + 1] == (byte)'\n' ? 2 : 1;
                    break;
                default:
                    _decoded.Append(normaliseWhitespace ? ' ' : (char)raw[at]);
                    at++;
                    break;
            }
        }

        return _decoded;
    }

    /// <summary>Appends the character an entity or character reference at <paramref name="at"/> stands for; returns the position after it.</summary>
    private int AppendReference(ReadOnlySpan<byte> raw, int at)
    {
        var end = raw[at..].IndexOf((byte)';');
        if (end < 0)
        {
            throw Error("An '&' does not start a reference ending in ';'.");
        }

        var name = raw.Slice(at + 1, end - 1);
        switch (name)
        {
            case [(byte)'l', (byte)'t']:
                _decoded.Append('<');
                break;
            case [(byte)'g', (byte)'t']:
                _decoded.Append('>');
                break;
            case [(byte)'a', (byte)'m', (byte)'p']:
                _decoded.Append('&');
                break;
            case [(byte)'q', (byte)'u', (byte)'o', (byte)'t']:
                _decoded.Append('"');
                break;
            case [(byte)'a', (byte)'p', (byte)'o', (byte)'s']:
                _decoded.Append('\'');
                break;
            // Parsed as unsigned so that eight hex digits cannot wrap round to a negative number that passes the check.
            case [(byte)'#', (byte)'x', .. var hex] when uint.TryParse(hex, NumberStyles.AllowHexSpecifier, null, out var code) && code <= MaxCodePoint:
                AppendCodePoint((int)code);
                break;
            case [(byte)'#', .. var digits] when uint.TryParse(digits, NumberStyles.None, null, out var code) && code <= MaxCodePoint:
                AppendCodePoint((int)code);
                break;
            case [(byte)'#', ..]:
                throw Error($"Character reference '&{Encoding.UTF8.GetString(name)};' is not a Unicode character.");
            default:
                throw Error($"Reference to undeclared entity '{Encoding.UTF8.GetString(name)}'.");
        }

        return at + end + 1;
    }

    /// <summary>
    /// Appends a referenced character; a reference to a character XML does not allow (NUL, other control characters,
    /// a lone surrogate, U+FFFE, U+FFFF) is refused, as XmlReader refuses it when checking characters.
    /// </summary>
    private void AppendCodePoint(int code)
    {
        if (!(code is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000))
        {
            throw Error($"Character reference 0x{code:X} stands for a character XML does not allow.");
        }

        if (code <= char.MaxValue)
        {
            _decoded.Append((char)code);
        }
        else
        {
            _decoded.Append(char.ConvertFromUtf32(code));
        }
    }
}
