using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Catalog.Api.Exchange.Formats;

namespace Catalog.Api.Exchange.Export;

/// <summary>
/// Writes <see cref="RdfNode"/>s as one RDF document, in the default graph, as they come: JSON-LD (a context of the
/// prefixes and a <c>@graph</c> array, nothing to fetch) or Turtle. No RDF library is served for .NET here, and
/// both syntaxes need only what these nodes use (IRIs, literals, nested blank nodes), so they are written by hand.
/// </summary>
internal abstract class RdfDocumentWriter : IAsyncDisposable
{
    private protected const int FlushThreshold = 1 << 15;

    protected RdfDocumentWriter(IReadOnlyList<(string Prefix, string Namespace)> prefixes) => Prefixes = prefixes;

    protected IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; }

    public static RdfDocumentWriter Create(CatalogFormat format, Stream output, IReadOnlyList<(string Prefix, string Namespace)> prefixes) => format switch
    {
        CatalogFormat.JsonLd => new JsonLdDocumentWriter(output, prefixes),
        CatalogFormat.Turtle => new TurtleDocumentWriter(output, prefixes),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an RDF format."),
    };

    public abstract Task WriteAsync(RdfNode node, CancellationToken cancellationToken);

    /// <summary>Ends the document and flushes it.</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

/// <summary>JSON-LD 1.1: <c>{"@context": {prefixes}, "@graph": [nodes]}</c>, texts as <c>{"@value", "@language"}</c>.</summary>
internal sealed class JsonLdDocumentWriter : RdfDocumentWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep accents and ñ readable; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter _json;

    public JsonLdDocumentWriter(Stream output, IReadOnlyList<(string Prefix, string Namespace)> prefixes) : base(prefixes)
    {
        _json = new Utf8JsonWriter(output, Options);
        _json.WriteStartObject();
        _json.WriteStartObject("@context");
        foreach (var (prefix, ns) in Prefixes)
        {
            _json.WriteString(prefix, ns);
        }

        _json.WriteEndObject();
        _json.WriteStartArray("@graph");
    }

    public override async Task WriteAsync(RdfNode node, CancellationToken cancellationToken)
    {
        WriteNode(node);
        if (_json.BytesPending > FlushThreshold)
        {
            await _json.FlushAsync(cancellationToken);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _json.DisposeAsync();

    private void WriteNode(RdfNode node)
    {
        _json.WriteStartObject();
        if (node.Iri is not null)
        {
            _json.WriteString("@id", node.Iri);
        }

        if (node.Types.Count == 1)
        {
            _json.WriteString("@type", node.Types[0]);
        }
        else if (node.Types.Count > 1)
        {
            _json.WriteStartArray("@type");
            node.Types.ForEach(_json.WriteStringValue);
            _json.WriteEndArray();
        }

        foreach (var values in node.ByPredicate())
        {
            _json.WritePropertyName(values.Key);
            var many = values.Skip(1).Any();
            if (many)
            {
                _json.WriteStartArray();
            }

            foreach (var value in values)
            {
                WriteObject(value);
            }

            if (many)
            {
                _json.WriteEndArray();
            }
        }

        _json.WriteEndObject();
    }

    private void WriteObject(RdfObject value)
    {
        switch (value)
        {
            case RdfIri iri:
                _json.WriteStartObject();
                _json.WriteString("@id", iri.Iri);
                _json.WriteEndObject();
                break;
            case RdfLiteral { Language: null, Datatype: null } plain:
                _json.WriteStringValue(plain.Value);
                break;
            case RdfLiteral literal:
                _json.WriteStartObject();
                _json.WriteString("@value", literal.Value);
                _json.WriteString(literal.Language is null ? "@type" : "@language", literal.Language ?? literal.Datatype);
                _json.WriteEndObject();
                break;
            case RdfBlank blank:
                WriteNode(blank.Node);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }
    }
}

/// <summary>Turtle 1.1: the prefixes, then one block a resource, nested blank nodes as <c>[ … ]</c>.</summary>
internal sealed class TurtleDocumentWriter : RdfDocumentWriter
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _text = new();

    public TurtleDocumentWriter(Stream output, IReadOnlyList<(string Prefix, string Namespace)> prefixes) : base(prefixes)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        foreach (var (prefix, ns) in Prefixes)
        {
            _text.Append("@prefix ").Append(prefix).Append(": ");
            AppendIri(ns);
            _text.Append(" .\n");
        }
    }

    public override async Task WriteAsync(RdfNode node, CancellationToken cancellationToken)
    {
        _text.Append('\n');
        if (node.Iri is null)
        {
            _text.Append("[]");
        }
        else
        {
            AppendIri(node.Iri);
        }

        AppendPredicates(node, 1);
        _text.Append(" .\n");
        if (_text.Length > FlushThreshold)
        {
            await SendAsync(cancellationToken);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken);
        await _writer.FlushAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Writes out what has gathered (asynchronously: an HTTP response allows no synchronous writes).</summary>
    private async Task SendAsync(CancellationToken cancellationToken)
    {
        await _writer.WriteAsync(_text, cancellationToken);
        _text.Clear();
    }

    private void AppendPredicates(RdfNode node, int depth)
    {
        var indent = new string(' ', 4 * depth);
        var first = true;
        void Next()
        {
            _text.Append(first ? " " : $" ;\n{indent}");
            first = false;
        }

        if (node.Types.Count > 0)
        {
            Next();
            _text.Append("a ").AppendJoin(", ", node.Types);
        }

        foreach (var values in node.ByPredicate())
        {
            Next();
            _text.Append(values.Key).Append(' ');
            var firstValue = true;
            foreach (var value in values)
            {
                if (!firstValue)
                {
                    _text.Append(", ");
                }

                firstValue = false;
                AppendObject(value, depth);
            }
        }
    }

    private void AppendObject(RdfObject value, int depth)
    {
        switch (value)
        {
            case RdfIri iri:
                AppendIri(iri.Iri);
                break;
            case RdfLiteral literal:
                AppendString(literal.Value);
                if (literal.Language is not null)
                {
                    _text.Append('@').Append(literal.Language);
                }
                else if (literal.Datatype is not null)
                {
                    _text.Append("^^").Append(literal.Datatype);
                }

                break;
            case RdfBlank blank:
                _text.Append('[');
                AppendPredicates(blank.Node, depth + 1);
                _text.Append(" ]");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }
    }

    /// <summary>An IRIREF; the characters Turtle does not allow inside one are written as <c>\uXXXX</c>.</summary>
    private void AppendIri(string iri)
    {
        _text.Append('<');
        foreach (var c in iri)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                _text.Append(c);
            }
        }

        _text.Append('>');
    }

    /// <summary>A STRING_LITERAL_QUOTE: quotes, backslashes and line breaks escaped, other control characters as <c>\uXXXX</c>.</summary>
    private void AppendString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case < ' ' or '\u007F': _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: _text.Append(c); break;
            }
        }

        _text.Append('"');
    }
}
