using Catalog.Domain;

namespace Catalog.Api.Exchange.Formats;

/// <summary>The columns of a city catalog file, in the order exports write them.</summary>
public enum CatalogColumn
{
    LocalId,
    LocalName,
    Description,
    SiaCode,
    UnitDir3Code,
    ReferenceCode,
    Initiation,
    SilenceEffect,
    TermAmount,
    TermUnit,
    EndsAdministrativeRoute,
    ElectronicLevel,
    Recipients,
    Channels,
    Fees,
    LegalBasis,
    Offered,
    Requirements,
    Documents,
    ResolvingBody,
    Appeals,
    SubmissionPeriod,
    Family,
}

/// <summary>
/// Names of the city catalog columns: the canonical name exports write (also the JSON property name) and the
/// Spanish-friendly aliases imports accept. Header matching ignores case, accents, spaces, underscores and hyphens, so
/// <c>Código SIA</c>, <c>codigo_sia</c> and <c>siaCode</c> name the same column.
/// </summary>
public static class CatalogColumns
{
    // Aliases are the headers councils publish their catalogs under (SIA's field names among them); a header is
    // matched by its letters and digits only, so "Objeto / Descripción" is objetodescripcion.
    private static readonly (CatalogColumn Column, string Name, string[] Aliases)[] Table =
    [
        (CatalogColumn.LocalId, "localId", ["id_local", "identificador", "identificador_local", "codigo_local", "id", "clave", "codigo", "codigo_procedimiento", "codigo_interno", "ref", "n_procedimiento", "numero"]),
        (CatalogColumn.LocalName, "localName", ["nombre_local", "nombre", "denominacion", "nombre_procedimiento", "procedimiento", "denominacion_procedimiento", "denominacion_del_procedimiento", "titulo", "tramite", "nombre_tramite", "nombre_del_procedimiento"]),
        (CatalogColumn.Description, "description", ["descripcion", "objeto", "objeto_descripcion", "descripcion_objeto", "objeto_del_procedimiento", "finalidad", "resumen"]),
        (CatalogColumn.SiaCode, "siaCode", ["codigo_sia", "sia", "codigo_actuacion", "id_sia", "codigo_sia_procedimiento"]),
        (CatalogColumn.UnitDir3Code, "unitDir3Code", ["unidad_dir3", "codigo_dir3", "dir3", "unidad_responsable", "responsibleUnit", "organo_responsable", "codigo_unidad_dir3"]),
        (CatalogColumn.ReferenceCode, "referenceCode", ["codigo_referencia", "referencia", "procedimiento_referencia", "codigo_catalogo_referencia"]),
        (CatalogColumn.Initiation, "initiation", ["inicio", "iniciacion", "forma_inicio", "forma_de_inicio", "forma_de_iniciacion", "forma_iniciacion", "inicio_del_procedimiento"]),
        (CatalogColumn.SilenceEffect, "silenceEffect", ["silencio", "efecto_silencio", "efecto_del_silencio", "sentido_silencio", "silence", "sentido_del_silencio", "silencio_administrativo", "efectos_del_silencio"]),
        (CatalogColumn.TermAmount, "termAmount", ["plazo", "plazo_resolucion", "plazo_maximo", "plazo_maximo_resolucion", "plazo_de_resolucion", "plazo_maximo_de_resolucion", "plazo_de_resolucion_y_notificacion", "plazo_resolucion_notificacion", "plazo_maximo_para_resolver"]),
        (CatalogColumn.TermUnit, "termUnit", ["unidad_plazo", "unidad_del_plazo", "tipo_plazo"]),
        (CatalogColumn.EndsAdministrativeRoute, "endsAdministrativeRoute", ["fin_via", "fin_via_administrativa", "pone_fin_via", "pone_fin_a_la_via", "agota_via", "fin_de_la_via_administrativa", "pone_fin_a_la_via_administrativa", "agota_la_via_administrativa"]),
        (CatalogColumn.ElectronicLevel, "electronicLevel", ["nivel_electronico", "nivel_tramitacion_electronica", "nivel_administracion_electronica", "nivel_tramitacion", "nivel_de_tramitacion_electronica", "nivel_de_administracion_electronica"]),
        (CatalogColumn.Recipients, "recipients", ["destinatarios", "a_quien_va_dirigido", "dirigido_a", "personas_destinatarias", "interesados"]),
        (CatalogColumn.Channels, "channels", ["canales", "canales_tramitacion", "canal", "forma_de_presentacion", "forma_presentacion", "lugar_de_presentacion", "lugar_presentacion", "canales_de_presentacion", "donde_se_tramita", "modo_de_presentacion"]),
        (CatalogColumn.Fees, "fees", ["tasas", "tasa", "precio", "tasas_y_precios", "tasas_precios_publicos", "importe", "coste"]),
        (CatalogColumn.LegalBasis, "legalBasis", ["normativa", "base_legal", "normativa_aplicable", "legislacion", "normativa_reguladora", "marco_normativo", "legislacion_aplicable", "fundamento_juridico", "base_juridica"]),
        (CatalogColumn.Offered, "offered", ["ofrecido", "se_ofrece", "ofertado", "disponible"]),
        (CatalogColumn.Requirements, "requirements", ["requisitos", "requisitos_y_documentacion", "requisitos_documentacion", "requisitos_previos", "quien_puede_solicitarlo"]),
        (CatalogColumn.Documents, "documents", ["documentacion", "documentos", "documentacion_a_aportar", "documentacion_a_presentar", "documentacion_necesaria", "documentos_a_presentar", "documentacion_requerida"]),
        (CatalogColumn.ResolvingBody, "resolvingBody", ["organo_de_resolucion", "organo_resolucion", "organo_competente", "organo_resolutorio", "organo_que_resuelve", "organo_competente_para_resolver", "organo_instructor_y_resolucion", "competencia"]),
        (CatalogColumn.Appeals, "appeals", ["recursos", "recurso", "recursos_procedentes", "recursos_que_proceden", "recursos_administrativos", "recursos_contra_la_resolucion"]),
        (CatalogColumn.SubmissionPeriod, "submissionPeriod", ["plazo_de_presentacion", "plazo_presentacion", "plazo_de_solicitud", "plazo_solicitud", "cuando_solicitarlo", "periodo_de_presentacion", "plazo_para_solicitar"]),
        (CatalogColumn.Family, "family", ["familia", "materia", "materias", "area", "tematica", "area_tematica", "categoria", "ambito", "bloque"]),
    ];

