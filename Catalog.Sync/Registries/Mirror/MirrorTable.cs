using System.Data.Common;
using Catalog.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>
/// Writes batches of one mirror table's rows (inserts of new keys, updates of known keys) with plain SQL on the
/// context's connection and transaction.
/// </summary>
/// <remarks>
/// Why not <c>SaveChanges</c>: change tracking 100,000 entities costs far more than the writes themselves, and the
/// loader already knows from the stored content hashes which rows are new and which changed. Columns, names and value
/// conversions (enums as names, JSON lists, SQLite's UTC ticks) come from the EF model, so the SQL cannot drift from
/// the mapping. PostgreSQL gets binary COPY (into the table for inserts, into a temporary table then one
/// <c>UPDATE … FROM</c> for updates), which is an order of magnitude faster than row-by-row statements over the wire;
/// SQLite runs in process, where one prepared statement per row inside the transaction is already the fastest way;
/// SQL Server uses the same prepared statements (no SQL Server runs here to tune a bulk path against).
/// </remarks>
internal sealed class MirrorTable<T> where T : class
{
    private readonly CatalogDbContext _db;
    private readonly string _table;
    private readonly Column[] _columns;
    private readonly Column[] _keys;
    private readonly HashSet<string> _preservedOnUpdate;
    private DbCommand? _insert;
    private DbCommand? _update;
    private bool _stageCreated;

    public MirrorTable(CatalogDbContext db, params string[] preservedOnUpdate)
    {
        _db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        _table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(_table, entity.GetSchema());
        _columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new Column(p, p.GetColumnName(store)!, p.GetGetter(), p.GetTypeMapping().Converter, PostgresTypeName(p.GetColumnType())))
            .ToArray();
        var keyNames = entity.FindPrimaryKey()!.Properties.Select(p => p.Name).ToHashSet();
        _keys = _columns.Where(c => keyNames.Contains(c.Property.Name)).ToArray();
        _preservedOnUpdate = preservedOnUpdate.ToHashSet();
    }

    /// <summary>The mapped properties, for comparing old and new rows field by field.</summary>
    public IEnumerable<IProperty> Properties => _columns.Select(c => c.Property);

    /// <summary>
    /// Per column: the stored value (after the model's conversion, for comparing rows as the database holds them) and
    /// the CLR value (for hashing, without paying for JSON serialisation of every list on every row).
    /// </summary>
    public IReadOnlyList<(IProperty Property, Func<T, object?> Read, Func<T, object?> ReadClr)> Readers
        => _columns.Select(c => (c.Property, (Func<T, object?>)c.Read, (Func<T, object?>)c.Getter.GetClrValueUsingContainingEntity)).ToArray();

    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (_db.Provider == DatabaseProvider.PostgreSql)
        {
            await CopyAsync(Quote(_table), rows, cancellationToken);
            return;
        }

        _insert ??= Prepare($"INSERT INTO {Quote(_table)} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", _columns.Select((_, i) => $"@p{i}"))})", _columns);
        foreach (var row in rows)
        {
            await ExecuteAsync(_insert, _columns, row, cancellationToken);
        }
    }

    public async Task UpdateAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var set = _columns.Where(c => !_keys.Contains(c) && !_preservedOnUpdate.Contains(c.Property.Name)).ToArray();
        if (_db.Provider == DatabaseProvider.PostgreSql)
        {
            var stage = Quote("stage_" + _table);
            if (!_stageCreated)
            {
                // A temporary table lives as long as the connection; ON COMMIT DROP ties it to the transaction, which
                // may span several loads (a sync run), hence IF NOT EXISTS.
                await ExecuteSqlAsync($"CREATE TEMPORARY TABLE IF NOT EXISTS {stage} (LIKE {Quote(_table)}) ON COMMIT DROP", cancellationToken);
                _stageCreated = true;
            }

            await ExecuteSqlAsync($"TRUNCATE {stage}", cancellationToken);
            await CopyAsync(stage, rows, cancellationToken);
            await ExecuteSqlAsync(
                $"UPDATE {Quote(_table)} AS t SET {string.Join(", ", set.Select(c => $"{Quote(c.Name)} = s.{Quote(c.Name)}"))} FROM {stage} AS s WHERE {string.Join(" AND ", _keys.Select(k => $"t.{Quote(k.Name)} = s.{Quote(k.Name)}"))}",
                cancellationToken);
            return;
        }

        var ordered = set.Concat(_keys).ToArray();
        _update ??= Prepare(
            $"UPDATE {Quote(_table)} SET {string.Join(", ", set.Select((c, i) => $"{Quote(c.Name)} = @p{i}"))} WHERE {string.Join(" AND ", _keys.Select((k, i) => $"{Quote(k.Name)} = @p{set.Length + i}"))}",
            ordered);
        foreach (var row in rows)
        {
            await ExecuteAsync(_update, ordered, row, cancellationToken);
        }
    }

    private async Task CopyAsync(string table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)_db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in _columns)
            {
                var value = column.Read(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private DbCommand Prepare(string sql, Column[] columns)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync(DbCommand command, Column[] columns, T row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
        }

        if (command is Microsoft.Data.Sqlite.SqliteCommand)
        {
            // SQLite runs in process: its async methods only wrap the synchronous call, at a cost per row.
            cancellationToken.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();
            return;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteSqlAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Npgsql's COPY wants the bare type name (<c>character varying</c>, not <c>character varying(9)</c>).</summary>
    private static string PostgresTypeName(string? columnType)
    {
        if (string.IsNullOrEmpty(columnType))
        {
            return "text";
        }

        var parenthesis = columnType.IndexOf('(', StringComparison.Ordinal);
        return parenthesis < 0 ? columnType : columnType[..parenthesis].TrimEnd();
    }

    public async ValueTask DisposeCommandsAsync()
    {
        if (_insert is not null)
        {
            await _insert.DisposeAsync();
        }

        if (_update is not null)
        {
            await _update.DisposeAsync();
        }
    }

    private sealed record Column(IProperty Property, string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, string PostgresType)
    {
        public object? Read(T row)
        {
            var value = Getter.GetClrValueUsingContainingEntity(row);
            return value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
