using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalog.Db.Migrations;

/// <summary>
/// Data repair for the <c>CityCatalogUniqueCodes</c> migration, kept out of the generated files so it survives their
/// regeneration. Before that migration a catalog could hold several active procedures with one SIA code, which the new
/// unique index refuses. The oldest procedure (lowest id) keeps the code; the others lose it, each with a change-log
/// entry (actor <c>migration</c>, action <c>clear-duplicate-sia-code</c>, the code as "before") and a revision bump, so
/// a stale edit is refused and the next reconciliation reports them as SIA_CODE_MISSING for the city to sort out.
/// Local ids were unique already (their index was).
/// </summary>
public static class CityCatalogUniqueCodesRepair
{
    public static void Up(MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var sqlServer = provider == DatabaseProvider.SqlServer;
        string Q(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        var now = provider switch
        {
            DatabaseProvider.Sqlite => "(CAST(strftime('%s','now') AS INTEGER) * 10000000 + 621355968000000000)", // UTC ticks, as UtcTicksConverter stores them
            DatabaseProvider.PostgreSql => "now()",
            _ => "SYSDATETIMEOFFSET()",
        };
        var idText = provider switch
        {
            DatabaseProvider.Sqlite => $"CAST(p.{Q("Id")} AS TEXT)",
            DatabaseProvider.PostgreSql => $"CAST(p.{Q("Id")} AS varchar(64))",
            _ => $"CAST(p.{Q("Id")} AS nvarchar(64))",
        };
        var concat = sqlServer ? " + " : " || ";
        string Duplicate(string row) =>
            $"{row}.{Q("Status")} = 'Active' AND {row}.{Q("SiaCode")} IS NOT NULL AND EXISTS (SELECT 1 FROM {Q("CityProcedures")} o "
            + $"WHERE o.{Q("MunicipalityIneCode")} = {row}.{Q("MunicipalityIneCode")} AND o.{Q("SiaCode")} = {row}.{Q("SiaCode")} "
            + $"AND o.{Q("Status")} = 'Active' AND o.{Q("Id")} < {row}.{Q("Id")})";

        migrationBuilder.Sql(
            $"INSERT INTO {Q("ChangeLog")} ({Q("At")}, {Q("Actor")}, {Q("Role")}, {Q("ApiKeyId")}, {Q("EntityType")}, {Q("EntityId")}, {Q("Action")}, {Q("Changes")}, {Q("MunicipalityIneCode")}) "
            + $"SELECT {now}, 'migration', 'admin', NULL, 'CityProcedure', {idText}, 'clear-duplicate-sia-code', "
            + $"'[{{\"field\":\"siaCode\",\"before\":\"'{concat}p.{Q("SiaCode")}{concat}'\",\"after\":null}}]', p.{Q("MunicipalityIneCode")} "
            + $"FROM {Q("CityProcedures")} p WHERE {Duplicate("p")};");
        migrationBuilder.Sql(
            $"UPDATE {Q("CityProcedures")} SET {Q("SiaCode")} = NULL, {Q("Revision")} = {Q("Revision")} + 1 WHERE {Duplicate(Q("CityProcedures"))};");
    }
}
