using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Catalog.Testing;

namespace Catalog.Sync.Tests.SiaPublishing;

/// <summary>The published request and response schemas (Schemas/README.md), loaded once, and validation against them.</summary>
public static class SiaSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet();
        foreach (var file in new[] { "ParamSIA_v3_1.xsd", "EnviaSIA_v3_1.xsd" })
        {
            using var reader = XmlReader.Create(RepositoryPaths.Combine("tests", "Catalog.Sync.Tests", "SiaPublishing", "Schemas", file));
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    });

    /// <summary>
    /// The schema errors of the <c>paramSIA</c> or <c>enviaSIA</c> element inside <paramref name="envelope"/> (an
    /// envelope or the element itself); empty when it validates. Each error names its line.
    /// </summary>
    public static IReadOnlyList<string> Errors(string envelope, string element)
    {
        var document = XDocument.Parse(envelope, LoadOptions.SetLineInfo);
        var payload = document.Descendants().FirstOrDefault(e => e.Name.LocalName == element);
        if (payload is null)
        {
            return [$"no <{element}> element"];
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(payload.ToString()), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
