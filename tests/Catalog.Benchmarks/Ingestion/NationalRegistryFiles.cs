using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Catalog.Benchmarks.Ingestion;

/// <summary>
/// Generates national-size registry files for the ingestion benchmark: a DIR3 list in the official XLSX layout
/// (header on row 2 from column B, shared strings, the repeated name headers) and a SIA consultarSIA response.
/// Written with a plain <see cref="XmlWriter"/> into the ZIP so generating 100,000 rows takes seconds and no memory.
/// </summary>
internal static class NationalRegistryFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string[] Header =
    [
        "C_ID_UD_ORGANICA", "C_DNM_UD_ORGANICA", "C_ID_NIVEL_ADMON", "C_ID_TIPO_ENT_PUBLICA", "N_NIVEL_JERARQUICO",
        "C_ID_DEP_UD_SUPERIOR", "C_DNM_UD_ORGANICA", "C_ID_DEP_UD_PRINCIPAL", "C_DNM_UD_ORGANICA", "B_SW_DEP_EDP_PRINCIPAL",
        "C_ID_DEP_EDP_PRINCIPAL", "EDP.C_DNM_UD_ORGANICA", "C_ID_ESTADO", "D_VIG_ALTA_OFICIAL", "NIF_CIF",
    ];

    private static readonly string[] Areas = ["Área de Urbanismo", "Concejalía de Cultura", "Servicio de Atención Ciudadana", "Subdirección General de Gestión Económica", "Gabinete Técnico", "Oficina de Participación"];

    /// <summary>A unit's code, name and parent; units come in trees of 100 whose root is its own parent.</summary>
    public static (string Code, string Name, string Parent, string Root) Unit(int index, int variant = 0)
    {
        var code = "E" + (10_000_000 + index).ToString(CultureInfo.InvariantCulture);
        var root = index - (index % 100);
        // Roots every 100 units; units at multiples of 10 hang from the root, the others from their multiple of 10.
        var parent = index % 100 == 0 ? index : index % 10 == 0 ? root : index - (index % 10);
        var name = $"{Areas[index % Areas.Length]} nº {index} de la Dirección de Gestión Pública{(variant == 0 ? string.Empty : " (renombrada)")}";
        return (code, name, "E" + (10_000_000 + parent).ToString(CultureInfo.InvariantCulture), "E" + (10_000_000 + root).ToString(CultureInfo.InvariantCulture));
    }

    /// <param name="renamed">Units whose index is a multiple of this get another name (a changed list); 0 for none.</param>
    public static void WriteUnitList(string path, int units, int renamed = 0)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new List<string>();
        int Shared(string text)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = ordered.Count;
                strings[text] = index;
                ordered.Add(text);
            }

            return index;
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        WriteEntry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteEntry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Unidades AGE V+T" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        WriteEntry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");

        using (var sheet = XmlWriter.Create(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true }))
        {
            sheet.WriteStartElement("worksheet", Main);
            sheet.WriteStartElement("sheetData", Main);
            WriteRow(sheet, 2, Header.Select(h => (object)Shared(h)).ToArray());
            for (var i = 0; i < units; i++)
            {
                var (code, name, parent, root) = Unit(i, renamed > 0 && i % renamed == 0 ? 1 : 0);
                var parentName = Unit(int.Parse(parent[1..], CultureInfo.InvariantCulture) - 10_000_000).Name;
                var rootName = Unit(int.Parse(root[1..], CultureInfo.InvariantCulture) - 10_000_000).Name;
                WriteRow(sheet, i + 3,
                [
                    Shared(code), Shared(name), 1.0, Shared(i % 100 == 0 ? "MN" : string.Empty), (double)(i % 100 == 0 ? 1 : 2 + (i % 10 == 0 ? 0 : 1)),
                    Shared(parent), Shared(parentName), Shared(root), Shared(rootName), Shared("N"), Shared(string.Empty), Shared(string.Empty),
                    Shared("V"), Shared("01/01/15"), Shared(i % 3 == 0 ? "S2800000" + (char)('A' + (i % 20)) : string.Empty),
                ]);
            }

            sheet.WriteEndElement();
            sheet.WriteEndElement();
        }

        using var shared = XmlWriter.Create(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });
        shared.WriteStartElement("sst", Main);
        shared.WriteAttributeString("uniqueCount", ordered.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var text in ordered)
        {
            shared.WriteStartElement("si", Main);
            shared.WriteElementString("t", Main, text);
            shared.WriteEndElement();
        }

        shared.WriteEndElement();
    }

    /// <param name="changed">Entries whose index is a multiple of this get another silence effect; 0 for none.</param>
    public static void WriteSiaResponse(string path, int entries, int changed = 0)
    {
        const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
        const string Sia = "http://www.map.es/sgca/consultar/messages/EnviaSIA";
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });
        writer.WriteStartElement("soap", "Envelope", Soap);
        writer.WriteStartElement("soap", "Body", Soap);
        writer.WriteStartElement("enviaSIA", Sia);
        writer.WriteStartElement("ACTUACIONES", Sia);
        for (var i = 0; i < entries; i++)
        {
            var council = "L01" + CouncilCode(i % 8000);
            writer.WriteStartElement("ACTUACION", Sia);
            writer.WriteElementString("CODIGOACTUACION", Sia, (1_000_000 + i).ToString(CultureInfo.InvariantCulture));
            writer.WriteStartElement("TIPOSACTUACION", Sia);
            writer.WriteStartElement("TIPOACTUACION", Sia);
            writer.WriteElementString("CODTIPOACTUACION", Sia, "P");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteElementString("DENOMINACION", Sia, $"Licencia municipal de actividad y apertura nº {i}");
            writer.WriteElementString("DESCRIPCION", Sia, "Autorización previa para el ejercicio de actividades en establecimientos del término municipal, según la ordenanza.");
            writer.WriteStartElement("ORGANISMORESPONSABLE", Sia);
            writer.WriteElementString("CODORGANISMORESPONSABLEN1", Sia, council);
            writer.WriteEndElement();
            writer.WriteElementString("CODTIPOLOGIA", Sia, "4");
            writer.WriteElementString("DESTIPOLOGIA", Sia, "Externo específico");
            writer.WriteStartElement("MATERIAS", Sia);
            writer.WriteStartElement("MATERIA", Sia);
            writer.WriteElementString("CODMATERIA", Sia, "12");
            writer.WriteElementString("DESMATERIA", Sia, "Urbanismo");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("INICIOS", Sia);
            writer.WriteStartElement("INICIO", Sia);
            writer.WriteElementString("CODFORMAINICIACION", Sia, "1");
            writer.WriteElementString("DESFORMAINICIACION", Sia, "A solicitud del interesado");
            writer.WriteElementString("CODEFECTOSILENCIO", Sia, changed > 0 && i % changed == 0 ? "1" : "2");
            writer.WriteElementString("DESEFECTOSILENCIO", Sia, changed > 0 && i % changed == 0 ? "Estimatorio" : "Desestimatorio");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("PLAZORESOLUCION", Sia);
            writer.WriteElementString("NUMEROPLAZORESOLUCION", Sia, "3");
            writer.WriteElementString("CODTIPOPLAZORESOLUCION", Sia, "2");
            writer.WriteElementString("DESTIPOPLAZORESOLUCION", Sia, "Meses");
            writer.WriteEndElement();
            writer.WriteElementString("FINVIA", Sia, "N");
            writer.WriteStartElement("NORMATIVAS", Sia);
            writer.WriteStartElement("NORMATIVA", Sia);
            writer.WriteElementString("DESRANGO", Sia, "Ley");
            writer.WriteElementString("NUMERODISPOSICION", Sia, "39/2015");
            writer.WriteElementString("TITULO", Sia, "del Procedimiento Administrativo Común de las Administraciones Públicas");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteElementString("CODESTADOACTUACION", Sia, "1");
            writer.WriteElementString("DESESTADOACTUACION", Sia, "Alta");
            writer.WriteElementString("FECHAULTIMAACTUALIZACION", Sia, "15/03/2024");
            writer.WriteEndElement();
        }

        writer.WriteEndDocument();
    }

    /// <summary>A valid municipality code with its INE check digit, for council codes (L01 + 6 digits).</summary>
    private static string CouncilCode(int index)
    {
        var five = ((index % 50) + 1).ToString("00", CultureInfo.InvariantCulture) + ((index / 50) + 1).ToString("000", CultureInfo.InvariantCulture);
        return five + Catalog.Domain.Codes.IneCode.ComputeCheckDigit(five).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteRow(XmlWriter sheet, int row, object[] cells)
    {
        sheet.WriteStartElement("row", Main);
        sheet.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Length; i++)
        {
            sheet.WriteStartElement("c", Main);
            sheet.WriteAttributeString("r", $"{(char)('B' + i)}{row}");
            if (cells[i] is int index)
            {
                sheet.WriteAttributeString("t", "s");
                sheet.WriteElementString("v", Main, index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                sheet.WriteElementString("v", Main, ((double)cells[i]).ToString(CultureInfo.InvariantCulture));
            }

            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
