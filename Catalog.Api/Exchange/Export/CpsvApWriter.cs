using System.Globalization;
using System.Text.Json;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Exchange.Export;

/// <summary>
/// Writes catalogs in the Core Public Service Vocabulary Application Profile (CPSV-AP) 3.2.0 of SEMIC, as JSON-LD:
/// each procedure a <c>cpsv:PublicService</c> with <c>dct:identifier</c>, <c>dct:title</c>, <c>dct:description</c>,
/// <c>cv:hasCompetentAuthority</c> (a <c>cv:PublicOrganisation</c> identified by its DIR3 code, with
/// <c>cv:spatial</c> the municipality), <c>cv:hasLegalResource</c> (<c>eli:LegalResource</c>), <c>cv:processingTime</c>
/// (an <c>xsd:duration</c>), <c>cv:hasChannel</c> and <c>cv:hasCost</c>. The context uses the profile's namespaces and
/// compact IRIs, so the document reads without fetching anything.
/// </summary>
internal sealed class CpsvApWriter(Stream output, Uri baseUri, JsonWriterOptions options)
{
    /// <summary>The specification the output follows (recorded as <c>dct:conformsTo</c>).</summary>
    public const string Specification = "https://semiceu.github.io/CPSV-AP/releases/3.2.0/";

