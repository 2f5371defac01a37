using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Tests;

/// <summary>
/// Mappings for the national view, on top of <see cref="ApiTestData"/>: València maps all three current reference
/// procedures, Madrid maps URB-002 (its URB-001 is withdrawn), Alcobendas declines URB-002, Gijón both offers and
/// declines PAD-001 and maps a reference procedure that is then retired (RET-001).
/// </summary>
public static class CoverageTestData
{
    public static readonly IneCode Valencia = IneCode.Parse("46250");

    public static readonly IneCode Madrid = IneCode.Parse("28079");

    public static readonly IneCode Gijon = IneCode.Parse("33024");

    public static async Task AddAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var at = Build.Now;
        await using var db = database.CreateContext();
        var references = await db.ReferenceProcedures.Include(p => p.Process).ToDictionaryAsync(p => p.Code);
        var retired = Build.ReferenceProcedure(references["URB-001"].Process!, "RET-001", "Licencia suprimida");
        db.ReferenceProcedures.Add(retired);
        await db.SaveChangesAsync();

        CityProcedure Mapped(IneCode municipality, string code, string name)
        {
            var procedure = Build.CityProcedure(municipality, name, siaCode: null);
            procedure.MapTo(code == retired.Code ? retired : references[code], at);
            return procedure;
        }

        var withdrawn = Mapped(Madrid, "URB-001", "Licencia de obra (antigua)");
        withdrawn.Withdraw("Sustituida", at);
        db.CityProcedures.AddRange(
            Mapped(Valencia, "URB-001", "Llicència d'obra major"),
            Mapped(Valencia, "URB-002", "Llicència d'activitat"),
            Mapped(Valencia, "PAD-001", "Alta en el padró"),
            Mapped(Madrid, "URB-002", "Licencia de actividad"),
            withdrawn,
            CityProcedure.NotOffered(Build.Alcobendas, references["URB-002"], "Lo tramita la Comunidad", at),
            Mapped(Gijon, "PAD-001", "Alta en el padrón"),
            CityProcedure.NotOffered(Gijon, references["PAD-001"], "Declaración antigua", at),
            Mapped(Gijon, "RET-001", "Licencia suprimida"));
        await db.SaveChangesAsync();
        retired.Retire("curator", at.AddDays(2), "Suprimida");
        await db.SaveChangesAsync();
    }
}

/// <summary>The API fixture with <see cref="CoverageTestData"/> added.</summary>
public abstract class CoverageApiFixture(TestDatabase database) : ApiFixture(database), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        if (Database.UnavailableReason is null)
        {
            await CoverageTestData.AddAsync(Database);
        }
    }
}

/// <summary>The coverage fixture over SQLite.</summary>
public sealed class SqliteCoverageApiFixture() : CoverageApiFixture(new SqliteTestDatabase());

/// <summary>The coverage fixture over PostgreSQL (skipped without <c>CATALOG_TEST_POSTGRES</c>).</summary>
public sealed class PostgresCoverageApiFixture() : CoverageApiFixture(new PostgresTestDatabase());
