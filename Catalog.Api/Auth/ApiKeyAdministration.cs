using Catalog.Api.Auditing;
using Catalog.Db;
using Catalog.Domain.Access;
using Catalog.Domain.Codes;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Auth;

/// <summary>Admins create and revoke API keys for machine clients; both are audited.</summary>
public sealed class ApiKeyAdministration(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>Creates a key; the returned token is the only time the secret is visible.</summary>
    public async Task<(ApiKey Key, string Token)> CreateAsync(CatalogActor? caller, string name, IReadOnlyList<IneCode> municipalities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var actor = Permissions.Require(caller);
        Permissions.RequireAdmin(actor, "create API keys");
        var known = await db.Municipalities.Where(m => municipalities.Select(x => x.Value).Contains(m.IneCode)).Select(m => m.IneCode).ToListAsync(cancellationToken);
        var unknown = municipalities.Select(m => m.Value).Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new NotFoundException($"Municipalities not in the catalog: {string.Join(", ", unknown)}.");
        }

        var now = clock.GetUtcNow();
        var (key, token) = ApiKey.Issue(name, municipalities, actor.Subject, now);
        db.ApiKeys.Add(key);
        AuditTrail.Record(db, actor, nameof(ApiKey), key.Id, "create", AuditSnapshot.Empty, Snapshot(key), null, now);
        await db.SaveChangesAsync(cancellationToken);
        return (key, token);
    }

    public async Task<ApiKey> RevokeAsync(CatalogActor? caller, string id, CancellationToken cancellationToken)
    {
        var actor = Permissions.Require(caller);
        Permissions.RequireAdmin(actor, "revoke API keys");
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new NotFoundException($"API key {id} does not exist.");
        var before = Snapshot(key);
        var now = clock.GetUtcNow();
        key.Revoke(actor.Subject, now);
        AuditTrail.Record(db, actor, nameof(ApiKey), key.Id, "revoke", before, Snapshot(key), null, now);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static AuditSnapshot Snapshot(ApiKey key) => new AuditSnapshot()
        .Add("name", key.Name)
        .Add("municipalities", string.Join(",", key.Municipalities))
        .Add("revoked", key.IsRevoked ? "true" : "false");
}
