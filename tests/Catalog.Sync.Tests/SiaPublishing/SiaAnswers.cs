using System.Xml.Linq;

namespace Catalog.Sync.Tests.SiaPublishing;

/// <summary>Answers as SIA's update service gives them (EnviaSIA_v3_1.xsd), in their SOAP envelope.</summary>
public static class SiaAnswers
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Envia = "http://www.map.es/sgca/actualizar/messages/v3_1/EnviaSIA";

    /// <summary>A success: <c>CORRECTO</c> S, the entry's code.</summary>
    public static string Accepted(string sourceCode, string operation, string siaCode)
        => Wrap(Actuacion(sourceCode, operation, siaCode, "S"));

    /// <summary>A rejection: <c>CORRECTO</c> N with SIA's errors.</summary>
    public static string Rejected(string sourceCode, string operation, string siaCode, params (string Code, string Text)[] errors)
        => Wrap(Actuacion(sourceCode, operation, siaCode, "N",
            new XElement(Envia + "ERRORES", errors.Select(e => new XElement(Envia + "ERROR",
                new XElement(Envia + "DESCERROR", e.Text), new XElement(Envia + "ERROR", e.Code))))));

    public static string Fault(string code, string message) => new XDocument(
        new XElement(Soap + "Envelope", new XElement(Soap + "Body",
            new XElement(Soap + "Fault", new XElement("faultcode", code), new XElement("faultstring", message))))).ToString();

    private static XElement Actuacion(string sourceCode, string operation, string siaCode, string correct, XElement? errors = null)
        => new(Envia + "ACTUACION",
            new XAttribute("CODIGOORIGEN", sourceCode), new XAttribute("OPERACION", operation), new XAttribute("CODIGOACTUACION", siaCode),
            new XElement(Envia + "CORRECTO", correct), errors);

    private static string Wrap(XElement actuacion) => new XDocument(
        new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soapenv", Soap), new XElement(Soap + "Body",
            new XElement(Envia + "enviaSIA", new XAttribute("xmlns", Envia.NamespaceName), new XElement(Envia + "ACTUACIONES", actuacion))))).ToString();
}
