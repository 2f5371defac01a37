using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VersionProcessLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Versions written before this link could record process 0 (a process saved in the same batch as its
            // procedure); give them their procedure's process so the new foreign key holds.
            migrationBuilder.Sql(
                "UPDATE \"ReferenceProcedureVersions\" SET \"ProcessId\" = " +
                "(SELECT p.\"ProcessId\" FROM \"ReferenceProcedures\" p WHERE p.\"Id\" = \"ReferenceProcedureVersions\".\"ReferenceProcedureId\") " +
                "WHERE \"ProcessId\" = 0;");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceProcedureVersions_ProcessId",
                table: "ReferenceProcedureVersions",
                column: "ProcessId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReferenceProcedureVersions_ReferenceProcesses_ProcessId",
                table: "ReferenceProcedureVersions",
                column: "ProcessId",
                principalTable: "ReferenceProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReferenceProcedureVersions_ReferenceProcesses_ProcessId",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropIndex(
                name: "IX_ReferenceProcedureVersions_ProcessId",
                table: "ReferenceProcedureVersions");
        }
    }
}
