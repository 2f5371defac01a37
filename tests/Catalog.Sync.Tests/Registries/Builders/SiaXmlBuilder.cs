using System.Xml.Linq;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>An entry of a SIA response, with the fields the tests vary.</summary>
public sealed record SiaTestEntry(string Code, string Name, string? N1 = "L01280066", string? N2 = null, string? Description = null,
    string Status = "1", string StatusDescription = "Alta", string? Term = "3", string? FinVia = "N", string Silence = "2");

/// <summary>Writes <c>consultarSIA_v3_1</c> responses with the element names of carm-es/eeutil-misc's EnviaSIA models.</summary>
public static class SiaXmlBuilder
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Sia = "http://www.map.es/sgca/consultar/messages/EnviaSIA";

    public static XElement Actuacion(SiaTestEntry e) => new(Sia + "ACTUACION",
        new XElement(Sia + "CODIGOACTUACION", e.Code),
        new XElement(Sia + "TIPOSACTUACION", new XElement(Sia + "TIPOACTUACION", new XElement(Sia + "CODTIPOACTUACION", "P"), new XElement(Sia + "DESTIPOACTUACION", "Procedimiento"))),
        new XElement(Sia + "DENOMINACION", e.Name),
        e.Description is null ? null : new XElement(Sia + "DESCRIPCION", e.Description),
        new XElement(Sia + "ORGANISMORESPONSABLE",
            new XElement(Sia + "CODTIPOENTIDAD", "AY"),
            e.N1 is null ? null : new XElement(Sia + "CODORGANISMORESPONSABLEN1", e.N1),
            e.N1 is null ? null : new XElement(Sia + "DESORGANISMORESPONSABLEN1", "Ayuntamiento"),
            e.N2 is null ? null : new XElement(Sia + "CODORGANISMORESPONSABLEN2", e.N2)),
        new XElement(Sia + "CODTIPOLOGIA", "4"), new XElement(Sia + "DESTIPOLOGIA", "Externo específico"),
        new XElement(Sia + "AQUIENESVADIRIGIDO",
            new XElement(Sia + "AQUIENVADIRIGIDO", new XElement(Sia + "CODAQUIENVADIRIGIDO", "1"), new XElement(Sia + "DESAQUIENVADIRIGIDO", "Ciudadanos")),
            new XElement(Sia + "AQUIENVADIRIGIDO", new XElement(Sia + "CODAQUIENVADIRIGIDO", "2"), new XElement(Sia + "DESAQUIENVADIRIGIDO", "Empresas"))),
        new XElement(Sia + "CODNIVELADMINISTRACIONELECTRONICA", "4"), new XElement(Sia + "DESNIVELADMINISTRACIONELECTRONICA", "Tramitación electrónica"),
        new XElement(Sia + "MATERIAS", new XElement(Sia + "MATERIA", new XElement(Sia + "CODMATERIA", "12"), new XElement(Sia + "DESMATERIA", "Urbanismo"))),
        new XElement(Sia + "INICIOS", new XElement(Sia + "INICIO",
            new XElement(Sia + "CODFORMAINICIACION", "1"), new XElement(Sia + "DESFORMAINICIACION", "A solicitud del interesado"),
            new XElement(Sia + "CODEFECTOSILENCIO", e.Silence), new XElement(Sia + "DESEFECTOSILENCIO", e.Silence == "1" ? "Estimatorio" : "Desestimatorio"))),
        e.Term is null ? null : new XElement(Sia + "PLAZORESOLUCION",
            new XElement(Sia + "NUMEROPLAZORESOLUCION", e.Term), new XElement(Sia + "CODTIPOPLAZORESOLUCION", "2"), new XElement(Sia + "DESTIPOPLAZORESOLUCION", "Meses")),
        e.FinVia is null ? null : new XElement(Sia + "FINVIA", e.FinVia),
        new XElement(Sia + "NORMATIVAS", new XElement(Sia + "NORMATIVA",
            new XElement(Sia + "CODRANGO", "5"), new XElement(Sia + "DESRANGO", "Ley"), new XElement(Sia + "NUMERODISPOSICION", "39/2015"),
            new XElement(Sia + "TITULO", "del Procedimiento Administrativo Común de las Administraciones Públicas"))),
        new XElement(Sia + "CODESTADOACTUACION", e.Status), new XElement(Sia + "DESESTADOACTUACION", e.StatusDescription),
        new XElement(Sia + "FECHAULTIMAACTUALIZACION", "15/03/2024"));

    /// <summary>A response as the SOAP service returns it: the envelope, with enviaSIA in the body.</summary>
    public static string Envelope(IEnumerable<SiaTestEntry> entries) => new XDocument(
        new XElement(Soap + "Envelope", new XElement(Soap + "Body",
            new XElement(Sia + "enviaSIA", new XElement(Sia + "ACTUACIONES", entries.Select(Actuacion)))))).ToString();

    public static string Fault(string message) => new XDocument(
        new XElement(Soap + "Envelope", new XElement(Soap + "Body",
            new XElement(Soap + "Fault", new XElement("faultcode", "soap:Server"), new XElement("faultstring", message))))).ToString();

    public static string Write(string path, IEnumerable<SiaTestEntry> entries)
    {
        File.WriteAllText(path, Envelope(entries));
        return path;
    }
}
