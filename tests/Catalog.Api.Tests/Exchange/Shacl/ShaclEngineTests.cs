namespace Catalog.Api.Tests.Exchange.Shacl;

/// <summary>The SHACL check itself: it finds what the shapes forbid and what a plain reader would miss, so a conformance test can fail.</summary>
public sealed class ShaclEngineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shacl-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Context = """
        "@context": { "cpsv": "http://purl.org/vocab/cpsv#", "cv": "http://data.europa.eu/m8g/", "dct": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#" }
        """;

    private const string Service = """
        { "@id": "https://catalogo.example.es/s/1", "@type": "cpsv:PublicService", "dct:identifier": "S-1",
          "dct:title": { "@value": "Licencia", "@language": "es" }, "dct:description": { "@value": "Una licencia", "@language": "es" } }
        """;

    [SkippableFact]
    public async Task A_public_service_without_a_competent_authority_is_a_violation()
    {
        var file = Write("service.jsonld", $$"""{ {{Context}}, "@graph": [ {{Service}} ] }""");

        var report = (await ShaclEngine.ValidateAsync(file)).Single();

        Assert.False(report.Conforms);
        var violation = Assert.Single(report.Results, r => r.Severity == "Violation");
        Assert.Equal("http://data.europa.eu/m8g/hasCompetentAuthority", violation.Path.GetString());
        Assert.Equal("MinCountConstraintComponent", violation.Component);
    }

    [SkippableFact]
    public async Task An_organisation_is_checked_as_the_agent_the_vocabulary_says_it_is()
    {
        // cv:PublicOrganisation is a foaf:Agent only through the vocabulary's rdfs:subClassOf: the Agent shape's
        // dct:identifier and dct:title must still apply.
        var file = Write("organisation.ttl", """
            @prefix cv: <http://data.europa.eu/m8g/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://catalogo.example.es/units/L01280066> a cv:PublicOrganisation ;
                skos:prefLabel "Ayuntamiento de Alcobendas"@es ;
                dct:spatial <https://catalogo.example.es/municipalities/28006> .
            <https://catalogo.example.es/municipalities/28006> a dct:Location .
            """);

        var report = (await ShaclEngine.ValidateAsync(file)).Single();

        Assert.Equal(["http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title"],
            report.Results.Where(r => r.Severity == "Violation").Select(r => r.Path.GetString()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Services_in_a_named_graph_are_validated_but_not_found_in_the_default_graph()
    {
        var file = Write("named.jsonld", $$"""{ {{Context}}, "@id": "https://catalogo.example.es/catalog", "@graph": [ {{Service}} ] }""");

        var report = (await ShaclEngine.ValidateAsync(file)).Single();

        Assert.Empty(report.ServicesInDefaultGraph);
        Assert.Equal(["https://catalogo.example.es/catalog"], report.NamedGraphs);
        Assert.Contains(report.Results, r => r.Path.GetString() == "http://data.europa.eu/m8g/hasCompetentAuthority");
    }

    [SkippableFact]
    public async Task The_same_graph_in_JSON_LD_and_Turtle_has_one_canonical_form()
    {
        var jsonLd = Write("same.jsonld", $$"""{ {{Context}}, "@graph": [ {{Service}} ] }""");
        var turtle = Write("same.ttl", """
            @prefix cpsv: <http://purl.org/vocab/cpsv#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <https://catalogo.example.es/s/1> a cpsv:PublicService ; dct:identifier "S-1" ;
                dct:title "Licencia"@es ; dct:description "Una licencia"@es .
            """);
        var other = Write("other.ttl", """
            <https://catalogo.example.es/s/1> <http://purl.org/dc/terms/title> "Licencia"@ca .
            """);

        var reports = await ShaclEngine.ValidateAsync(jsonLd, turtle, other);

        Assert.Equal(reports[0].Canonical, reports[1].Canonical);
        Assert.NotEqual(reports[0].Canonical, reports[2].Canonical);
        Assert.Equal(["https://catalogo.example.es/s/1"], reports[1].ServicesInDefaultGraph);
    }
}
