namespace Catalog.Domain.Language;

/// <summary>
/// Words and phrases municipal catalogs use for the same thing (<c>aparcamiento</c>/<c>estacionamiento</c>,
/// <c>empadronamiento</c>/<c>padrón</c>, <c>obra mayor</c>/<c>licencia urbanística</c>, <c>IBI</c>/<c>impuesto sobre
/// bienes inmuebles</c>). Each group is one concept: a text naming any of its phrases carries the concept's term, so
/// two names match on it whichever phrase each uses.
/// </summary>
public static class MunicipalSynonyms
{
    /// <summary>The groups, phrases written plainly (they are folded and stemmed like the texts they are looked for in).</summary>
    private static readonly string[][] Groups =
    [
        ["aparcamiento", "estacionamiento", "aparcar", "estacionar", "parking"],
        ["empadronamiento", "padrón", "empadronar", "padronal", "inscripción padronal", "habitantes"],
        ["obra mayor", "obras mayores", "licencia urbanística", "licencia de obras", "licencia de edificación", "licencia de construcción", "obra de nueva planta"],
        ["obra menor", "obras menores", "pequeñas obras", "obras de reforma menor"],
        ["vado", "paso de vehículos", "entrada de vehículos", "salida de vehículos", "badén"],
        ["terraza", "veladores", "mesas y sillas", "mesas y veladores"],
        ["IBI", "impuesto sobre bienes inmuebles", "impuesto de bienes inmuebles", "contribución urbana"],
        ["IVTM", "impuesto sobre vehículos de tracción mecánica", "impuesto de vehículos", "impuesto de circulación", "vehículos de tracción mecánica"],
        ["plusvalía", "IIVTNU", "incremento de valor de los terrenos", "incremento del valor de los terrenos"],
        ["ICIO", "impuesto sobre construcciones", "construcciones, instalaciones y obras"],
        ["queja", "sugerencia", "reclamación ciudadana"],
        ["subvención", "ayuda económica", "subvenciones"],
        ["certificado", "certificación"],
        ["volante", "justificante"],
        ["matrimonio", "boda", "casamiento", "enlace civil"],
        ["enterramiento", "sepultura", "nicho", "columbario", "panteón", "fosa"],
        ["inhumación", "exhumación", "traslado de restos"],
        ["apertura", "actividad", "establecimiento", "negocio", "local comercial"],
        ["ocupación de la vía pública", "ocupación del dominio público", "ocupación de vía pública", "vía pública"],
        ["responsabilidad patrimonial", "indemnización por daños", "daños y perjuicios"],
        ["movilidad reducida", "discapacidad", "minusvalía", "PMR"],
        ["aplazamiento", "fraccionamiento", "pago a plazos"],
        ["devolución de ingresos indebidos", "reintegro de ingresos", "ingresos indebidos"],
        ["información pública", "transparencia", "derecho de acceso"],
        ["primera ocupación", "licencia de ocupación", "cédula de habitabilidad", "primera utilización"],
        ["derribo", "demolición"],
        ["venta ambulante", "mercadillo", "venta no sedentaria", "comercio ambulante"],
        ["taxi", "auto-taxi", "autotaxi"],
        ["espectáculos públicos", "actividades recreativas", "eventos", "fiestas"],
        ["ayuda a domicilio", "SAD", "atención domiciliaria"],
        ["teleasistencia", "telealarma"],
        ["instalaciones deportivas", "polideportivo", "pistas deportivas", "pabellón"],
        ["escuela infantil", "guardería", "educación infantil de primer ciclo"],
        ["tala", "poda", "arbolado", "árboles"],
        ["animales peligrosos", "animales potencialmente peligrosos", "perros peligrosos", "PPP"],
        ["animales de compañía", "perros", "gatos", "mascotas", "censo canino"],
        ["ruido", "ruidos", "molestias acústicas", "contaminación acústica"],
        ["muebles", "enseres", "voluminosos", "trastos"],
        ["huerto urbano", "huertos urbanos", "huertos sociales"],
        ["copia auténtica", "compulsa", "cotejo"],
        ["apoderamiento", "representación", "apud acta"],
        ["objetos perdidos", "objetos extraviados"],
        ["biblioteca", "carné de lector", "carnet de biblioteca"],
        ["bolsa de empleo", "bolsa de trabajo", "empleo temporal"],
        ["proceso selectivo", "oposiciones", "convocatoria de empleo", "pruebas selectivas", "oposición"],
        ["licitación", "contratación", "ofertas"],
        ["factura", "facturas", "FACe"],
        ["garantía", "fianza", "aval"],
        ["domiciliación", "domiciliar", "cargo en cuenta"],
        ["recurso de reposición", "reposición"],
        ["infracción de tráfico", "multa", "multas", "sanción de tráfico", "denuncia de tráfico"],
        ["zona de bajas emisiones", "ZBE"],
        ["residente", "residentes", "zona azul", "zona verde", "estacionamiento regulado", "ORA"],
        ["vehículo abandonado", "vehículos abandonados", "retirada de vehículos"],
        ["emergencia social", "ayuda de urgencia", "ayudas de emergencia"],
        ["suministros básicos", "pobreza energética", "recibos de luz"],
        ["centro de día", "estancias diurnas"],
        ["vertido", "aguas residuales", "saneamiento", "alcantarillado"],
        ["rodaje", "rodajes", "filmación", "sesión fotográfica"],
        ["mudanza", "mudanzas", "carga y descarga"],
        ["contenedor", "contenedores", "andamio", "andamios", "sacos de escombros"],
        ["cambio de titularidad", "transmisión de licencia", "traspaso"],
        ["cese de actividad", "baja de actividad", "cierre de establecimiento"],
        ["declaración responsable", "comunicación previa"],
        ["segregación", "parcelación", "división de fincas"],
        ["ruina", "estado ruinoso"],
        ["orden de ejecución", "deficiente conservación", "deber de conservación"],
        ["legalidad urbanística", "disciplina urbanística", "obras sin licencia", "restablecimiento de la legalidad"],
        ["información urbanística", "cédula urbanística", "consulta urbanística", "compatibilidad urbanística"],
        ["evaluación del edificio", "ITE", "inspección técnica de edificios", "IEE"],
        ["protección civil", "voluntariado de protección civil", "voluntarios"],
        ["plan de autoprotección", "autoprotección"],
        ["accidente de tráfico", "atestado", "informe de accidente"],
        ["armas", "carabinas", "armas de aire comprimido"],
        ["compatibilidad", "actividad privada", "segunda actividad"],
        ["protección de datos", "datos personales", "RGPD", "derechos ARCO"],
        ["reutilización", "datos abiertos"],
        ["entidades ciudadanas", "asociaciones", "registro de entidades", "entidades vecinales"],
        ["libros de texto", "material escolar", "material didáctico"],
        ["conciliación", "campamentos", "periodos no lectivos", "escuela de verano", "colonias"],
        ["parejas de hecho", "uniones de hecho"],
        ["familia numerosa", "familias numerosas"],
        ["energía solar", "placas solares", "fotovoltaica", "paneles solares"],
        ["vehículos históricos", "bajas emisiones", "vehículos eléctricos"],
        ["lápida", "lápidas", "elementos ornamentales"],
        ["recurso de alzada", "alzada"],
        ["revisión de oficio", "nulidad", "actos nulos"],
        ["recurso extraordinario de revisión", "revisión extraordinaria"],
        ["convivencia", "empadronamiento colectivo", "personas empadronadas en el domicilio"],
        ["baja de oficio", "inscripción indebida"],
        ["reagrupación familiar", "vivienda adecuada", "arraigo"],
        ["adopción de animales", "adoptar", "protección animal", "perrera", "centro de acogida de animales"],
        ["derecho funerario", "titularidad funeraria"],
        ["cesión de espacios", "cesión de uso", "uso de locales", "alquiler de salas"],
        ["estar al corriente", "deudas", "obligaciones tributarias", "certificado de deuda"],
        ["tributos", "tributaria", "tributario", "impuestos", "tasas"],
        ["extranjeros", "no comunitarios", "renovación padronal"],
    ];

    /// <summary>The term each group gives a text that names it: a word no text holds (<c>§12</c>).</summary>
    public static string TermOf(int group) => "§" + group.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The groups as stemmed phrases (each a list of terms), built once.</summary>
    internal static IReadOnlyList<IReadOnlyList<string[]>> StemmedGroups { get; } =
        Groups.Select(group => (IReadOnlyList<string[]>)group.Select(phrase => SpanishTerms.Words(phrase).ToArray()).Where(words => words.Length > 0).ToList()).ToList();

    /// <summary>Every stemmed phrase by its first word, with its group and its place in the group, built once.</summary>
    internal static IReadOnlyDictionary<string, (int Group, int Index, string[] Phrase)[]> PhrasesByFirstWord { get; } =
        StemmedGroups.SelectMany((phrases, group) => phrases.Select((phrase, index) => (Group: group, Index: index, Phrase: phrase)))
            .GroupBy(p => p.Phrase[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
