using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiaPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SiaPublications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CityProcedureId = table.Column<long>(type: "INTEGER", nullable: false),
                    MunicipalityIneCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 5, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SiaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    ResultCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultMessage = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Request = table.Column<string>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiaPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiaPublications_CityProcedures_CityProcedureId",
                        column: x => x.CityProcedureId,
                        principalTable: "CityProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SiaPublications_CityProcedureId_State",
                table: "SiaPublications",
                columns: new[] { "CityProcedureId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SiaPublications_MunicipalityIneCode_State",
                table: "SiaPublications",
                columns: new[] { "MunicipalityIneCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SiaPublications_State_NextAttemptAt",
                table: "SiaPublications",
                columns: new[] { "State", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiaPublications");
        }
    }
}
