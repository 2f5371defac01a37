using System.Xml;
using System.Xml.Linq;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Sia;

/// <summary>
/// Reads a <c>consultarSIA_v3_1</c> response (<c>enviaSIA</c> / <c>ACTUACIONES</c> / <c>ACTUACION</c>), on its own or
/// inside its SOAP envelope, streaming: one <c>ACTUACION</c> at a time is materialised. Element names are those of
/// carm-es/eeutil-misc's <c>EnviaSIA3</c> / <c>EnviaSIA2</c> models; namespaces are ignored because the published
/// versions differ in them. A SOAP fault or SIA's own <c>ERROR</c> answer is a fatal error that quotes the message.
/// </summary>
public static class SiaResponseReader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true };

    /// <summary>The entries of a response file, in order, each accepted or rejected.</summary>
    public static IEnumerable<RegistryRow> ReadRows(string path, string displayName)
    {
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, Settings);
        var entry = 0;
        var isResponse = false;
        while (Next(reader, displayName, ref isResponse, out var actuacion, out var line))
        {
            entry++;
            yield return Map(actuacion!, new RowLocation(displayName, entry), line);
        }

        if (!isResponse)
        {
            throw new RegistryFormatException(displayName, "is XML but not a SIA consultarSIA response: it has no enviaSIA or ACTUACIONES element.");
        }
    }

    /// <summary>Advances to the next ACTUACION; fails on faults, SIA errors and malformed XML.</summary>
    private static bool Next(XmlReader reader, string file, ref bool isResponse, out XElement? actuacion, out int line)
    {
        actuacion = null;
        line = 0;
        try
        {
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "enviaSIA" or "ACTUACIONES":
                        isResponse = true;
                        reader.Read();
                        break;
                    case "ACTUACION":
                        line = ((IXmlLineInfo)reader).LineNumber;
                        actuacion = (XElement)XNode.ReadFrom(reader);
                        return true;
                    case "Fault":
                        var fault = (XElement)XNode.ReadFrom(reader);
                        var text = Deep(fault, "faultstring") ?? Deep(fault, "Text") ?? fault.Value;
                        var code = Deep(fault, "faultcode") ?? Deep(fault, "Value");
                        throw new RegistryFormatException(file, $"is a SOAP fault, not a SIA response: {code}: {text}".TrimEnd());
                    case "ERROR" when isResponse:
                        var error = (XElement)XNode.ReadFrom(reader);
                        throw new RegistryFormatException(file, $"is SIA's error answer: {Value(error, "ERROR")} {Value(error, "DESCERROR")}".TrimEnd());
                    default:
                        reader.Read();
                        break;
                }
            }

            return false;
        }
        catch (XmlException e)
        {
            throw new RegistryFormatException(file, $"is not well-formed XML at line {e.LineNumber}, position {e.LinePosition} ({e.Message}); the response may be truncated.", e);
        }
    }

    private static RegistryRow Map(XElement actuacion, RowLocation at, int line)
    {
        var draft = new SiaEntryDraft
        {
            Code = Value(actuacion, "CODIGOACTUACION"),
            // EnviaSIA3 lists TIPOSACTUACION/TIPOACTUACION; EnviaSIA2 has TIPOTRAMITE.
            Kind = Value(Child(Child(actuacion, "TIPOSACTUACION"), "TIPOACTUACION"), "CODTIPOACTUACION")
                ?? SiaEntryDraft.Clean(Child(actuacion, "TIPOTRAMITE")?.Elements().FirstOrDefault()?.Value ?? Child(actuacion, "TIPOTRAMITE")?.Value),
            Name = Value(actuacion, "DENOMINACION"),
            Description = Value(actuacion, "DESCRIPCION"),
            Typology = SiaEntryDraft.Coded(Value(actuacion, "CODTIPOLOGIA"), Value(actuacion, "DESTIPOLOGIA")),
            ElectronicLevel = SiaEntryDraft.Coded(Value(actuacion, "CODNIVELADMINISTRACIONELECTRONICA"), Value(actuacion, "DESNIVELADMINISTRACIONELECTRONICA")),
            EndsRoute = Value(actuacion, "FINVIA"),
            Status = SiaEntryDraft.Coded(Value(actuacion, "CODESTADOACTUACION"), Value(actuacion, "DESESTADOACTUACION")),
            LastUpdated = Value(actuacion, "FECHAULTIMAACTUALIZACION"),
        };

        if (Child(actuacion, "ORGANISMORESPONSABLE") is { } organism)
        {
            // CODORGANISMORESPONSABLEN1, N2, … from the top down.
            foreach (var level in organism.Elements().Where(e => e.Name.LocalName.StartsWith("CODORGANISMORESPONSABLEN", StringComparison.Ordinal))
                         .OrderBy(e => int.TryParse(e.Name.LocalName["CODORGANISMORESPONSABLEN".Length..], out var n) ? n : int.MaxValue))
            {
                draft.Organisms.Add(level.Value);
            }
        }

        foreach (var inicio in Items(actuacion, "INICIOS", "INICIO"))
        {
            if (SiaEntryDraft.Coded(Value(inicio, "CODFORMAINICIACION"), Value(inicio, "DESFORMAINICIACION")) is { } initiation)
            {
                draft.Initiations.Add(initiation);
            }

            draft.SilenceEffect ??= SiaEntryDraft.Coded(Value(inicio, "CODEFECTOSILENCIO"), Value(inicio, "DESEFECTOSILENCIO"));
        }

        if (Child(actuacion, "PLAZORESOLUCION") is { } term)
        {
            draft.TermAmount = Value(term, "NUMEROPLAZORESOLUCION");
            draft.TermUnit = SiaEntryDraft.Coded(Value(term, "CODTIPOPLAZORESOLUCION"), Value(term, "DESTIPOPLAZORESOLUCION"));
        }

        draft.Recipients.AddRange(Items(actuacion, "AQUIENESVADIRIGIDO", "AQUIENVADIRIGIDO")
            .Select(r => SiaEntryDraft.Coded(Value(r, "CODAQUIENVADIRIGIDO"), Value(r, "DESAQUIENVADIRIGIDO"))).OfType<CodedValue>());
        draft.Subjects.AddRange(Items(actuacion, "MATERIAS", "MATERIA")
            .Select(m => SiaEntryDraft.Coded(Value(m, "CODMATERIA"), Value(m, "DESMATERIA"))).OfType<CodedValue>());
        draft.LegalBasis.AddRange(Items(actuacion, "NORMATIVAS", "NORMATIVA")
            .Select(n => new SiaLegalReference(Value(n, "DESRANGO") ?? Value(n, "CODRANGO"), Value(n, "NUMERODISPOSICION"), Value(n, "TITULO"))));

        return draft.Build(at, field => $"{field} (line {line})");
    }

    private static IEnumerable<XElement> Items(XElement parent, string list, string item)
        => Child(parent, list)?.Elements().Where(e => e.Name.LocalName == item) ?? [];

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The trimmed text of the child with this local name; null when absent or empty.</summary>
    private static string? Value(XElement? parent, string name) => SiaEntryDraft.Clean(Child(parent, name)?.Value);

    /// <summary>The trimmed text of the first descendant with this local name (SOAP 1.2 nests fault texts).</summary>
    private static string? Deep(XElement parent, string name)
        => SiaEntryDraft.Clean(parent.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value);
}
