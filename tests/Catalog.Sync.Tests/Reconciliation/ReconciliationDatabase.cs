using Catalog.Db;
using Catalog.Db.Seed;
using Catalog.Domain.Registries;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>Puts a test database in a known state: Alcobendas and Málaga, the scenario's units, nothing else.</summary>
internal static class ReconciliationDatabase
{
    public static async Task ResetAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await db.Discrepancies.ExecuteDeleteAsync();
        await db.SyncRuns.ExecuteDeleteAsync();
        await db.CityProcedures.ExecuteDeleteAsync();
        await db.ReferenceProcedureVersions.ExecuteDeleteAsync();
        await db.ReferenceProcedures.ExecuteDeleteAsync();
        await db.ReferenceProcesses.ExecuteDeleteAsync();
        await db.SiaEntries.ExecuteDeleteAsync();
        await db.UnitSuccessions.ExecuteDeleteAsync();
        await db.Units.ExecuteDeleteAsync();
        await db.RegistrySources.ExecuteDeleteAsync();
        if (!await db.Municipalities.AnyAsync())
        {
            db.Municipalities.AddRange(CatalogSeeder.ReadMunicipalities().Where(m => m.IneCode is "28006" or "29067"));
        }

        db.Units.AddRange(Scenario.Units());
        db.UnitSuccessions.AddRange(Scenario.Successions());
        await db.SaveChangesAsync();
    }

    public static async Task AddAsync(TestDatabase database, params object[] entities)
    {
        await using var db = database.CreateContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds or replaces SIA entries in the mirror, as a registry load would.</summary>
    public static async Task PutSiaAsync(CatalogDbContext db, IEnumerable<SiaEntry> entries)
    {
        foreach (var entry in entries)
        {
            var existing = await db.SiaEntries.FindAsync(entry.Code);
            if (existing is not null)
            {
                db.Entry(existing).CurrentValues.SetValues(entry);
                existing.Initiations = entry.Initiations;
                existing.SilenceEffect = entry.SilenceEffect;
                existing.ResolutionTermUnit = entry.ResolutionTermUnit;
                existing.ElectronicLevel = entry.ElectronicLevel;
                existing.Status = entry.Status;
            }
            else
            {
                db.SiaEntries.Add(entry);
            }
        }
    }
}
