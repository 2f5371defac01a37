using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MunicipalityNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProvinceDisplayName",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Strip the quotes an old seed stored and give every municipality its display and search names.
            MunicipalityNamesRepair.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "ProvinceDisplayName",
                table: "Municipalities");
        }
    }
}
