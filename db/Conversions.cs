using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Catalog.Db;

/// <summary>DateTimeOffset as UTC ticks, for SQLite (see <see cref="SqliteCatalogDbContext"/>).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>
/// Small value lists (legal references, coded values, discrepancy facts) are stored as one JSON text column: they are
/// always read and written whole with their row, and JSON text works the same on the three providers.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>Converter and comparer for a read-only list stored as JSON.</summary>
    public static ValueConverter<IReadOnlyList<T>, string> ListConverter<T>() => new(
        v => Serialize(v),
        v => Deserialize<List<T>>(v));

    public static ValueComparer<IReadOnlyList<T>> ListComparer<T>() => new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());

    /// <summary>Converter for a single nullable record stored as JSON.</summary>
    public static ValueConverter<T?, string?> ValueConverter<T>() where T : class => new(
        v => v == null ? null : Serialize(v),
        v => v == null ? null : Deserialize<T>(v));
}