    private static readonly (string Prefix, string Namespace)[] Namespaces =
    [
        ("cpsv", "http://purl.org/vocab/cpsv#"),
        ("cv", "http://data.europa.eu/m8g/"),
        ("dct", "http://purl.org/dc/terms/"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("adms", "http://www.w3.org/ns/adms#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>The IRI of a DIR3 unit in this catalog.</summary>
    public string UnitIri(string dir3Code) => new Uri(baseUri, $"units/{dir3Code}").AbsoluteUri;

    public string CityProcedureIri(string ineCode, long id) => new Uri(baseUri, $"municipalities/{ineCode}/procedures/{id.ToString(CultureInfo.InvariantCulture)}").AbsoluteUri;

    public string ReferenceProcedureIri(string code) => new Uri(baseUri, $"reference-procedures/{code}").AbsoluteUri;

    /// <summary>
    /// The city's offered procedures as public services, then the organisations competent for them. Entries declaring
    /// that the city does not offer a reference procedure are not services, so they are left out.
    /// </summary>
    public async Task WriteCityCatalogAsync(CatalogDbContext db, Municipality municipality, IAsyncEnumerable<CityProcedure> procedures, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, options);
        StartDocument(json, new Uri(baseUri, $"municipalities/{municipality.IneCode}/catalog").AbsoluteUri);
        var units = new HashSet<string>(StringComparer.Ordinal);
        await CatalogExporter.WriteEachAsync(json, procedures.Where(p => p.IsOffered), procedure =>
        {
            var authority = procedure.ResponsibleUnitCode ?? municipality.CouncilDir3Code;
            units.Add(authority);
            json.WriteStartObject();
            json.WriteString("@id", CityProcedureIri(municipality.IneCode, procedure.Id));
            json.WriteString("@type", "cpsv:PublicService");
            json.WriteString("dct:identifier", procedure.LocalId ?? procedure.SiaCode ?? procedure.Id.ToString(CultureInfo.InvariantCulture));
            if (procedure.SiaCode is not null)
            {
                // The SIA code is the national identifier of the procedure: an adms:Identifier issued by SIA.
                json.WriteStartObject("adms:identifier");
                json.WriteString("@type", "adms:Identifier");
                json.WriteString("skos:notation", procedure.SiaCode);
                json.WriteString("adms:schemaAgency", "SIA");
                json.WriteEndObject();
            }

            WriteService(json, procedure.LocalName, procedure.Description, procedure.Attributes);
            json.WriteStartObject("cv:hasCompetentAuthority");
            json.WriteString("@id", UnitIri(authority));
            json.WriteEndObject();
            json.WriteEndObject();
        }, cancellationToken);

        units.Add(municipality.CouncilDir3Code);
        var names = await UnitNamesAsync(db, units, cancellationToken);
        foreach (var unit in units.Order(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("@id", UnitIri(unit));
            json.WriteString("@type", "cv:PublicOrganisation");
            json.WriteString("dct:identifier", unit);
            var name = names.GetValueOrDefault(unit) ?? (unit == municipality.CouncilDir3Code ? $"Ayuntamiento de {municipality.DisplayName}" : unit);
            WriteText(json, "skos:prefLabel", name);
            json.WriteStartObject("cv:spatial");
            json.WriteString("@type", "dct:Location");
            json.WriteString("dct:identifier", municipality.IneCode);
            WriteText(json, "skos:prefLabel", municipality.DisplayName);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        await CatalogExporter.EndJsonAsync(json, cancellationToken);
    }

    /// <summary>
    /// Reference procedures as public services. They are models, not services any one organisation provides, so they
    /// carry no competent authority; a city's export names the authority of its own implementation.
    /// </summary>
    public async Task WriteReferenceCatalogAsync(IAsyncEnumerable<ReferenceProcedure> procedures, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, options);
        StartDocument(json, new Uri(baseUri, "reference-catalog").AbsoluteUri);
        await CatalogExporter.WriteEachAsync(json, procedures, procedure =>
        {
            json.WriteStartObject();
            json.WriteString("@id", ReferenceProcedureIri(procedure.Code));
            json.WriteString("@type", "cpsv:PublicService");
            json.WriteString("dct:identifier", procedure.Code);
            WriteService(json, procedure.Name, procedure.Description, procedure.Attributes);
            json.WriteString("adms:status", procedure.IsRetired ? "retired" : "current");
            json.WriteString("adms:version", procedure.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }, cancellationToken);

        await CatalogExporter.EndJsonAsync(json, cancellationToken);
    }

    private static void StartDocument(Utf8JsonWriter json, string catalogIri)
    {
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, ns) in Namespaces)
        {
            json.WriteString(prefix, ns);
        }

        json.WriteEndObject();
        json.WriteString("@id", catalogIri);
        json.WriteStartObject("dct:conformsTo");
        json.WriteString("@id", Specification);
        json.WriteEndObject();
        json.WriteStartArray("@graph");
    }

    private static void WriteService(Utf8JsonWriter json, string title, string? description, ProcedureAttributes attributes)
    {
        WriteText(json, "dct:title", title);
        if (!string.IsNullOrWhiteSpace(description))
        {
            WriteText(json, "dct:description", description);
        }

        if (attributes.ResolutionTerm is { } term)
        {
            json.WriteStartObject("cv:processingTime");
            json.WriteString("@value", term.ToIso8601());
            json.WriteString("@type", "xsd:duration");
            json.WriteEndObject();
        }

        if (attributes.LegalBasis.Count > 0)
        {
            json.WriteStartArray("cv:hasLegalResource");
            foreach (var reference in attributes.LegalBasis)
            {
                json.WriteStartObject();
                json.WriteString("@type", "eli:LegalResource");
                WriteText(json, "dct:title", reference.Number is null ? reference.Title : reference.ToString());
                if (reference.Rank is not null)
                {
                    json.WriteString("dct:type", reference.Rank);
                }

                if (reference.Number is not null)
                {
                    json.WriteString("dct:identifier", reference.Number);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (attributes.Channels != Channels.None)
        {
            json.WriteStartArray("cv:hasChannel");
            foreach (var channel in Enum.GetValues<Channels>().Where(c => c != Channels.None && attributes.Channels.HasFlag(c)))
            {
                json.WriteStartObject();
                json.WriteString("@type", "cv:Channel");
                json.WriteString("dct:type", channel.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!string.IsNullOrWhiteSpace(attributes.Fees))
        {
            json.WriteStartObject("cv:hasCost");
            json.WriteString("@type", "cv:Cost");
            WriteText(json, "dct:description", attributes.Fees);
            json.WriteEndObject();
        }

        // The published attributes CPSV-AP has a property for; the resolving body, appeals and submission period have
        // none (the competent authority above is the DIR3 unit), so they stay in the other exports.
        WriteDescribed(json, "cv:holdsRequirement", "cv:Requirement", attributes.Requirements);
        WriteDescribed(json, "cpsv:hasInput", "cv:Evidence", attributes.Documents);
        if (!string.IsNullOrWhiteSpace(attributes.Family))
        {
            json.WriteStartObject("cv:thematicArea");
            json.WriteString("@type", "skos:Concept");
            WriteText(json, "skos:prefLabel", attributes.Family);
            json.WriteEndObject();
        }
    }

    private static void WriteDescribed(Utf8JsonWriter json, string property, string type, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }

        json.WriteStartObject(property);
        json.WriteString("@type", type);
        WriteText(json, "dct:description", description);
        json.WriteEndObject();
    }

    /// <summary>A Spanish-language literal: the catalog's texts are the councils' own, in Spanish (or co-official languages).</summary>
    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("@value", text);
        json.WriteString("@language", "es");
        json.WriteEndObject();
    }

    private static async Task<Dictionary<string, string>> UnitNamesAsync(CatalogDbContext db, HashSet<string> codes, CancellationToken cancellationToken)
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
