using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Municipalities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "CityProcedures",
                type: "TEXT",
                nullable: true);

            // The full-text index: FTS5 tables over each SearchText column, kept by triggers in the writing transaction.
            // Procedures' tables read their text from the row (external content, keyed by the integer id); municipalities
            // are keyed by a text INE code, so their table keeps its own copy under the code as rowid.
            foreach (var (table, fts) in new[] { ("CityProcedures", "CityProcedureSearch"), ("ReferenceProcedures", "ReferenceProcedureSearch") })
            {
                migrationBuilder.Sql($$"""
                    CREATE VIRTUAL TABLE "{{fts}}" USING fts5("SearchText", content='{{table}}', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='3');
                    INSERT INTO "{{fts}}"("{{fts}}") VALUES ('rebuild');
                    CREATE TRIGGER "{{table}}_search_insert" AFTER INSERT ON "{{table}}" BEGIN
                        INSERT INTO "{{fts}}"(rowid, "SearchText") VALUES (new."Id", coalesce(new."SearchText", ''));
                    END;
                    CREATE TRIGGER "{{table}}_search_delete" AFTER DELETE ON "{{table}}" BEGIN
                        INSERT INTO "{{fts}}"("{{fts}}", rowid, "SearchText") VALUES ('delete', old."Id", coalesce(old."SearchText", ''));
                    END;
                    CREATE TRIGGER "{{table}}_search_update" AFTER UPDATE OF "SearchText" ON "{{table}}" BEGIN
                        INSERT INTO "{{fts}}"("{{fts}}", rowid, "SearchText") VALUES ('delete', old."Id", coalesce(old."SearchText", ''));
                        INSERT INTO "{{fts}}"(rowid, "SearchText") VALUES (new."Id", coalesce(new."SearchText", ''));
                    END;
                    """);
            }

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "MunicipalitySearch" USING fts5("SearchText", tokenize='unicode61 remove_diacritics 2', prefix='3');
                INSERT INTO "MunicipalitySearch"(rowid, "SearchText") SELECT CAST("IneCode" AS INTEGER), coalesce("SearchText", '') FROM "Municipalities";
                CREATE TRIGGER "Municipalities_search_insert" AFTER INSERT ON "Municipalities" BEGIN
                    INSERT INTO "MunicipalitySearch"(rowid, "SearchText") VALUES (CAST(new."IneCode" AS INTEGER), coalesce(new."SearchText", ''));
                END;
                CREATE TRIGGER "Municipalities_search_delete" AFTER DELETE ON "Municipalities" BEGIN
                    DELETE FROM "MunicipalitySearch" WHERE rowid = CAST(old."IneCode" AS INTEGER);
                END;
                CREATE TRIGGER "Municipalities_search_update" AFTER UPDATE OF "SearchText" ON "Municipalities" BEGIN
                    DELETE FROM "MunicipalitySearch" WHERE rowid = CAST(old."IneCode" AS INTEGER);
                    INSERT INTO "MunicipalitySearch"(rowid, "SearchText") VALUES (CAST(new."IneCode" AS INTEGER), coalesce(new."SearchText", ''));
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, fts) in new[] { ("CityProcedures", "CityProcedureSearch"), ("ReferenceProcedures", "ReferenceProcedureSearch"), ("Municipalities", "MunicipalitySearch") })
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER "{table}_search_insert";
                    DROP TRIGGER "{table}_search_delete";
                    DROP TRIGGER "{table}_search_update";
                    DROP TABLE "{fts}";
                    """);
            }

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
