using Catalog.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Api.Health;

/// <summary>Readiness: the catalog database answers a query. Liveness does not depend on it.</summary>
public sealed class DatabaseHealthCheck(CatalogDbContextFactory factory) : IHealthCheck
{
    /// <summary>The tag of checks that decide readiness (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            // A real query, not only a connection: a database without the catalog's tables is not ready either.
            await db.Municipalities.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{db.Provider} answers.");
        }
#pragma warning disable CA1031 // Any failure means "not ready"; the exception is reported, not swallowed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The catalog database does not answer.", exception);
        }
    }
}
