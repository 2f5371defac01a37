namespace Catalog.Domain.Registries;

/// <summary>A DIR3 office (<c>O</c> codes): a registry or citizen attention office and the units it serves.</summary>
public sealed class Office
{
    public Office(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; set; }

    public string Name { get; set; }

    public RegistryStatus Status { get; set; }

    /// <summary>The unit the office depends on (<c>CODIGO_UNIDAD_RESPONSABLE</c>).</summary>
    public string? ResponsibleUnitCode { get; set; }

    /// <summary>The office's kind as published (registry, information, …).</summary>
    public string? OfficeType { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? MunicipalityIneCode { get; set; }

    public bool IsGone { get; set; }

    public DateTimeOffset? GoneSince { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }

    public long ContentHash { get; set; }
}

/// <summary>An organisational relation: <see cref="OfficeCode"/> serves <see cref="UnitCode"/>.</summary>
public sealed class OfficeUnitRelation
{
    public OfficeUnitRelation(string officeCode, string unitCode)
    {
        OfficeCode = officeCode;
        UnitCode = unitCode;
    }

    public string OfficeCode { get; set; }

    public string UnitCode { get; set; }

    public RegistryStatus Status { get; set; }
}
