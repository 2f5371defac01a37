namespace Catalog.Testing;

/// <summary>
/// A council's catalog in the shape common catalogs are published in: a title banner and a subtitle above the header,
/// a blank row, Spanish headers (Clave, Procedimiento, Familia, Objeto / Descripción, Requisitos y documentación…),
/// columns the importer does not know (Observaciones, Unidad tramitadora), legal bases as free text one law a line,
/// and values as people write them (Solicitud del interesado, Electrónica, Según normativa, No tiene, SÍ/no).
/// </summary>
public static class PublishedCatalog
{
    /// <summary>The header row, as the sheet writes it.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Clave", "Procedimiento", "Familia", "Objeto / Descripción", "Requisitos y documentación", "Forma de iniciación", "Forma de presentación",
        "Plazo de presentación", "Plazo de resolución", "Sentido del silencio", "Órgano de resolución", "Fin vía administrativa", "Recursos",
        "Normativa", "Tasas", "Observaciones", "Unidad tramitadora",
    ];

    /// <summary>The headers no alias knows, which an import ignores and reports.</summary>
    public static IReadOnlyList<string> UnknownHeaders { get; } = ["Observaciones", "Unidad tramitadora"];

    /// <summary>The procedures, one row each, in <see cref="Header"/> order.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Procedures { get; } =
    [
        ["PRO-001", "Licencia de obra mayor", "URBANISMO", "Autorización para obras de nueva planta, ampliación o reforma estructural.",
            "Proyecto técnico visado.\nJustificante del pago de la tasa y del ICIO.", "Solicitud del interesado", "Electrónica",
            "Todo el año", "3 meses", "Desestimatorio", "Junta de Gobierno Local", "Sí",
            "Recurso potestativo de reposición en el plazo de un mes.\nRecurso contencioso-administrativo en dos meses.",
            "Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común de las Administraciones Públicas\nReal Decreto Legislativo 7/2015, de 30 de octubre, texto refundido de la Ley de Suelo\nOrdenanza fiscal nº 12 reguladora de la tasa por licencias urbanísticas",
            "Ordenanza fiscal nº 12", "Requiere informe técnico", "Servicio de Licencias"],
        ["PRO-002", "Alta en el padrón municipal de habitantes", "POBLACIÓN Y TERRITORIO", "Inscripción de quien pasa a vivir en el municipio.",
            "DNI, NIE o pasaporte.\nTítulo de ocupación de la vivienda.", "Solicitud del interesado", "Presencial y electrónica",
            "Todo el año", "Según normativa", "Estimatorio", "Alcaldía", "SÍ", "Recurso de reposición",
            "Ley 7/1985, de 2 de abril, Reguladora de las Bases del Régimen Local\nReal Decreto 1690/1986, de 11 de julio, Reglamento de Población y Demarcación Territorial",
            "No tiene", null, "Estadística"],
        ["PRO-003", "Certificado de empadronamiento", "POBLACIÓN Y TERRITORIO", "Acredita la residencia y el domicilio.",
            "DNI de la persona interesada.", "Solicitud del interesado", "Electrónicas", "Todo el año", "10 días hábiles", "Según normativa",
            "Alcaldía", "no", "No tiene", "Real Decreto 1690/1986", "No tiene", null, null],
        ["PRO-004", "Tarjeta de aparcamiento para personas con movilidad reducida", "SERVICIOS SOCIALES",
            "Permite estacionar en plazas reservadas.", "Certificado de discapacidad con baremo de movilidad.", "Solicitud del interesado",
            "Presenciales", "Todo el año", "3 meses", "Desestimatorio", "Concejalía de Servicios Sociales", "Sí", "Recurso de reposición",
            "Real Decreto 1056/2014, de 12 de diciembre, condiciones básicas de la tarjeta de estacionamiento", "No tiene", null, null],
        ["PRO-005", "Licencia de vado permanente", "INFRAESTRUCTURA VIARIA", "Reserva de la entrada de vehículos a un garaje.",
            "Plano de situación.\nLicencia de primera ocupación del garaje.", "Solicitud del interesado", "Presencial, electrónica",
            "Todo el año", "3 meses", "Desestimatorio", "Junta de Gobierno Local", "Sí", "Recurso de reposición",
            "Ordenanza municipal reguladora de la entrada de vehículos", "Ordenanza fiscal nº 8", "Placa de vado a cargo del titular", null],
        ["PRO-006", "Quejas y sugerencias", "QUEJAS Y SUGERENCIAS", "Dar a conocer al ayuntamiento una queja o una propuesta de mejora.",
            "No tiene", "Solicitud del interesado", "Presencial o electrónica", "Todo el año", "1 mes", "No tiene", "Alcaldía", "no",
            "No tiene", "Reglamento Orgánico de Participación Ciudadana", "No tiene", null, null],
        ["PRO-007", "Orden de ejecución por deficiente conservación", "URBANISMO", "Obliga a la propiedad a conservar el edificio.",
            "No tiene", "De oficio", "Presencial", "No tiene", "6 meses", "No aplica", "Alcaldía", "Sí",
            "Recurso potestativo de reposición", "Real Decreto Legislativo 7/2015, de 30 de octubre", "No tiene", null, null],
        ["PRO-008", "Ayudas de emergencia social", "NECESIDAD SOCIAL", "Ayuda económica puntual para necesidades básicas urgentes.",
            "Informe de los servicios sociales.\nJustificante de ingresos.", "Solicitud del interesado", "Presencial", "Según convocatoria",
            "Según normativa", "Según normativa", "Junta de Gobierno Local", "Sí", "Recurso de reposición",
            "Ley 38/2003, de 17 de noviembre, General de Subvenciones\nBases reguladoras de las ayudas de emergencia social", "No tiene", null, null],
        ["PRO-009", "Celebración de matrimonio civil", "SECRETARÍA GENERAL", "Boda civil en el salón de plenos.",
            "Expediente matrimonial aprobado por el Registro Civil.", "Solicitud del interesado", "Presencial", "Con dos meses de antelación",
            "1 mes", "Desestimatorio", "Alcaldía", "no", "Recurso de reposición", "Código Civil, artículos 49 a 58", "Ordenanza fiscal nº 21", null, null],
        ["PRO-010", "Licencia de tenencia de animales potencialmente peligrosos", "ANIMALES", "Autoriza a tener un perro potencialmente peligroso.",
            "Certificado de antecedentes penales.\nSeguro de responsabilidad civil.", "Solicitud del interesado", "Electrónica", "Todo el año",
            "1 mes", "Desestimatorio", "Alcaldía", "Sí", "Recurso de reposición",
            "Ley 50/1999, de 23 de diciembre, sobre el Régimen Jurídico de la Tenencia de Animales Potencialmente Peligrosos\nReal Decreto 287/2002, de 22 de marzo",
            "Ordenanza fiscal nº 30", null, null],
    ];

    /// <summary>The sheet's rows as a spreadsheet holds them: title, subtitle, a blank row, the header, the procedures.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> Rows()
        =>
        [
            ["CATÁLOGO COMÚN DE PROCEDIMIENTOS ADMINISTRATIVOS MUNICIPALES"],
            ["Aprobado por la Junta de Gobierno Local. Actualizado a 1 de octubre de 2026"],
            [],
            [.. Header],
            .. Procedures.Select(p => (IReadOnlyList<object?>)[.. p]),
        ];
}
