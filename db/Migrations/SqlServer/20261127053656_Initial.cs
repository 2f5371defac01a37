using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalog.Db.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ApiKeyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EntityType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MunicipalityIneCode = table.Column<string>(type: "varchar(5)", unicode: false, maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Discrepancies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Severity = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MunicipalityIneCode = table.Column<string>(type: "char(5)", unicode: false, fixedLength: true, maxLength: 5, nullable: false),
                    CityProcedureId = table.Column<long>(type: "bigint", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FactsHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Suggestion = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedByRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedByRunId = table.Column<long>(type: "bigint", nullable: true),
                    ActedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ActedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Discrepancies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    IneCode = table.Column<string>(type: "char(5)", unicode: false, fixedLength: true, maxLength: 5, nullable: false),
                    CheckDigit = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProvinceCode = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: false),
                    ProvinceName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: false),
                    RegionName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CouncilDir3Code = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.IneCode);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ResponsibleUnitCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    OfficeType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PostalCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    MunicipalityIneCode = table.Column<string>(type: "varchar(5)", unicode: false, maxLength: 5, nullable: true),
                    IsGone = table.Column<bool>(type: "bit", nullable: false),
                    GoneSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "OfficeUnitRelations",
                columns: table => new
                {
                    OfficeCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    UnitCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeUnitRelations", x => new { x.OfficeCode, x.UnitCode });
                });

            migrationBuilder.CreateTable(
                name: "ReferenceProcesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrySources",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ContentHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    LastLoadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastRunId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrySources", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SiaEntries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResponsibleN1 = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    ResponsibleN2 = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    ResponsibleUnitCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    Typology = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Initiations = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SilenceEffect = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ResolutionTermAmount = table.Column<int>(type: "int", nullable: true),
                    ResolutionTermUnit = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    EndsAdministrativeRoute = table.Column<bool>(type: "bit", nullable: true),
                    ElectronicLevel = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Recipients = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Subjects = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LegalBasis = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "bit", nullable: false),
                    LastUpdated = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IsGone = table.Column<bool>(type: "bit", nullable: false),
                    GoneSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiaEntries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SyncRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Trigger = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DryRun = table.Column<bool>(type: "bit", nullable: false),
                    Full = table.Column<bool>(type: "bit", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MunicipalityFilter = table.Column<string>(type: "varchar(5)", unicode: false, maxLength: 5, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Sources = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MunicipalitiesReconciled = table.Column<int>(type: "int", nullable: false),
                    DiscrepanciesOpened = table.Column<int>(type: "int", nullable: false),
                    DiscrepanciesClosed = table.Column<int>(type: "int", nullable: false),
                    DiscrepanciesUpdated = table.Column<int>(type: "int", nullable: false),
                    Node = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OfficesAdded = table.Column<int>(type: "int", nullable: false),
                    OfficesChanged = table.Column<int>(type: "int", nullable: false),
                    OfficesGone = table.Column<int>(type: "int", nullable: false),
                    SiaEntriesAdded = table.Column<int>(type: "int", nullable: false),
                    SiaEntriesChanged = table.Column<int>(type: "int", nullable: false),
                    SiaEntriesGone = table.Column<int>(type: "int", nullable: false),
                    UnitsAdded = table.Column<int>(type: "int", nullable: false),
                    UnitsChanged = table.Column<int>(type: "int", nullable: false),
                    UnitsGone = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AdministrationLevel = table.Column<int>(type: "int", nullable: false),
                    EntityType = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: true),
                    HierarchyLevel = table.Column<int>(type: "int", nullable: true),
                    ParentCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    PrincipalCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    EdpPrincipalCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OfficialDate = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Nif = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ProvinceCode = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: true),
                    SourceList = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IsGone = table.Column<bool>(type: "bit", nullable: false),
                    GoneSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccessions",
                columns: table => new
                {
                    PredecessorCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    SuccessorCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Date = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccessions", x => new { x.PredecessorCode, x.SuccessorCode });
                });

            migrationBuilder.CreateTable(
                name: "ReferenceProcedures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    ProcessId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ExampleSiaCode = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: true),
                    CurrentVersion = table.Column<int>(type: "int", nullable: false),
                    IsRetired = table.Column<bool>(type: "bit", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Channels = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ElectronicLevel = table.Column<int>(type: "int", maxLength: 32, nullable: true),
                    EndsAdministrativeRoute = table.Column<bool>(type: "bit", nullable: true),
                    Fees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Initiation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Recipients = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ResolutionTermAmount = table.Column<int>(type: "int", nullable: true),
                    ResolutionTermUnit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SilenceEffect = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferenceProcedures_ReferenceProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "ReferenceProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CityProcedures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MunicipalityIneCode = table.Column<string>(type: "char(5)", unicode: false, fixedLength: true, maxLength: 5, nullable: false),
                    LocalId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LocalName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SearchName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SiaCode = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: true),
                    ResponsibleUnitCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    ReferenceProcedureId = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedReferenceVersion = table.Column<int>(type: "int", nullable: true),
                    IsOffered = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Channels = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ElectronicLevel = table.Column<int>(type: "int", maxLength: 32, nullable: true),
                    EndsAdministrativeRoute = table.Column<bool>(type: "bit", nullable: true),
                    Fees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Initiation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Recipients = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ResolutionTermAmount = table.Column<int>(type: "int", nullable: true),
                    ResolutionTermUnit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SilenceEffect = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityProcedures_Municipalities_MunicipalityIneCode",
                        column: x => x.MunicipalityIneCode,
                        principalTable: "Municipalities",
                        principalColumn: "IneCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CityProcedures_ReferenceProcedures_ReferenceProcedureId",
                        column: x => x.ReferenceProcedureId,
                        principalTable: "ReferenceProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceProcedureVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferenceProcedureId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProcessId = table.Column<long>(type: "bigint", nullable: false),
                    ChangedFields = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Author = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Channels = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ElectronicLevel = table.Column<int>(type: "int", maxLength: 32, nullable: true),
                    EndsAdministrativeRoute = table.Column<bool>(type: "bit", nullable: true),
                    Fees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Initiation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Recipients = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ResolutionTermAmount = table.Column<int>(type: "int", nullable: true),
                    ResolutionTermUnit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SilenceEffect = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceProcedureVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferenceProcedureVersions_ReferenceProcedures_ReferenceProcedureId",
                        column: x => x.ReferenceProcedureId,
                        principalTable: "ReferenceProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_At",
                table: "ChangeLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_EntityType_EntityId",
                table: "ChangeLog",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_MunicipalityIneCode",
                table: "ChangeLog",
                column: "MunicipalityIneCode");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_LocalId",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "LocalId" },
                unique: true,
                filter: "[LocalId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SearchName",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_MunicipalityIneCode_SiaCode",
                table: "CityProcedures",
                columns: new[] { "MunicipalityIneCode", "SiaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_ReferenceProcedureId",
                table: "CityProcedures",
                column: "ReferenceProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_ResponsibleUnitCode",
                table: "CityProcedures",
                column: "ResponsibleUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_CityProcedures_SiaCode",
                table: "CityProcedures",
                column: "SiaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_CityProcedureId",
                table: "Discrepancies",
                column: "CityProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_Key",
                table: "Discrepancies",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_Kind_Status",
                table: "Discrepancies",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_MunicipalityIneCode_Status",
                table: "Discrepancies",
                columns: new[] { "MunicipalityIneCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_CouncilDir3Code",
                table: "Municipalities",
                column: "CouncilDir3Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_ProvinceCode",
                table: "Municipalities",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_RegionCode",
                table: "Municipalities",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_SearchName",
                table: "Municipalities",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_Offices_ResponsibleUnitCode",
                table: "Offices",
                column: "ResponsibleUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeUnitRelations_UnitCode",
                table: "OfficeUnitRelations",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceProcedures_Code",
                table: "ReferenceProcedures",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceProcedures_ProcessId",
                table: "ReferenceProcedures",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceProcedureVersions_ReferenceProcedureId_Number",
                table: "ReferenceProcedureVersions",
                columns: new[] { "ReferenceProcedureId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceProcesses_Code",
                table: "ReferenceProcesses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SiaEntries_ResponsibleN1",
                table: "SiaEntries",
                column: "ResponsibleN1");

            migrationBuilder.CreateIndex(
                name: "IX_SiaEntries_ResponsibleUnitCode",
                table: "SiaEntries",
                column: "ResponsibleUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_Outcome",
                table: "SyncRuns",
                column: "Outcome");

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_StartedAt",
                table: "SyncRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentCode",
                table: "Units",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Units_PrincipalCode",
                table: "Units",
                column: "PrincipalCode");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Status_IsGone",
                table: "Units",
                columns: new[] { "Status", "IsGone" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_SuccessorCode",
                table: "UnitSuccessions",
                column: "SuccessorCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeLog");

            migrationBuilder.DropTable(
                name: "CityProcedures");

            migrationBuilder.DropTable(
                name: "Discrepancies");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "OfficeUnitRelations");

            migrationBuilder.DropTable(
                name: "ReferenceProcedureVersions");

            migrationBuilder.DropTable(
                name: "RegistrySources");

            migrationBuilder.DropTable(
                name: "SiaEntries");

            migrationBuilder.DropTable(
                name: "SyncRuns");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "UnitSuccessions");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "ReferenceProcedures");

            migrationBuilder.DropTable(
                name: "ReferenceProcesses");
        }
    }
}
