using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries;

/// <summary>Which national registry a source feeds.</summary>
public enum Registry
{
    /// <summary>DIR3: organisational units and offices.</summary>
    Dir3,

    /// <summary>SIA: the national inventory of procedures and services.</summary>
    Sia,
}

/// <summary>Where a row came from: the file (or archive entry) and its row or entry number, for error messages.</summary>
public readonly record struct RowLocation(string File, long Row)
{
    public override string ToString() => $"{File}, row {Row}";
}

/// <summary>
/// One row a registry reader produced, in file order. Readers stream these: a loader consumes them one at a time, so
/// memory does not grow with the size of the file.
/// </summary>
public abstract record RegistryRow(RowLocation Location);

/// <summary>A DIR3 unit as read.</summary>
public sealed record UnitRow(RowLocation Location, OrganizationalUnit Unit) : RegistryRow(Location);

/// <summary>A DIR3 history link (<c>HistoricosUO.csv</c>).</summary>
public sealed record SuccessionRow(RowLocation Location, UnitSuccession Succession) : RegistryRow(Location);

/// <summary>A DIR3 office (<c>Oficinas.csv</c>).</summary>
public sealed record OfficeRow(RowLocation Location, Office Office) : RegistryRow(Location);

/// <summary>A DIR3 office-unit relation (<c>RelacionesOrganizativasOFI.csv</c>).</summary>
public sealed record OfficeRelationRow(RowLocation Location, OfficeUnitRelation Relation) : RegistryRow(Location);

/// <summary>A SIA entry as read.</summary>
public sealed record SiaRow(RowLocation Location, SiaEntry Entry) : RegistryRow(Location);

/// <summary>Why a row was rejected; the summary counts rejections by reason.</summary>
public enum RejectionReason
{
    /// <summary>The row has a different number of columns than the file's layout.</summary>
    WrongColumnCount,

    /// <summary>A DIR3 or SIA code is not of a valid form.</summary>
    InvalidCode,

    /// <summary>The status is not one of DIR3's V, E, A, T.</summary>
    UnknownStatus,

    /// <summary>The same code appeared earlier in the same source.</summary>
    DuplicateCode,

    /// <summary>A required value (code, name) is empty.</summary>
    MissingValue,

    /// <summary>A value is not of the expected kind (a number, S/N…).</summary>
    InvalidValue,

    /// <summary>A value is longer than the mirror can keep; it is not truncated silently.</summary>
    TooLong,
}

/// <summary>
/// A row a reader or the loader refused, with where it is and why. Rejected rows are counted and reported, never
/// dropped silently; the rest of the source still loads.
/// </summary>
public sealed record RejectedRow(RowLocation Location, string? Column, RejectionReason Reason, string Message) : RegistryRow(Location)
{
    /// <summary>
    /// The code the row names, as written, when it has one: the mirror keeps that unit or entry as it is rather than
    /// taking its absence from the accepted rows for its disappearance from the registry.
    /// </summary>
    public string? Code { get; init; }

    public override string ToString() => Column is null
        ? $"{Location}: {Message}"
        : $"{Location}, column {Column}: {Message}";
}

/// <summary>
/// The content of a source cannot be read at all (a truncated archive, an HTML page instead of a file, a SOAP fault,
/// a header that is not the registry's). Nothing of it is loaded.
/// </summary>
public sealed class RegistryFormatException : Exception
{
    public RegistryFormatException(string file, string message, Exception? innerException = null)
        : base($"{file}: {message}", innerException)
    {
        File = file;
    }

    public RegistryFormatException()
    {
        File = string.Empty;
    }

    public RegistryFormatException(string message) : base(message)
    {
        File = string.Empty;
    }

    public RegistryFormatException(string message, Exception innerException) : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>The file (or archive entry, or URL) that could not be read.</summary>
    public string File { get; }
}
