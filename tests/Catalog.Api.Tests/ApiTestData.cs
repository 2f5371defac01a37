using Catalog.Db.Seed;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using Catalog.Testing;

namespace Catalog.Api.Tests;

/// <summary>
/// The data the API tests read: every municipality (from the shipped INE list), a small DIR3 tree under Alcobendas'
/// council, two SIA entries, a reference catalog with a revised procedure, Alcobendas' catalog of
/// <see cref="AlcobendasProcedures"/> procedures and Málaga's of two, one discrepancy and one sync run.
/// </summary>
public sealed record ApiTestData(long RevisedReferenceId, long FirstAlcobendasProcedureId, long MalagaNotOfferedId, long RunId)
{
    public const int AlcobendasProcedures = 120;
    public const string AlcobendasCouncil = "L01280066";
    public const string MalagaCouncil = "L01290672";
    public const string UrbanismArea = "LA0000101";
    public const string LicensingService = "LA0000102";
    public const string OfficeCode = "O00000001";
    public const string SiaCode = "2094606";

    public static async Task<ApiTestData> SeedAsync(TestDatabase database)
    {
        var at = Build.Now;
        await using var db = database.CreateContext();
        db.Municipalities.AddRange(CatalogSeeder.ReadMunicipalities());
        db.Units.AddRange(
            Unit(AlcobendasCouncil, "Ayuntamiento de Alcobendas", parent: AlcobendasCouncil, principal: AlcobendasCouncil, level: 1),
            Unit(UrbanismArea, "Área de Urbanismo", parent: AlcobendasCouncil, principal: AlcobendasCouncil, level: 2),
            Unit(LicensingService, "Servicio de Licencias", parent: UrbanismArea, principal: AlcobendasCouncil, level: 3),
            Unit(MalagaCouncil, "Ayuntamiento de Málaga", parent: MalagaCouncil, principal: MalagaCouncil, level: 1));
        db.Offices.Add(new Office(OfficeCode, "Oficina de Atención Ciudadana") { ResponsibleUnitCode = AlcobendasCouncil, Status = RegistryStatus.Current });
        db.OfficeUnitRelations.Add(new OfficeUnitRelation(OfficeCode, AlcobendasCouncil));
        db.SiaEntries.AddRange(
            new SiaEntry(SiaCode, "Licencia de obra mayor") { ResponsibleN1 = AlcobendasCouncil, ResponsibleUnitCode = LicensingService, Kind = "P" },
            new SiaEntry("2094607", "Empadronamiento") { ResponsibleN1 = AlcobendasCouncil, IsWithdrawn = true });

        var urbanism = Build.Process("URB", "Urbanismo y obras");
        var census = Build.Process("PAD", "Padrón");
        var works = Build.ReferenceProcedure(urbanism, "URB-001", "Licencia de obra mayor");
        var activity = Build.ReferenceProcedure(urbanism, "URB-002", "Licencia de actividad");
        var registration = Build.ReferenceProcedure(census, "PAD-001", "Alta en el padrón");
        db.ReferenceProcedures.AddRange(works, activity, registration);
        await db.SaveChangesAsync();

        var cities = new List<CityProcedure>();
        for (var i = 0; i < AlcobendasProcedures; i++)
        {
            var procedure = Build.CityProcedure(Build.Alcobendas, $"Licencia {i:000} de Alcobendas",
                i == 0 ? SiaCode : (3_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), LicensingService); // a SIA code names one active procedure
            procedure.MapTo(works, at);
            cities.Add(procedure);
        }

        var malagaWorks = Build.CityProcedure(Build.Malaga, "Licencia urbanística de obra", SiaCode, MalagaCouncil);
        malagaWorks.Describe(malagaWorks.LocalName, null, Build.Attributes(SilenceEffect.Positive, termMonths: 2), at);
        malagaWorks.MapTo(works, at);
        var malagaNotOffered = CityProcedure.NotOffered(Build.Malaga, registration, "Se tramita en la Junta de Distrito", at);
        cities.Add(malagaWorks);
        cities.Add(malagaNotOffered);
        db.CityProcedures.AddRange(cities);
        await db.SaveChangesAsync();

        // The working group revises URB-001 after the cities mapped it: their confirmations are now behind.
        works.Revise(works.Name, works.Description, Build.Attributes(SilenceEffect.Positive), urbanism, "curator", at.AddDays(1), "Silencio positivo");
        var run = new SyncRun(SyncTrigger.Schedule, dryRun: false, full: true, requestedBy: null, municipalityFilter: null, at);
        run.Succeed(at.AddMinutes(3));
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync();

        db.Discrepancies.Add(new Discrepancy(DiscrepancyKind.ReferenceChanged, DiscrepancySeverity.Warning, Build.Alcobendas.Value, cities[0].Id, "URB-001",
            "URB-001 changed since the confirmed version.", [new DiscrepancyFact("silenceEffect", "Positive", "Negative")], "Review the silence effect.", run.Id, at));
        await db.SaveChangesAsync();
        return new ApiTestData(works.Id, cities[0].Id, malagaNotOffered.Id, run.Id);
    }

    private static OrganizationalUnit Unit(string code, string name, string parent, string principal, int level) => new(code, name)
    {
        AdministrationLevel = 3,
        EntityType = level == 1 ? "AY" : null,
        HierarchyLevel = level,
        ParentCode = parent,
        PrincipalCode = principal,
        Status = RegistryStatus.Current,
        ProvinceCode = code == MalagaCouncil ? "29" : "28",
        SourceList = "EELL",
    };
}
