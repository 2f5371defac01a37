using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedAttributes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures");

            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "ReferenceProcedureVersions",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "ReferenceProcedureVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "ReferenceProcedures",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "ReferenceProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Appeals",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsRegulated",
                table: "CityProcedures",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Family",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvingBody",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPeriod",
                table: "CityProcedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Municipalities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountClaims_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AccountLogins_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AccountTokens_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SiaCode" },
                unique: true,
                filter: "\"SiaCode\" IS NOT NULL AND \"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_AccountClaims_UserId",
                table: "AccountClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLogins_UserId",
                table: "AccountLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Accounts",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Accounts",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountClaims");

            migrationBuilder.DropTable(
                name: "AccountLogins");

            migrationBuilder.DropTable(
                name: "AccountTokens");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures");

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

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SiaCode" });
        }
    }
}
