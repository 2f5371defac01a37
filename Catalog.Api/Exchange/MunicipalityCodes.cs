using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Exchange;

/// <summary>Finds a municipality by its INE code (<c>28006</c>, <c>280066</c>) or its town council's DIR3 code (<c>L01280066</c>).</summary>
public static class MunicipalityCodes
{
    /// <summary>The municipality a code names; throws <see cref="UnknownMunicipalityException"/> when no municipality has it.</summary>
    public static async Task<Municipality> FindAsync(CatalogDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ine = MunicipalityCode.Parse(code);
        return await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.IneCode == ine.Value, cancellationToken)
            ?? throw new UnknownMunicipalityException(MunicipalityCode.UnknownMessage(ine));
    }
}

/// <summary>A well-formed municipality code that no municipality of the catalog has.</summary>
public sealed class UnknownMunicipalityException : DomainRuleException
{
    public UnknownMunicipalityException(string message) : base(message, "municipality")
    {
    }

    public UnknownMunicipalityException()
    {
    }

    public UnknownMunicipalityException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
