using System.Globalization;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Exchange.Export;

/// <summary>
/// Describes catalogs in the Core Public Service Vocabulary Application Profile (CPSV-AP) 3.2.0 of SEMIC, so that they
/// conform to its SHACL shapes (<c>releases/3.2.0/shacl/cpsv-ap-SHACL.ttl</c>), all in the default graph:
/// <list type="bullet">
/// <item>each offered city procedure a <c>cpsv:PublicService</c> whose competent authority is a
/// <c>cv:PublicOrganisation</c> (its DIR3 unit, else the town council) with <c>dct:spatial</c> the municipality's
/// <c>dct:Location</c> (identified by its INE code);</item>
/// <item>each reference procedure a <c>cpsv:PublicService</c> of type <see cref="ReferenceModelConcept"/> whose
/// competent authority is the working group that curates the models (no council provides a model);</item>
/// <item>channel types and statuses IRIs of EU controlled vocabularies, typed <c>skos:Concept</c> (the in-person
/// channel, which Europass's vocabulary lacks, a concept of this catalog's vocabulary);</item>
/// <item>channels, costs, requirements and evidence identified by <c>dct:identifier</c>, texts tagged with their language;</item>
/// <item>a term in months or calendar days as <c>cv:processingTime</c> (<c>xsd:duration</c>); one in business days,
/// which no <c>xsd:duration</c> can say, as <see cref="BusinessDaysProperty"/> (a count) instead.</item>
/// </list>
/// </summary>
internal sealed class CpsvApWriter(Uri baseUri)
{
    /// <summary>The specification the output follows (recorded as <c>dct:conformsTo</c>).</summary>
    public const string Specification = "https://semiceu.github.io/CPSV-AP/releases/3.2.0/";

    /// <summary>The language of the catalog's texts: the councils' own, in Spanish.</summary>
    private const string Spanish = "es";

    /// <summary>Europass's communication channels (EU controlled vocabulary), by the channel they name.</summary>
    private const string EuropassChannels = "http://data.europa.eu/snb/com-channel/";

    /// <summary>ADMS's status vocabulary (SEMIC), for <c>adms:status</c>.</summary>
    private const string AdmsStatus = "http://purl.org/adms/status/";

    /// <summary>Spain in the EU's administrative territorial units, the area of the working group.</summary>
    private const string Spain = "http://publications.europa.eu/resource/authority/atu/ESP";

    private const string WorkingGroupCode = "RECI-GTV";
    private const string WorkingGroupName = "Grupo de trabajo de gobierno abierto de la Red Española de Ciudades Inteligentes (RECI)";

