using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CityCatalogUniqueCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing catalogs may hold duplicate SIA codes, which the unique index refuses: repair them first.
            CityCatalogUniqueCodesRepair.Up(migrationBuilder, DatabaseProvider.SqlServer);

            migrationBuilder.DropIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SiaCode" },
                unique: true,
                filter: "[SiaCode] IS NOT NULL AND [Status] = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SiaCode" });
        }
    }
}
