namespace Catalog.Api.Exchange.Export;

/// <summary>
/// One resource of an RDF export and what is said about it, built in memory one resource at a time (a service with its
/// channels, costs…) so a document of any size is written as a stream. Predicates, classes and datatypes are compact
/// IRIs (<c>dct:title</c>) of the document's prefixes; objects are IRIs, literals or nested blank nodes. A described
/// resource with an IRI is written at the top level, never nested, so JSON-LD and Turtle say the same triples.
/// </summary>
internal sealed class RdfNode
{
    private readonly List<RdfStatement> _statements = [];

    private RdfNode(string? iri) => Iri = iri;

    /// <summary>The resource's IRI; null for a blank node.</summary>
    public string? Iri { get; }

    /// <summary>The classes of the resource (<c>rdf:type</c>), as compact IRIs.</summary>
    public List<string> Types { get; } = [];

    public IReadOnlyList<RdfStatement> Statements => _statements;

    public static RdfNode Named(string iri, string type) => new RdfNode(iri).Typed(type);

    public static RdfNode Blank(string type) => new RdfNode(null).Typed(type);

    public RdfNode Typed(string type)
    {
        Types.Add(type);
        return this;
    }

    /// <summary>A text in a human language: a language-tagged literal.</summary>
    public RdfNode Text(string predicate, string? text, string language)
        => string.IsNullOrWhiteSpace(text) ? this : Add(predicate, new RdfLiteral(text, Language: language));

    /// <summary>A code or other string that is no text in any language (an identifier, a notation): a plain literal.</summary>
    public RdfNode Code(string predicate, string? code) => code is null ? this : Add(predicate, new RdfLiteral(code));

    /// <summary>A literal of an XML Schema datatype (<c>xsd:duration</c>…).</summary>
    public RdfNode Value(string predicate, string value, string datatype) => Add(predicate, new RdfLiteral(value, Datatype: datatype));

    /// <summary>A link to a resource by its (absolute) IRI.</summary>
    public RdfNode Link(string predicate, string iri) => Add(predicate, new RdfIri(iri));

    /// <summary>A nested resource without an IRI (a blank node).</summary>
    public RdfNode Nest(string predicate, RdfNode node)
    {
        if (node.Iri is not null)
        {
            throw new ArgumentException("A resource with an IRI is written at the top level and linked with Link.", nameof(node));
        }

        return Add(predicate, new RdfBlank(node));
    }

    private RdfNode Add(string predicate, RdfObject value)
    {
        _statements.Add(new RdfStatement(predicate, value));
        return this;
    }

    /// <summary>The statements grouped by predicate, in the order each predicate first appears.</summary>
    public IEnumerable<IGrouping<string, RdfObject>> ByPredicate() => _statements.GroupBy(s => s.Predicate, s => s.Value, StringComparer.Ordinal);
}

internal sealed record RdfStatement(string Predicate, RdfObject Value);

internal abstract record RdfObject;

/// <summary>An absolute IRI.</summary>
internal sealed record RdfIri(string Iri) : RdfObject;

/// <summary>A literal: language-tagged, typed (compact datatype IRI) or plain.</summary>
internal sealed record RdfLiteral(string Value, string? Language = null, string? Datatype = null) : RdfObject;

/// <summary>A nested blank node.</summary>
internal sealed record RdfBlank(RdfNode Node) : RdfObject;
