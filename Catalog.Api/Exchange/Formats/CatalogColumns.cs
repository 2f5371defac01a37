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
}

/// <summary>
/// Names of the city catalog columns: the canonical name exports write (also the JSON property name) and the
/// Spanish-friendly aliases imports accept. Header matching ignores case, accents, spaces, underscores and hyphens, so
/// <c>Código SIA</c>, <c>codigo_sia</c> and <c>siaCode</c> name the same column.
/// </summary>
public static class CatalogColumns
{
    private static readonly (CatalogColumn Column, string Name, string[] Aliases)[] Table =
    [
        (CatalogColumn.LocalId, "localId", ["id_local", "identificador", "identificador_local", "codigo_local", "id"]),
        (CatalogColumn.LocalName, "localName", ["nombre_local", "nombre", "denominacion", "nombre_procedimiento"]),
        (CatalogColumn.Description, "description", ["descripcion"]),
        (CatalogColumn.SiaCode, "siaCode", ["codigo_sia", "sia", "codigo_actuacion"]),
        (CatalogColumn.UnitDir3Code, "unitDir3Code", ["unidad_dir3", "codigo_dir3", "dir3", "unidad_responsable", "responsibleUnit", "organo_responsable"]),
        (CatalogColumn.ReferenceCode, "referenceCode", ["codigo_referencia", "referencia", "procedimiento_referencia"]),
        (CatalogColumn.Initiation, "initiation", ["inicio", "iniciacion", "forma_inicio", "forma_de_inicio"]),
        (CatalogColumn.SilenceEffect, "silenceEffect", ["silencio", "efecto_silencio", "efecto_del_silencio", "sentido_silencio", "silence"]),
        (CatalogColumn.TermAmount, "termAmount", ["plazo", "plazo_resolucion", "plazo_maximo", "plazo_maximo_resolucion"]),
        (CatalogColumn.TermUnit, "termUnit", ["unidad_plazo", "unidad_del_plazo", "tipo_plazo"]),
        (CatalogColumn.EndsAdministrativeRoute, "endsAdministrativeRoute", ["fin_via", "fin_via_administrativa", "pone_fin_via", "pone_fin_a_la_via", "agota_via"]),
        (CatalogColumn.ElectronicLevel, "electronicLevel", ["nivel_electronico", "nivel_tramitacion_electronica", "nivel_administracion_electronica", "nivel_tramitacion"]),
        (CatalogColumn.Recipients, "recipients", ["destinatarios", "a_quien_va_dirigido"]),
        (CatalogColumn.Channels, "channels", ["canales", "canales_tramitacion", "canal"]),
        (CatalogColumn.Fees, "fees", ["tasas", "tasa", "precio"]),
        (CatalogColumn.LegalBasis, "legalBasis", ["normativa", "base_legal", "normativa_aplicable", "legislacion"]),
        (CatalogColumn.Offered, "offered", ["ofrecido", "se_ofrece", "ofertado", "disponible"]),
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

    /// <summary>Case, accents, spaces, underscores, hyphens and dots do not count when matching headers.</summary>
    private static string Key(string header)
        => new(Text.Fold(header.Trim().TrimStart('\uFEFF')).Where(char.IsLetterOrDigit).ToArray());
}
