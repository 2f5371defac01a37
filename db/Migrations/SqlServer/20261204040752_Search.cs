using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ReferenceProcedures",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Municipalities",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "CityProcedures",
                type: "nvarchar(max)",
                nullable: true);

            // The full-text index (needs SQL Server's Full-Text Search feature): one catalog, an index per table on
            // SearchText with the Spanish word breaker, updated automatically. Full-text DDL cannot run in a transaction.
            migrationBuilder.Sql("""
                IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'CatalogSearch')
                    CREATE FULLTEXT CATALOG [CatalogSearch];
                """, suppressTransaction: true);
            foreach (var (table, key) in new[] { ("CityProcedures", "PK_CityProcedures"), ("ReferenceProcedures", "PK_ReferenceProcedures"), ("Municipalities", "PK_Municipalities") })
            {
                migrationBuilder.Sql($"""
                    CREATE FULLTEXT INDEX ON [{table}] ([SearchText] LANGUAGE 3082) KEY INDEX [{key}] ON [CatalogSearch] WITH CHANGE_TRACKING AUTO, STOPLIST OFF;
                    """, suppressTransaction: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "CityProcedures", "ReferenceProcedures", "Municipalities" })
            {
                migrationBuilder.Sql($"DROP FULLTEXT INDEX ON [{table}];", suppressTransaction: true);
            }

            migrationBuilder.Sql("DROP FULLTEXT CATALOG [CatalogSearch];", suppressTransaction: true);

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "CityProcedures");
        }
    }
}
