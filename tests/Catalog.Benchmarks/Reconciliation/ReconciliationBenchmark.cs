using System.CommandLine;
using System.Diagnostics;
using Catalog.Db;
using Catalog.Db.Seed;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.Registries;
using Catalog.Sync.Reconciliation;
using Catalog.Sync.Runs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Catalog.Benchmarks.Reconciliation;

/// <summary>
/// Reconciliation at national size: 8,131 municipalities, 108,000 DIR3 units, 300,000 SIA entries and 500,000 city
/// procedures, generated straight into a fresh database. Prints the floor (reading every input the reconciliation
/// reads), a full run (every municipality, discrepancies created), a full rerun with nothing changed (writes nothing),
/// an incremental run with nothing changed (the nightly case), and the peak working set during the runs.
/// Usage: <c>reconciliation [--provider sqlite|postgres] [--scale 1.0]</c> (PostgreSQL from CATALOG_TEST_POSTGRES).
/// </summary>
internal static class ReconciliationBenchmark
{
    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var provider = BenchmarkCommandLine.ProviderOption();
        var scale = new Option<double>("--scale") { Description = "size relative to the national one", DefaultValueFactory = _ => 1.0 };
        var command = new Command("reconciliation", "national-size sync: full run, no-change runs, peak memory, read floor") { provider, scale };
        command.SetAction(parse => RunAsync(parse.GetRequiredValue(provider), parse.GetValue(scale)));
        return command;
    }

    private static readonly ProcedureAttributes Standard = new()
    {
        Initiation = Initiation.OnApplication,
        SilenceEffect = SilenceEffect.Negative,
        ResolutionTerm = new ResolutionTerm(3, TermUnit.Months),
        EndsAdministrativeRoute = true,
        Recipients = Recipients.Citizens,
        ElectronicLevel = ElectronicLevel.FullyOnline,
        Channels = Channels.Online | Channels.InPerson,
    };

    private static async Task RunAsync(string provider, double scale)
    {
        var (options, drop) = await CreateDatabaseAsync(provider);
        try
        {
            var factory = new CatalogDbContextFactory(options);
            await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: false, includeDemo: false, TimeProvider.System, NullLogger.Instance);
            var generation = Stopwatch.StartNew();
            var counts = await GenerateAsync(factory, scale);
            Console.WriteLine($"Generated on {provider} in {generation.Elapsed.TotalSeconds:F1} s: {counts}");

            var floor = await MeasureAsync(() => ReadFloorAsync(factory));
            Console.WriteLine($"Floor (read every input once):        {floor.Seconds,7:F1} s  peak {floor.PeakMb,6:F0} MB");
            var full = await MeasureAsync(() => RunPipelineAsync(factory, full: true));
            Console.WriteLine($"Full run (creates discrepancies):     {full.Seconds,7:F1} s  peak {full.PeakMb,6:F0} MB  {full.Summary}");
            var rerun = await MeasureAsync(() => RunPipelineAsync(factory, full: true));
            Console.WriteLine($"Full rerun, nothing changed:          {rerun.Seconds,7:F1} s  peak {rerun.PeakMb,6:F0} MB  {rerun.Summary}");
            var nightly = await MeasureAsync(() => RunPipelineAsync(factory, full: false));
            Console.WriteLine($"Incremental run, nothing changed:     {nightly.Seconds,7:F1} s  peak {nightly.PeakMb,6:F0} MB  {nightly.Summary}");
            Console.WriteLine($"Full run / floor: {full.Seconds / floor.Seconds:F2}x; full rerun / floor: {rerun.Seconds / floor.Seconds:F2}x; process peak working set {BenchmarkCommandLine.PeakWorkingSetMb():F0} MB (generation included)");
        }
        finally
        {
            await drop();
        }
    }

    private static async Task<string> RunPipelineAsync(CatalogDbContextFactory factory, bool full)
    {
        var pipeline = new SyncPipeline(factory, new NoSourceChanges(), new ReconciliationEngine(TimeProvider.System), TimeProvider.System, NullLogger<SyncPipeline>.Instance);
        var outcome = await pipeline.RunAsync(new SyncRequest(SyncTrigger.Command, Full: full), new Progress<string>(line => Console.WriteLine($"    {line}")));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The run failed: {outcome.Run.Error}");
        }

        return $"{outcome.Run.MunicipalitiesReconciled} municipalities, +{outcome.Run.DiscrepanciesOpened} -{outcome.Run.DiscrepanciesClosed} ~{outcome.Run.DiscrepanciesUpdated}, {outcome.RowsWritten} rows written";
    }

    /// <summary>Everything the reconciliation reads, read once and thrown away: the cost no run can go below.</summary>
    private static async Task<string> ReadFloorAsync(CatalogDbContextFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var units = await ReconciliationEngine.LoadUnitsAsync(db, CancellationToken.None);
        var sia = await db.SiaEntries.AsNoTracking().CountAsync();
        var read = 0;
        await foreach (var _ in db.SiaEntries.AsNoTracking().AsAsyncEnumerable())
        {
            read++;
        }

        await foreach (var _ in db.CityProcedures.AsNoTracking().AsAsyncEnumerable())
        {
            read++;
        }

        await foreach (var _ in db.Discrepancies.AsNoTracking().AsAsyncEnumerable())
        {
            read++;
        }

        return $"{units.Count} units, {sia} SIA entries, {read} rows";
    }

    private static async Task<(double Seconds, double PeakMb, string Summary)> MeasureAsync(Func<Task<string>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampling = new CancellationTokenSource();
        long peak = 0;
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        var watch = Stopwatch.StartNew();
        var summary = await action();
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        return (watch.Elapsed.TotalSeconds, peak / 1024.0 / 1024.0, summary);
    }

    /// <summary>
    /// Per municipality: its council and ~12 units under it, ~37 SIA entries owned by it and ~61 procedures. About 5%
    /// of procedures drift from SIA, 2% have no SIA code, 1% point at an extinguished unit (with a successor), and 3% of
    /// SIA entries are referenced by no procedure.
    /// </summary>
    private static async Task<string> GenerateAsync(CatalogDbContextFactory factory, double scale)
    {
        var municipalities = CatalogSeeder.ReadMunicipalities().ToList();
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        await InsertAsync(factory, municipalities);
        int unitCount = 0, siaCount = 0, procedureCount = 0, unitSequence = 0;
        var totalUnits = (int)(108_000 * scale);
        var totalSia = (int)(300_000 * scale);
        var totalProcedures = (int)(500_000 * scale);
        var random = new Random(42);
        var units = new List<OrganizationalUnit>();
        var successions = new List<UnitSuccession>();
        var entries = new List<SiaEntry>();
        var procedures = new List<CityProcedure>();
        for (var m = 0; m < municipalities.Count; m++)
        {
            var municipality = municipalities[m];
            var council = municipality.CouncilDir3Code;
            units.Add(Unit(council, $"Ayuntamiento de {municipality.Name}", council, council, RegistryStatus.Current, at));
            var subUnits = Math.Max(2, Share(totalUnits - municipalities.Count, municipalities.Count, m));
            var codes = new List<string>(subUnits);
            for (var u = 0; u < subUnits; u++)
            {
                var code = $"LA{++unitSequence:D7}";
                var extinguished = u == subUnits - 1 && m % 2 == 0;
                units.Add(Unit(code, $"Unidad {u} de {municipality.Name}", u < 3 ? council : codes[u % 3], council,
                    extinguished ? RegistryStatus.Extinguished : RegistryStatus.Current, at));
                if (extinguished)
                {
                    successions.Add(new UnitSuccession(code, codes[0]) { Reason = "Fusión" });
                }
                else
                {
                    codes.Add(code);
                }
            }

            var entryCount = Share(totalSia, municipalities.Count, m);
            var siaCodes = new List<string>(entryCount);
            for (var e = 0; e < entryCount; e++)
            {
                var code = (1_000_000 + siaCount + e).ToString(System.Globalization.CultureInfo.InvariantCulture);
                siaCodes.Add(code);
                entries.Add(Entry(code, $"Procedimiento {e} de {municipality.Name}", council, codes[e % codes.Count], at));
            }

            siaCount += entryCount;
            var procedureTotal = Share(totalProcedures, municipalities.Count, m);
            var referenced = (int)(entryCount * 0.97);
            for (var p = 0; p < procedureTotal; p++)
            {
                var entryIndex = p < referenced ? p : p % Math.Max(1, referenced);
                var roll = random.NextDouble();
                var name = $"Procedimiento {entryIndex} de {municipality.Name}";
                var attributes = roll < 0.05 ? Standard with { SilenceEffect = SilenceEffect.Positive } : Standard;
                var procedure = new CityProcedure(municipality.Code, name, attributes, at);
                procedure.AssignSiaCode(roll is >= 0.05 and < 0.07 || siaCodes.Count == 0 ? null : SiaCode.Parse(siaCodes[entryIndex % siaCodes.Count]), at);
                var unit = roll is >= 0.07 and < 0.08 && successions.Count > 0 && successions[^1].SuccessorCode == codes[0]
                    ? successions[^1].PredecessorCode
                    : codes[p % codes.Count];
                procedure.AssignResponsibleUnit(Dir3Code.Parse(unit), at);
                procedures.Add(procedure);
            }

            procedureCount += procedureTotal;
            unitCount += 1 + subUnits;
            if (procedures.Count >= 50_000 || m == municipalities.Count - 1)
            {
                await InsertAsync(factory, units, successions, entries, procedures);
                units.Clear();
                successions.Clear();
                entries.Clear();
                procedures.Clear();
            }
        }

        return $"{municipalities.Count} municipalities, {unitCount} units, {siaCount} SIA entries, {procedureCount} city procedures";
    }

    private static int Share(int total, int parts, int index) => total / parts + (index < total % parts ? 1 : 0);

    private static OrganizationalUnit Unit(string code, string name, string parent, string principal, RegistryStatus status, DateTimeOffset at) => new(code, name)
    {
        ParentCode = parent,
        PrincipalCode = principal,
        Status = status,
        AdministrationLevel = 3,
        EntityType = "AY",
        FirstSeenAt = at,
        LastChangedAt = at,
    };

    private static SiaEntry Entry(string code, string name, string council, string unit, DateTimeOffset at) => new(code, name)
    {
        Kind = "P",
        ResponsibleN1 = council,
        ResponsibleN2 = unit,
        ResponsibleUnitCode = unit,
        Initiations = [new CodedValue("1", "A solicitud del interesado")],
        SilenceEffect = new CodedValue("2", "Desestimatorio"),
        ResolutionTermAmount = 3,
        ResolutionTermUnit = new CodedValue("2", "Meses"),
        EndsAdministrativeRoute = true,
        ElectronicLevel = new CodedValue("4", "Tramitación electrónica completa"),
        Status = new CodedValue("A", "Alta"),
        FirstSeenAt = at,
        LastChangedAt = at,
    };

    private static async Task InsertAsync(CatalogDbContextFactory factory, List<Municipality> municipalities)
    {
        await using var db = factory.CreateDbContext();
        db.Municipalities.AddRange(municipalities);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Straight, prepared INSERTs in one transaction per batch: several times faster than EF's change tracking for
    /// setting up half a million rows, and the same statements on SQLite and PostgreSQL.
    /// </summary>
    private static async Task InsertAsync(CatalogDbContextFactory factory, List<OrganizationalUnit> units, List<UnitSuccession> successions,
        List<SiaEntry> entries, List<CityProcedure> procedures)
    {
        await using var db = factory.CreateDbContext();
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        object Time(DateTimeOffset value) => sqlite ? value.UtcTicks : value.ToUniversalTime();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await InsertRowsAsync(connection, transaction, "Units",
            ["Code", "Name", "AdministrationLevel", "EntityType", "ParentCode", "PrincipalCode", "Status", "IsGone", "FirstSeenAt", "LastChangedAt", "ContentHash"],
            units.Select(u => new object?[] { u.Code, u.Name, u.AdministrationLevel, u.EntityType, u.ParentCode, u.PrincipalCode, u.Status.ToString(), false, Time(u.FirstSeenAt), Time(u.LastChangedAt), 0L }));
        await InsertRowsAsync(connection, transaction, "UnitSuccessions", ["PredecessorCode", "SuccessorCode", "Reason"],
            successions.Select(s => new object?[] { s.PredecessorCode, s.SuccessorCode, s.Reason }));
        await InsertRowsAsync(connection, transaction, "SiaEntries",
            ["Code", "Kind", "Name", "ResponsibleN1", "ResponsibleN2", "ResponsibleUnitCode", "Initiations", "SilenceEffect", "ResolutionTermAmount",
             "ResolutionTermUnit", "EndsAdministrativeRoute", "ElectronicLevel", "Recipients", "Subjects", "LegalBasis", "Status", "IsWithdrawn", "IsGone",
             "FirstSeenAt", "LastChangedAt", "ContentHash"],
            entries.Select(e => new object?[]
            {
                e.Code, e.Kind, e.Name, e.ResponsibleN1, e.ResponsibleN2, e.ResponsibleUnitCode, JsonColumn.Serialize(e.Initiations), JsonColumn.Serialize(e.SilenceEffect),
                e.ResolutionTermAmount, JsonColumn.Serialize(e.ResolutionTermUnit), e.EndsAdministrativeRoute, JsonColumn.Serialize(e.ElectronicLevel), "[]", "[]", "[]",
                JsonColumn.Serialize(e.Status), false, false, Time(e.FirstSeenAt), Time(e.LastChangedAt), 0L,
            }));
        await InsertRowsAsync(connection, transaction, "CityProcedures",
            ["MunicipalityIneCode", "LocalName", "SearchName", "SiaCode", "ResponsibleUnitCode", "IsOffered", "Status", "IsDemo", "CreatedAt", "UpdatedAt", "Revision",
             "Channels", "ElectronicLevel", "EndsAdministrativeRoute", "Initiation", "LegalBasis", "Recipients", "ResolutionTermAmount", "ResolutionTermUnit", "SilenceEffect"],
            procedures.Select(p => new object?[]
            {
                p.MunicipalityIneCode, p.LocalName, p.SearchName, p.SiaCode, p.ResponsibleUnitCode, true, p.Status.ToString(), false, Time(p.CreatedAt), Time(p.UpdatedAt), 0,
                (int)p.Attributes.Channels, (int?)p.Attributes.ElectronicLevel, p.Attributes.EndsAdministrativeRoute, p.Attributes.Initiation?.ToString(), "[]",
                (int)p.Attributes.Recipients, p.Attributes.ResolutionTermAmount, p.Attributes.ResolutionTermUnit?.ToString(), p.Attributes.SilenceEffect?.ToString(),
            }));
        await transaction.CommitAsync();
    }

    private static async Task InsertRowsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string table,
        string[] columns, IEnumerable<object?[]> rows)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            if (!prepared)
            {
                await command.PrepareAsync();
                prepared = true;
            }

            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<(CatalogDatabaseOptions Options, Func<Task> Drop)> CreateDatabaseAsync(string provider)
    {
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("CATALOG_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set CATALOG_TEST_POSTGRES to a PostgreSQL connection string whose user may create databases.");
            var name = $"catalog_bench_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection).ExecuteNonQueryAsync();
            }

            var options = new CatalogDatabaseOptions(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
            return (options, async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
            });
        }

        var path = Path.Combine(Path.GetTempPath(), $"catalog-bench-{Guid.NewGuid():N}.db");
        return (new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}"), () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The registry half of the run with no source changed: the benchmark measures reconciliation and recording.</summary>
    private sealed class NoSourceChanges : IMirrorRefresh
    {
        public Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken)
            => Task.FromResult(MirrorRefreshResult.Nothing);
    }
}