    /// <summary>The prefixes of the documents: the profile's namespaces and this catalog's vocabulary.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> Prefixes =>
    [
        ("cpsv", "http://purl.org/vocab/cpsv#"),
        ("cv", "http://data.europa.eu/m8g/"),
        ("dct", "http://purl.org/dc/terms/"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("adms", "http://www.w3.org/ns/adms#"),
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("catalogo", Vocabulary),
    ];

    /// <summary>The terms this catalog adds where CPSV-AP has none (under the public base, like every IRI it mints).</summary>
    public string Vocabulary => Iri("vocabulary/");

    /// <summary>A resolution term in business days (días hábiles): their count, an <c>xsd:positiveInteger</c>.</summary>
    public const string BusinessDaysProperty = "catalogo:processingTimeInBusinessDays";

    /// <summary>The concept that marks a reference procedure as a model, not a service an organisation provides.</summary>
    public string ReferenceModelConcept => Iri("vocabulary/service-types/reference-model");

    /// <summary>The in-person channel (Europass's communication channels have none).</summary>
    public string InPersonChannelConcept => Iri("vocabulary/channel-types/in-person");

    /// <summary>The IRI of a DIR3 unit in this catalog.</summary>
    public string UnitIri(string dir3Code) => Iri($"units/{dir3Code}");

    /// <summary>The IRI of a municipality, its <c>dct:Location</c> in the exports.</summary>
    public string MunicipalityIri(string ineCode) => Iri($"municipalities/{ineCode}");

    public string CityProcedureIri(string ineCode, long id) => Iri($"municipalities/{ineCode}/procedures/{id.ToString(CultureInfo.InvariantCulture)}");

    public string ReferenceProcedureIri(string code) => Iri($"reference-procedures/{code}");

    public string WorkingGroupIri => Iri("working-group");

    private string Iri(string path) => new Uri(baseUri, path).AbsoluteUri;

    /// <summary>
    /// The city's offered procedures as public services, then the organisations competent for them, the municipality and
    /// the concepts named. Entries declaring that the city does not offer a reference procedure are not services, so
    /// they are left out.
    /// </summary>
    public async Task WriteCityCatalogAsync(RdfDocumentWriter document, CatalogDbContext db, Municipality municipality, IAsyncEnumerable<CityProcedure> procedures,
        CancellationToken cancellationToken)
    {
        var units = new SortedSet<string>(StringComparer.Ordinal) { municipality.CouncilDir3Code };
        var concepts = new SortedSet<string>(StringComparer.Ordinal);
        var location = MunicipalityIri(municipality.IneCode);
        await foreach (var procedure in procedures.Where(p => p.IsOffered).WithCancellation(cancellationToken))
        {
            var authority = procedure.ResponsibleUnitCode ?? municipality.CouncilDir3Code;
            units.Add(authority);
            var identifier = procedure.LocalId ?? procedure.SiaCode ?? procedure.Id.ToString(CultureInfo.InvariantCulture);
            var service = RdfNode.Named(CityProcedureIri(municipality.IneCode, procedure.Id), "cpsv:PublicService").Code("dct:identifier", identifier);
            if (procedure.SiaCode is not null)
            {
                // The SIA code is the national identifier of the procedure: an adms:Identifier issued by SIA.
                service.Nest("adms:identifier", RdfNode.Blank("adms:Identifier")
                    .Code("skos:notation", procedure.SiaCode)
                    .Text("adms:schemaAgency", "Sistema de Información Administrativa (SIA)", Spanish));
            }

            Describe(service, identifier, procedure.LocalName, procedure.Description, procedure.Attributes, concepts);
            service.Link("cv:hasCompetentAuthority", UnitIri(authority)).Link("dct:spatial", location);
            await document.WriteAsync(service, cancellationToken);
        }

        var names = await UnitNamesAsync(db, units, cancellationToken);
        foreach (var unit in units)
        {
            var name = names.GetValueOrDefault(unit) ?? (unit == municipality.CouncilDir3Code ? $"Ayuntamiento de {municipality.DisplayName}" : unit);
            await document.WriteAsync(Organisation(UnitIri(unit), unit, name, location), cancellationToken);
        }

        await document.WriteAsync(RdfNode.Named(location, "dct:Location")
            .Code("dct:identifier", municipality.IneCode)
            .Text("skos:prefLabel", municipality.DisplayName, Spanish), cancellationToken);
        await WriteConceptsAsync(document, concepts, cancellationToken);
        await document.WriteAsync(Catalog(Iri($"municipalities/{municipality.IneCode}/catalog"), $"Catálogo de procedimientos de {municipality.DisplayName}"), cancellationToken);
        await document.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Reference procedures as public services of type <see cref="ReferenceModelConcept"/>: models a city's own
    /// procedure implements, whose competent authority is the working group that curates them (a city's export names
    /// the authority of its own implementation). Their status says whether they are current or retired.
    /// </summary>
    public async Task WriteReferenceCatalogAsync(RdfDocumentWriter document, IAsyncEnumerable<ReferenceProcedure> procedures, CancellationToken cancellationToken)
    {
        var concepts = new SortedSet<string>(StringComparer.Ordinal) { ReferenceModelConcept };
        await foreach (var procedure in procedures.WithCancellation(cancellationToken))
        {
            var service = RdfNode.Named(ReferenceProcedureIri(procedure.Code), "cpsv:PublicService")
                .Code("dct:identifier", procedure.Code)
                .Link("dct:type", ReferenceModelConcept);
            Describe(service, procedure.Code, procedure.Name, procedure.Description, procedure.Attributes, concepts);
            var status = AdmsStatus + (procedure.IsRetired ? "Deprecated" : "Completed");
            concepts.Add(status);
            service.Link("adms:status", status)
                .Code("adms:version", procedure.CurrentVersion.ToString(CultureInfo.InvariantCulture))
                .Link("cv:hasCompetentAuthority", WorkingGroupIri)
                .Link("dct:spatial", Spain);
            await document.WriteAsync(service, cancellationToken);
        }

        await document.WriteAsync(Organisation(WorkingGroupIri, WorkingGroupCode, WorkingGroupName, Spain), cancellationToken);
        await document.WriteAsync(RdfNode.Named(Spain, "dct:Location").Code("dct:identifier", "ESP").Text("skos:prefLabel", "España", Spanish), cancellationToken);
        await WriteConceptsAsync(document, concepts, cancellationToken);
        await document.WriteAsync(Catalog(Iri("reference-catalog"), "Catálogo de referencia de procedimientos municipales"), cancellationToken);
        await document.CompleteAsync(cancellationToken);
    }

    private static RdfNode Catalog(string iri, string title)
        => RdfNode.Named(iri, "dcat:Catalog").Text("dct:title", title, Spanish).Link("dct:conformsTo", Specification);

    /// <summary>An organisation as the Agent and Public Organisation shapes want it: identifier, name (title and label), area.</summary>
    private static RdfNode Organisation(string iri, string identifier, string name, string location)
        => RdfNode.Named(iri, "cv:PublicOrganisation")
            .Code("dct:identifier", identifier)
            .Text("dct:title", name, Spanish)
            .Text("skos:prefLabel", name, Spanish)
            .Link("dct:spatial", location);

    /// <summary>What city and reference procedures share; the concepts it names are added to <paramref name="concepts"/>.</summary>
    private void Describe(RdfNode service, string identifier, string title, string? description, ProcedureAttributes attributes, SortedSet<string> concepts)
    {
        service.Text("dct:title", title, Spanish).Text("dct:description", description, Spanish);
        switch (attributes.ResolutionTerm)
        {
            case { Unit: TermUnit.BusinessDays } term:
                // xsd:duration counts calendar time: 10 business days are not P10D (nor any fixed number of days).
                service.Value(BusinessDaysProperty, term.Amount.ToString(CultureInfo.InvariantCulture), "xsd:positiveInteger");
                break;
            case { } term:
                service.Value("cv:processingTime", term.ToIso8601(), "xsd:duration");
                break;
        }

        foreach (var reference in attributes.LegalBasis)
        {
            var legal = RdfNode.Blank("eli:LegalResource").Text("dct:title", reference.Number is null ? reference.Title : reference.ToString(), Spanish);
            if (reference.Rank is not null)
            {
                legal.Nest("dct:type", RdfNode.Blank("skos:Concept").Text("skos:prefLabel", reference.Rank, Spanish));
            }

            service.Nest("cv:hasLegalResource", legal.Code("dct:identifier", reference.Number));
        }

        foreach (var channel in Enum.GetValues<Channels>().Where(c => c != Channels.None && attributes.Channels.HasFlag(c)))
        {
            var (slug, concept, label) = Channel(channel);
            concepts.Add(concept);
            service.Nest("cv:hasChannel", RdfNode.Blank("cv:Channel")
                .Code("dct:identifier", $"{identifier}#channel-{slug}")
                .Link("dct:type", concept)
                .Text("dct:description", label, Spanish));
        }

        if (!string.IsNullOrWhiteSpace(attributes.Fees))
        {
            service.Nest("cv:hasCost", RdfNode.Blank("cv:Cost").Code("dct:identifier", $"{identifier}#cost").Text("dct:description", attributes.Fees, Spanish));
        }

        // The published attributes CPSV-AP has a property for; the resolving body, appeals and submission period have
        // none (the competent authority above is the DIR3 unit), so they stay in the other exports.
        if (!string.IsNullOrWhiteSpace(attributes.Requirements))
        {
            service.Nest("cv:holdsRequirement", RdfNode.Blank("cv:Requirement")
                .Code("dct:identifier", $"{identifier}#requirements")
                .Text("dct:title", "Requisitos", Spanish)
                .Text("dct:description", attributes.Requirements, Spanish));
        }

        if (!string.IsNullOrWhiteSpace(attributes.Documents))
        {
            service.Nest("cpsv:hasInput", RdfNode.Blank("cv:Evidence")
                .Code("dct:identifier", $"{identifier}#documents")
                .Text("dct:title", "Documentación", Spanish)
                .Text("dct:description", attributes.Documents, Spanish));
        }

        if (!string.IsNullOrWhiteSpace(attributes.Family))
        {
            service.Nest("cv:thematicArea", RdfNode.Blank("skos:Concept").Text("skos:prefLabel", attributes.Family, Spanish));
        }
    }

    /// <summary>A channel's identifier suffix, its type (a concept IRI) and its name in Spanish.</summary>
    private (string Slug, string Concept, string Label) Channel(Channels channel) => channel switch
    {
        Channels.InPerson => ("in-person", InPersonChannelConcept, "Presencial"),
        Channels.Online => ("web", EuropassChannels + "b37115f83e", "Electrónico, en la sede electrónica"),
        Channels.Telephone => ("phone", EuropassChannels + "c05134f579", "Telefónico"),
        Channels.Post => ("post", EuropassChannels + "0c84394663", "Correo postal"),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>
    /// Every concept named, typed <c>skos:Concept</c> (the shapes' <c>sh:class</c> looks for the type in the data); the
    /// concepts of this catalog's vocabulary also with their labels and definition.
    /// </summary>
    private async Task WriteConceptsAsync(RdfDocumentWriter document, SortedSet<string> concepts, CancellationToken cancellationToken)
    {
        foreach (var iri in concepts)
        {
            var concept = RdfNode.Named(iri, "skos:Concept");
            if (iri == InPersonChannelConcept)
            {
                concept.Text("skos:prefLabel", "Presencial", Spanish).Text("skos:prefLabel", "In person", "en")
                    .Text("skos:definition", "El procedimiento se puede iniciar o tramitar en persona, en una oficina de la administración.", Spanish)
                    .Link("skos:inScheme", Iri("vocabulary/channel-types"));
            }
            else if (iri == ReferenceModelConcept)
            {
                concept.Text("skos:prefLabel", "Procedimiento de referencia", Spanish).Text("skos:prefLabel", "Reference procedure", "en")
                    .Text("skos:definition", "Modelo de procedimiento municipal del catálogo de referencia del grupo de trabajo: no lo presta ninguna organización; cada ayuntamiento publica como servicio su propio procedimiento.", Spanish)
                    .Link("skos:inScheme", Iri("vocabulary/service-types"));
            }

            await document.WriteAsync(concept, cancellationToken);
        }
    }

    private static async Task<Dictionary<string, string>> UnitNamesAsync(CatalogDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(500))
        {
            foreach (var unit in await db.Units.AsNoTracking().Where(u => chunk.Contains(u.Code)).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken))
            {
                names[unit.Code] = unit.Name;
            }
        }

        return names;
    }
}
