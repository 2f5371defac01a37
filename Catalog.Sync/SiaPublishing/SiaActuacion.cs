using Catalog.Domain.SiaPublishing;

namespace Catalog.Sync.SiaPublishing;

/// <summary>The wire codes of <see cref="SiaOperation"/> and their Spanish names.</summary>
public static class SiaOperations
{
    public static string Code(this SiaOperation operation) => operation switch
    {
        SiaOperation.Alta => "A",
        SiaOperation.Modificacion => "M",
        SiaOperation.Baja => "B",
        SiaOperation.Reactivacion => "AC",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>The operation's name with its article: "el alta" (a stressed a takes "el"), "la baja".</summary>
    public static string WithArticle(this SiaOperation operation) => (operation == SiaOperation.Alta ? "el " : "la ") + operation.Spanish();

    public static string Spanish(this SiaOperation operation) => operation switch
    {
        SiaOperation.Alta => "alta",
        SiaOperation.Modificacion => "modificación",
        SiaOperation.Baja => "baja",
        SiaOperation.Reactivacion => "reactivación",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}

/// <summary>A regulation as SIA takes it: <c>CODRANGO</c>, <c>NUMERODISPOSICION</c>, <c>TITULO</c>.</summary>
public sealed record SiaNormativa(string RankCode, string? Number, string Title);

/// <summary>
/// One <c>ACTUACION</c> of an <c>actualizarSIA_v3_1</c> request, in SIA's terms: what the catalog maps a city procedure
/// to (<see cref="SiaMapping"/>). Null and empty values are left out of the request.
/// </summary>
public sealed record SiaActuacion
{
    /// <summary><c>CODIGOORIGEN</c>: the catalog's own id of the procedure, echoed back by SIA.</summary>
    public required string SourceCode { get; init; }

    /// <summary><c>CODIGOACTUACION</c>: the SIA code; empty for an alta.</summary>
    public string SiaCode { get; init; } = string.Empty;

    /// <summary><c>TIPOTRAMITE</c>: <c>P</c> procedimiento, <c>S</c> servicio.</summary>
    public string Kind { get; init; } = "P";

    /// <summary><c>ACTIVO</c>.</summary>
    public bool Active { get; init; } = true;

    /// <summary><c>DENOMINACION</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>DESCRIPCION</c> (the objeto of the procedure).</summary>
    public string? Description { get; init; }

    /// <summary><c>CODORGANISMORESPONSABLEN1</c>: the town council's DIR3 code.</summary>
    public required string OrganismN1 { get; init; }

    /// <summary><c>CODORGANISMORESPONSABLEN2</c>: the responsible unit below it, when it is not the council itself.</summary>
    public string? OrganismN2 { get; init; }

    /// <summary><c>DESTINATARIOS/DESTINATARIO/CODDESTINATARIO</c>.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary><c>SUJETOATASAS</c>.</summary>
    public bool? SubjectToFees { get; init; }

    /// <summary><c>CODNIVELADMINISTRACIONELECTRONICA</c>.</summary>
    public string? ElectronicLevel { get; init; }

    /// <summary><c>CANALACCESO</c>, repeated.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary><c>REQUISITOSINICIACION</c>.</summary>
    public string? Requirements { get; init; }

    /// <summary><c>MATERIAS/MATERIA/CODMATERIA</c>.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary><c>DOCUMENTACION</c>.</summary>
    public string? Documents { get; init; }

    /// <summary><c>INICIOS/FORMAINICIACIONINTERESADO</c>: it can start at the interested party's request.</summary>
    public bool? OnApplication { get; init; }

    /// <summary><c>INICIOS/CODEFECTOSILENCIOINTERESADO</c>.</summary>
    public string? SilenceOnApplication { get; init; }

    /// <summary><c>INICIOS/FORMAINICIACIONOFICIO</c>.</summary>
    public bool? ExOfficio { get; init; }

    /// <summary><c>INICIOS/CODEFECTOSILENCIOOFICIO</c>.</summary>
    public string? SilenceExOfficio { get; init; }

    /// <summary><c>FINVIA</c>.</summary>
    public bool? EndsAdministrativeRoute { get; init; }

    /// <summary><c>PLAZORESOLUCION/NUMEROPLAZORESOLUCION</c>.</summary>
    public int? TermAmount { get; init; }

    /// <summary><c>PLAZORESOLUCION/CODTIPOPLAZORESOLUCION</c>.</summary>
    public string? TermUnit { get; init; }

    /// <summary><c>NORMATIVAS/NORMATIVA</c>.</summary>
    public IReadOnlyList<SiaNormativa> Regulations { get; init; } = [];
}
