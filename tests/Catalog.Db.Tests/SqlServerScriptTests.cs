using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Catalog.Db.Tests;

/// <summary>
/// No SQL Server runs on these machines, so its support is checked on the committed idempotent migration script:
/// it must parse as T-SQL and be what the current migrations generate.
/// </summary>
public class SqlServerScriptTests
{
    private static readonly string ScriptPath = RepositoryPaths.Combine("db", "Migrations", "SqlServer", "catalog-sqlserver.sql");

    private static SqlServerCatalogDbContext CreateContext()
        => new(new DbContextOptionsBuilder<SqlServerCatalogDbContext>().UseSqlServer("Server=unused;Database=unused").Options);

    private static string Normalise(string script) => string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    [Fact]
    public void The_committed_script_parses_as_t_sql_with_no_errors()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(File.ReadAllText(ScriptPath));
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void The_committed_script_is_what_the_current_migrations_generate()
    {
        using var db = CreateContext();
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.True(Normalise(generated) == Normalise(File.ReadAllText(ScriptPath)),
            "db/Migrations/SqlServer/catalog-sqlserver.sql is out of date. Regenerate it from db/: " +
            "dotnet ef migrations script --idempotent --context SqlServerCatalogDbContext -o Migrations/SqlServer/catalog-sqlserver.sql");
    }

    [Fact]
    public void The_script_brings_a_fresh_database_to_the_latest_migration()
    {
        using var db = CreateContext();
        var script = File.ReadAllText(ScriptPath);
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        foreach (var migration in migrations)
        {
            Assert.Contains($"N'{migration}'", script, StringComparison.Ordinal);
        }
    }
}
