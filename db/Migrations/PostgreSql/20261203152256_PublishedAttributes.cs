using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PublishedAttributes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "ReferenceProcedureVersions",
                type: "integer",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "ReferenceProcedureVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "ReferenceProcedures",
                type: "integer",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "ReferenceProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "CityProcedures",
                type: "integer",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "CityProcedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Appeals",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "AsRegulated",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "Family",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "Requirements",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "ResolvingBody",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "SubmissionPeriod",
                table: "ReferenceProcedureVersions");

            migrationBuilder.DropColumn(
                name: "Appeals",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "AsRegulated",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "Family",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "Requirements",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "ResolvingBody",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "SubmissionPeriod",
                table: "ReferenceProcedures");

            migrationBuilder.DropColumn(
                name: "Appeals",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "AsRegulated",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "Family",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "Requirements",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "ResolvingBody",
                table: "CityProcedures");

            migrationBuilder.DropColumn(
                name: "SubmissionPeriod",
                table: "CityProcedures");
        }
    }
}
