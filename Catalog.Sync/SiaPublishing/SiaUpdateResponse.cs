using System.Xml;
using System.Xml.Linq;
using Catalog.Domain.SiaPublishing;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// Reads an <c>actualizarSIA_v3_1</c> answer (<c>EnviaSIA_v3_1.xsd</c>: <c>enviaSIA</c> / <c>ACTUACIONES</c> /
/// <c>ACTUACION</c> with <c>CORRECTO</c> and <c>ERRORES/ERROR{ERROR, DESCERROR}</c>) into a <see cref="SiaPublishResult"/>
/// with the reason in Spanish. Elements are matched by local name, as the SIA reader does.
/// </summary>
public static class SiaUpdateResponse
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Reads <paramref name="body"/>, SIA's answer to <paramref name="request"/> for the procedure <paramref name="sourceCode"/>.</summary>
    public static SiaPublishResult Read(string request, string? body, int httpStatus, string sourceCode, SiaOperation operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(body ?? string.Empty), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return httpStatus >= 500 || httpStatus is 408 or 429
                ? new SiaPublishResult(SiaOutcome.Transient, null, null, null, $"SIA no está disponible: respondió HTTP {httpStatus}. Se volverá a intentar.", request, body, httpStatus)
                : new SiaPublishResult(SiaOutcome.Malformed, null, null, null, $"La respuesta de SIA no es XML válido ({e.Message}).", request, body, httpStatus);
        }

        if (First(document.Root, "Fault") is { } fault)
        {
            var code = (First(fault, "faultcode") ?? First(fault, "Value"))?.Value.Trim();
            var text = (First(fault, "faultstring") ?? First(fault, "Text"))?.Value.Trim() ?? fault.Value.Trim();
            return new SiaPublishResult(SiaOutcome.Fault, null, code, text, $"SIA devolvió un error SOAP: {text}", request, body, httpStatus);
        }

        var answer = First(document.Root, "enviaSIA");
        if (answer is null)
        {
            return httpStatus >= 500
                ? new SiaPublishResult(SiaOutcome.Transient, null, null, null, $"SIA no está disponible: respondió HTTP {httpStatus}. Se volverá a intentar.", request, body, httpStatus)
                : new SiaPublishResult(SiaOutcome.Malformed, null, null, null, "La respuesta de SIA no contiene el elemento enviaSIA.", request, body, httpStatus);
        }

        var entries = answer.Descendants().Where(e => e.Name.LocalName == "ACTUACION").ToList();
        var entry = entries.FirstOrDefault(e => (string?)e.Attribute("CODIGOORIGEN") == sourceCode) ?? (entries.Count == 1 ? entries[0] : null);
        if (entry is null)
        {
            return new SiaPublishResult(SiaOutcome.Malformed, null, null, null,
                entries.Count == 0 ? "La respuesta de SIA no trae ningún resultado (ACTUACION)." : $"La respuesta de SIA no trae el resultado del procedimiento {sourceCode}.",
                request, body, httpStatus);
        }

        var siaCode = ((string?)entry.Attribute("CODIGOACTUACION"))?.Trim();
        var correct = First(entry, "CORRECTO")?.Value.Trim();
        var errors = entry.Descendants().Where(e => e.Name.LocalName == "ERROR" && e.Elements().Any()).Select(e =>
            (Code: e.Elements().FirstOrDefault(c => c.Name.LocalName == "ERROR")?.Value.Trim(),
             Text: e.Elements().FirstOrDefault(c => c.Name.LocalName == "DESCERROR")?.Value.Trim())).ToList();
        if (correct is null)
        {
            return new SiaPublishResult(SiaOutcome.Malformed, null, null, null, "La respuesta de SIA no dice si la operación fue correcta (falta CORRECTO).", request, body, httpStatus);
        }

        if (IsYes(correct) && errors.Count == 0)
        {
            if (operation == SiaOperation.Alta && string.IsNullOrEmpty(siaCode))
            {
                return new SiaPublishResult(SiaOutcome.Malformed, null, correct, null, "SIA aceptó el alta pero no devolvió el código del procedimiento.", request, body, httpStatus);
            }

            return new SiaPublishResult(SiaOutcome.Accepted, siaCode, correct, null,
                $"SIA aceptó {operation.WithArticle()}{(string.IsNullOrEmpty(siaCode) ? "" : $" (código SIA {siaCode})")}.", request, body, httpStatus);
        }

        var resultCode = errors.Select(e => e.Code).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? correct;
        var message = string.Join("; ", errors.Select(e => string.Join(": ", new[] { e.Code, e.Text }.Where(t => !string.IsNullOrEmpty(t)))));
        return new SiaPublishResult(SiaOutcome.Rejected, string.IsNullOrEmpty(siaCode) ? null : siaCode, resultCode, message,
            $"SIA rechazó {operation.WithArticle()}: {(message.Length > 0 ? message : "sin motivo indicado")}.", request, body, httpStatus);
    }

    /// <summary>SIA's booleans are <c>S</c>/<c>N</c>; <c>true</c>/<c>OK</c> are accepted too (the schema types CORRECTO as any string).</summary>
    private static bool IsYes(string value) => value.ToUpperInvariant() is "S" or "SI" or "SÍ" or "TRUE" or "OK" or "1";

    private static XElement? First(XElement? root, string localName) => root?.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == localName);
}
