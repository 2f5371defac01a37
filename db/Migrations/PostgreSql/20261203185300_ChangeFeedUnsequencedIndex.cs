using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChangeFeedUnsequencedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CatalogChanges_Unsequenced",
                table: "CatalogChanges",
                column: "Id",
                filter: "\"Position\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CatalogChanges_Unsequenced",
                table: "CatalogChanges");
        }
    }
}
