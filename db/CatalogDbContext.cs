using Catalog.Db.Accounts;
using Catalog.Domain.Access;
using Catalog.Domain.Auditing;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using Catalog.Domain.SiaPublishing;
using Catalog.Domain.Webhooks;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Db;

/// <summary>
/// The one DbContext of the product. Each database provider has a subclass (<see cref="SqliteCatalogDbContext"/>,
/// <see cref="PostgresCatalogDbContext"/>, <see cref="SqlServerCatalogDbContext"/>) only so that each keeps its own
/// migrations; code that uses the database takes this type. It holds the local accounts too (Identity's user
/// tables, without Identity's role tables: an account's role is one column, as a token's is one claim).
/// </summary>
public abstract class CatalogDbContext : IdentityUserContext<CatalogUser>
{
    protected CatalogDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<OrganizationalUnit> Units => Set<OrganizationalUnit>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<OfficeUnitRelation> OfficeUnitRelations => Set<OfficeUnitRelation>();

    public DbSet<SiaEntry> SiaEntries => Set<SiaEntry>();

    public DbSet<RegistrySourceState> RegistrySources => Set<RegistrySourceState>();

    public DbSet<ReferenceProcess> ReferenceProcesses => Set<ReferenceProcess>();

    public DbSet<ReferenceProcedure> ReferenceProcedures => Set<ReferenceProcedure>();

    public DbSet<ReferenceProcedureVersion> ReferenceProcedureVersions => Set<ReferenceProcedureVersion>();

    public DbSet<CityProcedure> CityProcedures => Set<CityProcedure>();

    public DbSet<Discrepancy> Discrepancies => Set<Discrepancy>();

    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>The change feed (transactional outbox): see <see cref="ChangeFeed.ChangeFeedSequencer"/>.</summary>
    public DbSet<CatalogChange> CatalogChanges => Set<CatalogChange>();

    /// <summary>Receivers of change-feed events (webhooks).</summary>
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    /// <summary>The webhook delivery log: one row per event per endpoint.</summary>
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The SIA publishing queue: one row per operation sent (or to send) to SIA's update service.</summary>
    public DbSet<SiaPublication> SiaPublications => Set<SiaPublication>();

    /// <summary>Which provider this context talks to.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        EntityConfigurations.CityProcedureIndexFilters.Apply(modelBuilder, Provider);
        EntityConfigurations.CatalogChangeConfiguration.ApplyFilters(modelBuilder, Provider);
        Search.SearchIndex.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name: readable in SQL and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpRevisions();
        Search.SearchIndex.Refresh(this);
        try
        {
            var now = DateTimeOffset.UtcNow;
            ChangeFeed.ChangeFeedRecorder.Record(this, now);
            var inserting = ChangeFeed.ChangeFeedRecorder.Inserting(this);
            if (inserting.Count == 0)
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }

            // New procedures get their ids on insert: their feed entries follow in a second save of the same transaction.
            using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            // The first save accepts its changes (else the second would insert them again); no caller defers acceptance.
            var written = base.SaveChanges(acceptAllChangesOnSuccess: true);
            CatalogChanges.AddRange(ChangeFeed.ChangeFeedRecorder.Created(inserting, now));
            written += base.SaveChanges(acceptAllChangesOnSuccess);
            own?.Commit();
            return written;
        }
        catch (DbUpdateConcurrencyException conflict) when (conflict is not ConcurrencyConflictException)
        {
            throw ConcurrencyConflictException.From(conflict);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpRevisions();
        Search.SearchIndex.Refresh(this);
        try
        {
            var now = DateTimeOffset.UtcNow;
            ChangeFeed.ChangeFeedRecorder.Record(this, now);
            var inserting = ChangeFeed.ChangeFeedRecorder.Inserting(this);
            if (inserting.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // New procedures get their ids on insert: their feed entries follow in a second save of the same transaction.
            await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            // The first save accepts its changes (else the second would insert them again); no caller defers acceptance.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            CatalogChanges.AddRange(ChangeFeed.ChangeFeedRecorder.Created(inserting, now));
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
        catch (DbUpdateConcurrencyException conflict) when (conflict is not ConcurrencyConflictException)
        {
            throw ConcurrencyConflictException.From(conflict);
        }
    }

    /// <summary>
    /// Editable rows carry a <c>Revision</c> concurrency token. It is bumped here, once for every save that modifies
    /// the row, so an update based on a stale revision fails on every provider alike.
    /// </summary>
    private void BumpRevisions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var revision = entry.Metadata.FindProperty(EntityConfigurations.MappingConventions.RevisionProperty);
            if (revision is null)
            {
                continue;
            }

            var property = entry.Property(revision.Name);
            if (!property.IsModified)
            {
                property.CurrentValue = (int)property.OriginalValue! + 1;
            }
        }
    }
}

/// <summary>The database engines the product runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: EF stores DateTimeOffset as text, which it cannot order or compare.
        // Stored as UTC ticks instead, ordering and range filters translate to plain integer comparisons.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

public sealed class SqlServerCatalogDbContext(DbContextOptions<SqlServerCatalogDbContext> options) : CatalogDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