    private static readonly Dictionary<string, CatalogColumn> ByKey = Table
        .SelectMany(row => row.Aliases.Append(row.Name).Select(alias => (Key: Key(alias), row.Column)))
        .ToDictionary(pair => pair.Key, pair => pair.Column, StringComparer.Ordinal);

    /// <summary>All columns in export order.</summary>
    public static IReadOnlyList<CatalogColumn> All { get; } = Enum.GetValues<CatalogColumn>();

    /// <summary>The canonical header of a column (<c>siaCode</c>).</summary>
    public static string NameOf(CatalogColumn column) => Table[(int)column].Name;

    /// <summary>The aliases an import accepts for a column, besides its canonical name.</summary>
    public static IReadOnlyList<string> AliasesOf(CatalogColumn column) => Table[(int)column].Aliases;

    /// <summary>The canonical headers, comma-separated: for error messages that say what a file should look like.</summary>
    public static string Expected { get; } = string.Join(", ", Table.Select(row => row.Name));

    /// <summary>The column a header names, or null when it names none.</summary>
    public static CatalogColumn? Find(string header)
        => ByKey.TryGetValue(Key(header), out var column) ? column : null;

    /// <summary>The column a field name names: its canonical name or any alias (for <c>--map "Columna=campo"</c>), or null.</summary>
    public static CatalogColumn? FindField(string field) => Find(field);

    /// <summary>Case, accents, spaces, underscores, hyphens, dots and slashes do not count when matching headers.</summary>
    public static string Key(string header)
        => new(Text.Fold(header.Trim().TrimStart('\uFEFF')).Where(char.IsLetterOrDigit).ToArray());
}
