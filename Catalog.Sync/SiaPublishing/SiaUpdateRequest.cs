using System.Globalization;
using System.Xml.Linq;
using Catalog.Domain.SiaPublishing;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Builds the SOAP envelope of <c>actualizarSIA_v3_1</c> from the published <c>ParamSIA_v3_1.xsd</c>: a
/// <c>paramSIA</c> with the credentials and one <c>ACTUACION</c>. Elements are written in the schema's sequence order
/// (the schema is a strict <c>xs:sequence</c>) and only when they have a value. Hand-written with
/// <see cref="XDocument"/>: no WSDL proxy generator (dotnet-svcutil, System.ServiceModel) is served here.
/// </summary>
public static class SiaUpdateRequest
{
    /// <summary>The request's namespace (<c>ParamSIA_v3_1.xsd</c>'s target namespace).</summary>
    public static readonly XNamespace Param = "http://www.map.es/sgca/actualizar/messages/v3_1/ParamSIA";

    /// <summary>SOAP 1.1, as the WSDL's binding (<c>soap:binding</c>, <c>wsdl/soap/</c>) says.</summary>
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The SOAPAction of <c>actualizarSIA_v3_1</c>.</summary>
    public const string Action = "http://www.map.es/sgca/actualizar/actualizarSIA_v3_1";

    /// <summary>The whole envelope.</summary>
    public static XDocument Envelope(SiaActuacion actuacion, SiaOperation operation, SiaCredentials credentials)
        => new(new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
            new XElement(Soap + "Body", Body(actuacion, operation, credentials))));

    /// <summary>The <c>paramSIA</c> element alone (what the schema validates).</summary>
    public static XElement Body(SiaActuacion actuacion, SiaOperation operation, SiaCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(actuacion);
        ArgumentNullException.ThrowIfNull(credentials);
        return new XElement(Param + "paramSIA", new XAttribute("xmlns", Param.NamespaceName),
            Optional("user", credentials.User),
            Optional("password", credentials.Password),
            Optional("certificado", credentials.Certificate),
            new XElement(Param + "ACTUACIONES", Actuacion(actuacion, operation)));
    }

    private static XElement Actuacion(SiaActuacion a, SiaOperation operation)
    {
        // A baja or a reactivación names the entry and nothing else: SIA keeps what it has.
        var full = operation is SiaOperation.Alta or SiaOperation.Modificacion;
        return new XElement(Param + "ACTUACION",
            new XAttribute("CODIGOORIGEN", a.SourceCode),
            new XAttribute("CODIGOACTUACION", a.SiaCode),
            new XAttribute("OPERACION", operation.Code()),
            full ? Fields(a) : null);
    }

    private static IEnumerable<XElement?> Fields(SiaActuacion a)
    {
        yield return Flag("ACTIVO", a.Active);
        yield return Optional("TIPOTRAMITE", a.Kind);
        yield return Optional("DENOMINACION", a.Name);
        yield return Optional("DESCRIPCION", a.Description);
        yield return new XElement(Param + "ORGANISMORESPONSABLE",
            new XElement(Param + "CODORGANISMORESPONSABLEN1", a.OrganismN1),
            Optional("CODORGANISMORESPONSABLEN2", a.OrganismN2));
        yield return List("DESTINATARIOS", "DESTINATARIO", "CODDESTINATARIO", a.Recipients);
        yield return Flag("SUJETOATASAS", a.SubjectToFees);
        yield return Optional("CODNIVELADMINISTRACIONELECTRONICA", a.ElectronicLevel);
        foreach (var channel in a.Channels)
        {
            yield return new XElement(Param + "CANALACCESO", channel);
        }

        yield return Optional("REQUISITOSINICIACION", a.Requirements);
        yield return List("MATERIAS", "MATERIA", "CODMATERIA", a.Subjects);
        yield return Optional("DOCUMENTACION", a.Documents);
        if (a.OnApplication is not null || a.ExOfficio is not null)
        {
            yield return new XElement(Param + "INICIOS",
                new XElement(Param + "FORMAINICIACIONINTERESADO", YesNo(a.OnApplication)),
                Optional("CODEFECTOSILENCIOINTERESADO", a.SilenceOnApplication),
                new XElement(Param + "FORMAINICIACIONOFICIO", YesNo(a.ExOfficio)),
                Optional("CODEFECTOSILENCIOOFICIO", a.SilenceExOfficio));
        }

        yield return Flag("FINVIA", a.EndsAdministrativeRoute);
        if (a.TermAmount is { } amount && a.TermUnit is { } unit)
        {
            yield return new XElement(Param + "PLAZORESOLUCION",
                new XElement(Param + "NUMEROPLAZORESOLUCION", amount.ToString(CultureInfo.InvariantCulture)),
                new XElement(Param + "CODTIPOPLAZORESOLUCION", unit));
        }

        if (a.Regulations.Count > 0)
        {
            yield return new XElement(Param + "NORMATIVAS", a.Regulations.Select(r => new XElement(Param + "NORMATIVA",
                new XElement(Param + "CODRANGO", r.RankCode),
                Optional("NUMERODISPOSICION", r.Number),
                new XElement(Param + "TITULO", r.Title))));
        }
    }

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(Param + name, value);

    private static XElement? Flag(string name, bool? value) => value is null ? null : new XElement(Param + name, YesNo(value));

    /// <summary>SIA's booleans are <c>S</c>/<c>N</c>; the schema allows an empty value for "not stated".</summary>
    private static string YesNo(bool? value) => value switch { true => "S", false => "N", null => string.Empty };

    private static XElement? List(string list, string item, string code, IReadOnlyList<string> values)
        => values.Count == 0 ? null : new XElement(Param + list, values.Select(v => new XElement(Param + item, new XElement(Param + code, v))));
}

/// <summary>What identifies the caller to SIA: <c>user</c>, <c>password</c>, <c>certificado</c> (base64 DER).</summary>
public sealed record SiaCredentials(string? User, string? Password, string? Certificate)
{
    public static SiaCredentials None { get; } = new(null, null, null);
}
