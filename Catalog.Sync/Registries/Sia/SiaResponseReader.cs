using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Sia;

/// <summary>
/// Reads a <c>consultarSIA_v3_1</c> response (<c>enviaSIA</c> / <c>ACTUACIONES</c> / <c>ACTUACION</c>), on its own or
/// inside its SOAP envelope, in one streaming pass with <see cref="RegistryXmlReader"/>: each <c>ACTUACION</c> is read
/// field by field, with no element tree built per entry. Element names are those of carm-es/eeutil-misc's
/// <c>EnviaSIA3</c> / <c>EnviaSIA2</c> models; namespaces are ignored because the published versions differ in them.
/// Where an element repeats, its first occurrence counts. A SOAP fault or SIA's own <c>ERROR</c> answer is a fatal
/// error that quotes the message.
/// </summary>
/// <remarks>
/// The per-entry methods are compiled optimised at their first call, for the reason the XML reader's are (see its
/// remarks). Faults, error answers and XML errors are rare and end the read, so they are still reported through
/// <see cref="XmlReader"/> and <see cref="XElement"/>, word for word as before.
/// </remarks>
public static class SiaResponseReader
{
    private const string OrganismLevelPrefix = "CODORGANISMORESPONSABLEN";

    /// <summary>How the XmlReader read responses, as it still does to quote a fault, an error answer or an XML error.</summary>
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true };

    private static readonly string[] KindFields = ["CODTIPOACTUACION"];
    private static readonly string[] InitiationFields = ["CODFORMAINICIACION", "DESFORMAINICIACION", "CODEFECTOSILENCIO", "DESEFECTOSILENCIO"];
    private static readonly string[] TermFields = ["NUMEROPLAZORESOLUCION", "CODTIPOPLAZORESOLUCION", "DESTIPOPLAZORESOLUCION"];
    private static readonly string[] RecipientFields = ["CODAQUIENVADIRIGIDO", "DESAQUIENVADIRIGIDO"];
    private static readonly string[] SubjectFields = ["CODMATERIA", "DESMATERIA"];
    private static readonly string[] LegalReferenceFields = ["DESRANGO", "CODRANGO", "NUMERODISPOSICION", "TITULO"];

    /// <summary>The entries of a response file, in order, each accepted or rejected.</summary>
    public static IEnumerable<RegistryRow> ReadRows(string path, string displayName)
    {
        // Unbuffered: the reader reads 64 KB at a time itself.
        using var reader = new RegistryXmlReader(
            RegistryXmlReader.OpenUtf8(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan)),
            ignoreWhitespace: true);
        var response = new ResponseReader(reader, path, displayName);
        var entry = 0;
        while (response.NextEntry(out var draft, out var line))
        {
            entry++;
            yield return draft.Build(new RowLocation(displayName, entry), field => $"{field} (line {line})");
        }

        if (!response.IsResponse)
        {
            throw new RegistryFormatException(displayName, "is XML but not a SIA consultarSIA response: it has no enviaSIA or ACTUACIONES element.");
        }
    }

    /// <summary>Walks a response, handing out one entry at a time.</summary>
    private sealed class ResponseReader(RegistryXmlReader reader, string path, string file)
    {
        /// <summary>The text of the fields of one group element (an INICIO, a NORMATIVA…), by position in its field list.</summary>
        private readonly string?[] _fields = new string?[4];

        /// <summary>True once an <c>enviaSIA</c> or <c>ACTUACIONES</c> element was seen.</summary>
        public bool IsResponse { get; private set; }

        /// <summary>Reads the next ACTUACION; fails on faults, SIA errors and malformed XML.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool NextEntry([NotNullWhen(true)] out SiaEntryDraft? draft, out int line)
        {
            draft = null;
            line = 0;
            try
            {
                while (reader.Node == RegistryXmlNode.Element || reader.Read())
                {
                    if (reader.Node != RegistryXmlNode.Element)
                    {
                        continue;
                    }

                    switch (reader.LocalNameChars)
                    {
                        case "enviaSIA" or "ACTUACIONES":
                            IsResponse = true;
                            reader.Read();
                            break;
                        case "ACTUACION":
                            line = reader.LineNumber;
                            draft = ReadEntry();
                            return true;
                        case "Fault":
                            throw Failure(found: null);
                        case "ERROR" when IsResponse:
                            throw Failure(found: null);
                        default:
                            reader.Read();
                            break;
                    }
                }

                return false;
            }
            catch (XmlException e)
            {
                throw Failure(e);
            }
        }

        /// <summary>
        /// The error for a response that is a SOAP fault, SIA's error answer or XML that is not well-formed. The file is
        /// read again with XmlReader up to what ends it, as it was read before this reader had its own, so the message
        /// quotes the fault, the answer or the XML error (with its line and position) as it always did.
        /// </summary>
        private RegistryFormatException Failure(XmlException? found)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var xml = XmlReader.Create(stream, Settings);
                var isResponse = false;
                while (!xml.EOF)
                {
                    if (xml.NodeType != XmlNodeType.Element)
                    {
                        xml.Read();
                        continue;
                    }

                    switch (xml.LocalName)
                    {
                        case "enviaSIA" or "ACTUACIONES":
                            isResponse = true;
                            xml.Read();
                            break;
                        case "ACTUACION":
                            xml.Skip();
                            break;
                        case "Fault":
                            var fault = (XElement)XNode.ReadFrom(xml);
                            var text = Deep(fault, "faultstring") ?? Deep(fault, "Text") ?? fault.Value;
                            var code = Deep(fault, "faultcode") ?? Deep(fault, "Value");
                            return new RegistryFormatException(file, $"is a SOAP fault, not a SIA response: {code}: {text}".TrimEnd());
                        case "ERROR" when isResponse:
                            var error = (XElement)XNode.ReadFrom(xml);
                            return new RegistryFormatException(file, $"is SIA's error answer: {Value(error, "ERROR")} {Value(error, "DESCERROR")}".TrimEnd());
                        default:
                            xml.Read();
                            break;
                    }
                }
            }
            catch (XmlException e)
            {
                return NotWellFormed(e);
            }

            // XmlReader read to the end without fault: what this reader refused is reported as it found it.
            return NotWellFormed(found ?? new XmlException("The response ends in a way it cannot be read."));
        }

        private RegistryFormatException NotWellFormed(XmlException e)
            => new(file, $"is not well-formed XML at line {e.LineNumber}, position {e.LinePosition} ({e.Message}); the response may be truncated.", e);

        /// <summary>Reads the ACTUACION the reader is on into a draft, leaving the reader after its end tag.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private SiaEntryDraft ReadEntry()
        {
            var draft = new SiaEntryDraft();
            string? code = null, kindFromTypes = null, kindFromProcedureType = null, name = null, description = null;
            string? typologyCode = null, typologyDescription = null, levelCode = null, levelDescription = null;
            string? endsRoute = null, statusCode = null, statusDescription = null, lastUpdated = null;
            bool hasTypes = false, hasProcedureType = false, hasOrganism = false, hasInitiations = false, hasTerm = false;
            bool hasRecipients = false, hasSubjects = false, hasLegalBasis = false;
            var depth = StartContent();
            while (NextChild(depth))
            {
                switch (reader.LocalNameChars)
                {
                    case "CODIGOACTUACION":
                        First(ref code);
                        break;
                    case "TIPOSACTUACION" when !hasTypes:
                        // EnviaSIA3 lists TIPOSACTUACION/TIPOACTUACION; EnviaSIA2 has TIPOTRAMITE.
                        hasTypes = true;
                        kindFromTypes = ReadKindFromTypes();
                        break;
                    case "TIPOTRAMITE" when !hasProcedureType:
                        hasProcedureType = true;
                        kindFromProcedureType = ReadProcedureType();
                        break;
                    case "DENOMINACION":
                        First(ref name);
                        break;
                    case "DESCRIPCION":
                        First(ref description);
                        break;
                    case "ORGANISMORESPONSABLE" when !hasOrganism:
                        hasOrganism = true;
                        ReadOrganisms(draft.Organisms);
                        break;
                    case "CODTIPOLOGIA":
                        First(ref typologyCode);
                        break;
                    case "DESTIPOLOGIA":
                        First(ref typologyDescription);
                        break;
                    case "CODNIVELADMINISTRACIONELECTRONICA":
                        First(ref levelCode);
                        break;
                    case "DESNIVELADMINISTRACIONELECTRONICA":
                        First(ref levelDescription);
                        break;
                    case "FINVIA":
                        First(ref endsRoute);
                        break;
                    case "CODESTADOACTUACION":
                        First(ref statusCode);
                        break;
                    case "DESESTADOACTUACION":
                        First(ref statusDescription);
                        break;
                    case "FECHAULTIMAACTUALIZACION":
                        First(ref lastUpdated);
                        break;
                    case "INICIOS" when !hasInitiations:
                        hasInitiations = true;
                        ReadInitiations(draft);
                        break;
                    case "PLAZORESOLUCION" when !hasTerm:
                        hasTerm = true;
                        ReadFields(TermFields);
                        draft.TermAmount = SiaEntryDraft.Clean(_fields[0]);
                        draft.TermUnit = SiaEntryDraft.Coded(_fields[1], _fields[2]);
                        break;
                    case "AQUIENESVADIRIGIDO" when !hasRecipients:
                        hasRecipients = true;
                        ReadCodedItems("AQUIENVADIRIGIDO", RecipientFields, draft.Recipients);
                        break;
                    case "MATERIAS" when !hasSubjects:
                        hasSubjects = true;
                        ReadCodedItems("MATERIA", SubjectFields, draft.Subjects);
                        break;
                    case "NORMATIVAS" when !hasLegalBasis:
                        hasLegalBasis = true;
                        ReadLegalBasis(draft.LegalBasis);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            draft.Code = SiaEntryDraft.Clean(code);
            draft.Kind = SiaEntryDraft.Clean(kindFromTypes) ?? SiaEntryDraft.Clean(kindFromProcedureType);
            draft.Name = SiaEntryDraft.Clean(name);
            draft.Description = SiaEntryDraft.Clean(description);
            draft.Typology = SiaEntryDraft.Coded(typologyCode, typologyDescription);
            draft.ElectronicLevel = SiaEntryDraft.Coded(levelCode, levelDescription);
            draft.EndsRoute = SiaEntryDraft.Clean(endsRoute);
            draft.Status = SiaEntryDraft.Coded(statusCode, statusDescription);
            draft.LastUpdated = SiaEntryDraft.Clean(lastUpdated);
            return draft;
        }

        /// <summary>The kind code in the first TIPOACTUACION of a TIPOSACTUACION.</summary>
        private string? ReadKindFromTypes()
        {
            string? kind = null;
            var depth = StartContent();
            if (NextItem(depth, "TIPOACTUACION"))
            {
                ReadFields(KindFields);
                kind = _fields[0];
                while (NextChild(depth))
                {
                    reader.Skip();
                }
            }

            return kind;
        }

        /// <summary>EnviaSIA2's TIPOTRAMITE: the text of its first child element, or its own text when it has none.</summary>
        private string ReadProcedureType()
        {
            string? firstChild = null;
            string? text = null;
            StringBuilder? more = null;
            var depth = StartContent();
            while (depth >= 0 && !IsEndOf(depth))
            {
                if (reader.Node == RegistryXmlNode.Element)
                {
                    if (firstChild is null)
                    {
                        firstChild = ReadText();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    if (reader.Node == RegistryXmlNode.Text)
                    {
                        // Text split into pieces (by comments, say) is joined in linear time.
                        if (text is null)
                        {
                            text = reader.Text;
                        }
                        else
                        {
                            (more ??= new StringBuilder(text)).Append(reader.Text);
                        }
                    }

                    Advance();
                }
            }

            EndContent(depth);
            return firstChild ?? more?.ToString() ?? text ?? string.Empty;
        }

        /// <summary>CODORGANISMORESPONSABLEN1, N2, … in level order from the top down, as written (cleaned when validated).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadOrganisms(List<string?> organisms)
        {
            // Read in file order, then sorted once by level (stably, so equal levels keep their order): inserting
            // each in place was quadratic in the number of levels.
            var levels = new List<(int Level, int Order, string? Code)>();
            var depth = StartContent();
            while (NextChild(depth))
            {
                var name = reader.LocalNameChars;
                if (!name.StartsWith(OrganismLevelPrefix, StringComparison.Ordinal))
                {
                    reader.Skip();
                    continue;
                }

                var level = int.TryParse(name[OrganismLevelPrefix.Length..], out var n) ? n : int.MaxValue;
                levels.Add((level, levels.Count, ReadText()));
            }

            levels.Sort((a, b) => a.Level != b.Level ? a.Level.CompareTo(b.Level) : a.Order.CompareTo(b.Order));
            foreach (var (_, _, code) in levels)
            {
                organisms.Add(code);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadInitiations(SiaEntryDraft draft)
        {
            var depth = StartContent();
            while (NextItem(depth, "INICIO"))
            {
                ReadFields(InitiationFields);
                if (SiaEntryDraft.Coded(_fields[0], _fields[1]) is { } initiation)
                {
                    draft.Initiations.Add(initiation);
                }

                draft.SilenceEffect ??= SiaEntryDraft.Coded(_fields[2], _fields[3]);
            }
        }

        /// <summary>The items of a list element (MATERIAS/MATERIA…) that have a code or a description.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadCodedItems(string item, string[] codeAndDescription, List<CodedValue> values)
        {
            var depth = StartContent();
            while (NextItem(depth, item))
            {
                ReadFields(codeAndDescription);
                if (SiaEntryDraft.Coded(_fields[0], _fields[1]) is { } value)
                {
                    values.Add(value);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadLegalBasis(List<SiaLegalReference> legalBasis)
        {
            var depth = StartContent();
            while (NextItem(depth, "NORMATIVA"))
            {
                ReadFields(LegalReferenceFields);
                var rank = SiaEntryDraft.Clean(_fields[0]) ?? SiaEntryDraft.Clean(_fields[1]);
                legalBasis.Add(new SiaLegalReference(rank, SiaEntryDraft.Clean(_fields[2]), SiaEntryDraft.Clean(_fields[3])));
            }
        }

        /// <summary>
        /// Reads the element the reader is on, putting in <see cref="_fields"/> the text of its first child named like
        /// each of <paramref name="names"/> (null where there is none).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadFields(string[] names)
        {
            Array.Clear(_fields);
            var depth = StartContent();
            while (NextChild(depth))
            {
                var index = IndexOfName(names);
                if (index >= 0 && _fields[index] is null)
                {
                    _fields[index] = ReadText();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        /// <summary>Keeps the text of the element the reader is on in <paramref name="field"/> unless an earlier one is there.</summary>
        private void First(ref string? field)
        {
            var text = ReadText();
            field ??= text;
        }

        /// <summary>All the text inside the element the reader is on (as <see cref="XElement.Value"/> gives it); moves past it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string ReadText()
        {
            string? text = null;
            StringBuilder? more = null;
            var depth = StartContent();
            while (depth >= 0 && !IsEndOf(depth))
            {
                if (reader.Node == RegistryXmlNode.Text)
                {
                    // One text node is kept as it is; pieces (split by comments, say) are joined in linear time.
                    if (text is null)
                    {
                        text = reader.Text;
                    }
                    else
                    {
                        (more ??= new StringBuilder(text)).Append(reader.Text);
                    }
                }

                Advance();
            }

            EndContent(depth);
            return more?.ToString() ?? text ?? string.Empty;
        }

        /// <summary>Enters the element the reader is on: its depth, or -1 (reader moved past it) when it is empty.</summary>
        private int StartContent()
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return -1;
            }

            var depth = reader.Depth;
            Advance();
            return depth;
        }

        /// <summary>Moves to the next child element of the element entered at <paramref name="depth"/>; false (and past its end) when there is none.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool NextChild(int depth)
        {
            if (depth < 0)
            {
                return false;
            }

            while (!IsEndOf(depth))
            {
                if (reader.Node == RegistryXmlNode.Element)
                {
                    return true;
                }

                Advance();
            }

            reader.Read();
            return false;
        }

        /// <summary>Moves to the next child named <paramref name="item"/> of the element entered at <paramref name="depth"/>, skipping others.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool NextItem(int depth, string item)
        {
            while (NextChild(depth))
            {
                if (reader.LocalNameChars.SequenceEqual(item))
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }

        /// <summary>Reads on inside an element, where the document cannot end (XmlReader itself reports unclosed elements).</summary>
        private void Advance()
        {
            if (!reader.Read())
            {
                throw new XmlException("The document ends inside an element.");
            }
        }

        private bool IsEndOf(int depth) => reader.Node == RegistryXmlNode.EndElement && reader.Depth == depth;

        /// <summary>Moves past the end tag of the element entered at <paramref name="depth"/>, if it was not empty.</summary>
        private void EndContent(int depth)
        {
            if (depth >= 0)
            {
                reader.Read();
            }
        }

        /// <summary>Where the element the reader is on stands in <paramref name="names"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int IndexOfName(string[] names)
        {
            var name = reader.LocalNameChars;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        /// <summary>The trimmed text of the child with this local name; null when absent or empty.</summary>
        private static string? Value(XElement parent, string name) => SiaEntryDraft.Clean(Child(parent, name)?.Value);

        /// <summary>The trimmed text of the first descendant with this local name (SOAP 1.2 nests fault texts).</summary>
        private static string? Deep(XElement parent, string name)
            => SiaEntryDraft.Clean(parent.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value);
    }
}
