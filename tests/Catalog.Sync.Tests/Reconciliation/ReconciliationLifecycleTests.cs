using Catalog.Db;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using Catalog.Sync.Reconciliation;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>The discrepancy lifecycle across runs, on a real database.</summary>
public abstract class ReconciliationLifecycleTests(TestDatabase database) : IAsyncLifetime
{
    private long _run;

    public async Task InitializeAsync()
    {
        if (database.UnavailableReason is null)
        {
            await ReconciliationDatabase.ResetAsync(database);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<ReconciliationResult> ReconcileAsync()
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await new ReconciliationEngine(TimeProvider.System).ReconcileAsync(db, ReconciliationScope.Only([Build.Alcobendas.Value]), ++_run);
        await transaction.CommitAsync();
        return result;
    }

    private async Task<List<Discrepancy>> DiscrepanciesAsync()
    {
        await using var db = database.CreateContext();
        return await db.Discrepancies.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    private async Task<long> AddDriftingProcedureAsync()
    {
        var entry = Scenario.Sia();
        entry.SilenceEffect = new("1", "Estimatorio");
        var procedure = Scenario.Procedure();
        await ReconciliationDatabase.AddAsync(database, entry, procedure);
        return procedure.Id;
    }

    [SkippableFact]
    public async Task A_first_run_opens_one_discrepancy_per_finding()
    {
        var id = await AddDriftingProcedureAsync();
        await ReconciliationDatabase.AddAsync(database, Scenario.Procedure("Licencia de obras", sia: null, unit: Scenario.OldUnit));

        var result = await ReconcileAsync();

        var discrepancies = await DiscrepanciesAsync();
        Assert.Equal(3, result.Opened);
        Assert.Equal(
            [DiscrepancyKind.SiaCodeMissing, DiscrepancyKind.SiaAttributeDrift, DiscrepancyKind.UnitExtinguished],
            discrepancies.Select(d => d.Kind).Order());
        var drift = Assert.Single(discrepancies, d => d.Kind == DiscrepancyKind.SiaAttributeDrift);
        Assert.Equal(Discrepancy.KeyOf(DiscrepancyKind.SiaAttributeDrift, Build.Alcobendas.Value, id, Scenario.SiaCode), drift.Key);
        Assert.Equal(new DiscrepancyFact("SilenceEffect", "Positive", "Negative"), drift.Facts.Single());
    }

    [SkippableFact]
    public async Task A_rerun_with_nothing_changed_creates_closes_and_rewrites_nothing()
    {
        await AddDriftingProcedureAsync();
        await ReconcileAsync();
        var before = await DiscrepanciesAsync();

        var result = await ReconcileAsync();

        Assert.Equal((0, 0, 0, 0), (result.Opened, result.Closed, result.Updated, result.RowsWritten));
        var after = await DiscrepanciesAsync();
        Assert.Equal(before.Select(d => (d.Id, d.Revision, d.LastSeenRunId)), after.Select(d => (d.Id, d.Revision, d.LastSeenRunId)));
    }

    [SkippableFact]
    public async Task A_condition_that_is_gone_closes_its_discrepancy()
    {
        await AddDriftingProcedureAsync();
        await ReconcileAsync();
        await using (var db = database.CreateContext())
        {
            (await db.SiaEntries.SingleAsync()).SilenceEffect = new("2", "Desestimatorio");
            await db.SaveChangesAsync();
        }

        var result = await ReconcileAsync();

        var discrepancy = Assert.Single(await DiscrepanciesAsync());
        Assert.Equal((1, DiscrepancyStatus.Closed, (long?)_run), (result.Closed, discrepancy.Status, discrepancy.ClosedByRunId));
    }

    [SkippableFact]
    public async Task A_dismissed_discrepancy_stays_dismissed_while_its_facts_are_the_same()
    {
        await AddDriftingProcedureAsync();
        await ReconcileAsync();
        await ActAsync(d => d.Dismiss("editor", "SIA is right for us", Build.Now));

        var result = await ReconcileAsync();

        Assert.Equal(DiscrepancyStatus.Dismissed, Assert.Single(await DiscrepanciesAsync()).Status);
        Assert.Equal((0, 0, 0), (result.Opened, result.Closed, result.Updated));
    }

    [SkippableFact]
    public async Task A_dismissed_discrepancy_reopens_when_its_facts_change()
    {
        await AddDriftingProcedureAsync();
        await ReconcileAsync();
        await ActAsync(d => d.Dismiss("editor", "SIA is right for us", Build.Now));
        await using (var db = database.CreateContext())
        {
            (await db.SiaEntries.SingleAsync()).ResolutionTermAmount = 6;
            await db.SaveChangesAsync();
        }

        var result = await ReconcileAsync();

        var discrepancy = Assert.Single(await DiscrepanciesAsync());
        Assert.Equal(DiscrepancyStatus.Open, discrepancy.Status);
        Assert.Equal(2, discrepancy.Facts.Count);
        Assert.Equal(1, result.Opened);
    }

    [SkippableFact]
    public async Task A_discrepancy_of_a_deleted_city_procedure_is_closed_not_orphaned()
    {
        var id = await AddDriftingProcedureAsync();
        await ReconcileAsync();
        await using (var db = database.CreateContext())
        {
            await db.CityProcedures.Where(p => p.Id == id).ExecuteDeleteAsync();
        }

        await ReconcileAsync();

        Assert.Contains(await DiscrepanciesAsync(), d => d.CityProcedureId == id && d.Status == DiscrepancyStatus.Closed);
        Assert.DoesNotContain(await DiscrepanciesAsync(), d => d.CityProcedureId == id && d.IsOpen);
    }

    [SkippableFact]
    public async Task A_discrepancy_of_a_withdrawn_city_procedure_is_closed()
    {
        var id = await AddDriftingProcedureAsync();
        await ReconcileAsync();
        await using (var db = database.CreateContext())
        {
            (await db.CityProcedures.SingleAsync(p => p.Id == id)).Withdraw("merged into another", Build.Now);
            await db.SaveChangesAsync();
        }

        await ReconcileAsync();

        var discrepancy = Assert.Single(await DiscrepanciesAsync(), d => d.CityProcedureId == id);
        Assert.Equal(DiscrepancyStatus.Closed, discrepancy.Status);
    }

    [SkippableFact]
    public async Task Discrepancies_of_other_municipalities_are_left_alone()
    {
        await AddDriftingProcedureAsync();
        var malaga = Build.CityProcedure(Build.Malaga, "Licencia de Málaga", siaCode: null, unit: Scenario.OtherCouncilUnit);
        await ReconciliationDatabase.AddAsync(database, malaga);
        await using (var db = database.CreateContext())
        {
            await new ReconciliationEngine(TimeProvider.System).ReconcileAsync(db, ReconciliationScope.Only([Build.Malaga.Value]), ++_run);
        }

        await ReconcileAsync();

        Assert.Contains(await DiscrepanciesAsync(), d => d.MunicipalityIneCode == Build.Malaga.Value && d.IsOpen);
    }

    [SkippableFact]
    public async Task Reading_the_whole_sia_mirror_finds_what_looking_entries_up_finds()
    {
        await AddDriftingProcedureAsync();
        await ReconciliationDatabase.AddAsync(database, Scenario.Sia("9900007", "Licencia de primera ocupación"));
        await using var db = database.CreateContext();
        var national = new ReconciliationEngine(TimeProvider.System) { ReadAllSiaAbove = 0 };

        var result = await national.ReconcileAsync(db, ReconciliationScope.Only([Build.Alcobendas.Value]), ++_run);

        Assert.Equal(2, result.Opened);
        Assert.Equal([DiscrepancyKind.SiaAttributeDrift, DiscrepancyKind.SiaEntryUncataloged], (await DiscrepanciesAsync()).Select(d => d.Kind).Order());
    }

    private async Task ActAsync(Action<Discrepancy> act)
    {
        await using var db = database.CreateContext();
        act(await db.Discrepancies.SingleAsync());
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteReconciliationLifecycleTests(SqliteTestDatabase database)
    : ReconciliationLifecycleTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresReconciliationLifecycleTests(PostgresTestDatabase database)
    : ReconciliationLifecycleTests(database), IClassFixture<PostgresTestDatabase>;
