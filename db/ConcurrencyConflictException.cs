using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Catalog.Db;

/// <summary>
/// A save was based on a stale copy: someone else changed the row since it was read. Nothing was written. The message
/// names the row and the revisions, so the user knows to reload and apply their change again.
/// </summary>
public sealed class ConcurrencyConflictException : DbUpdateConcurrencyException
{
    public ConcurrencyConflictException(string message, IReadOnlyList<EntityEntry> entries, Exception inner) : base(message, inner)
    {
        Conflicts = entries.Select(e => e.Metadata.ClrType.Name).ToList();
    }

    public ConcurrencyConflictException()
    {
        Conflicts = [];
    }

    public ConcurrencyConflictException(string message) : base(message)
    {
        Conflicts = [];
    }

    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
        Conflicts = [];
    }

    /// <summary>The kinds of row that were in conflict.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    internal static ConcurrencyConflictException From(DbUpdateConcurrencyException conflict)
    {
        var descriptions = conflict.Entries.Select(Describe).ToList();
        var message = descriptions.Count == 0
            ? "The change was not saved: the data was changed by someone else since it was read. Reload it and try again."
            : $"The change was not saved: {string.Join("; ", descriptions)} was changed by someone else since it was read. Reload it and try again.";
        return new ConcurrencyConflictException(message, conflict.Entries, conflict);
    }

    private static string Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault();
        var revision = entry.Metadata.FindProperty(EntityConfigurations.MappingConventions.RevisionProperty) is { } property
            ? $" (your copy is at revision {entry.Property(property.Name).OriginalValue})"
            : string.Empty;
        return $"{entry.Metadata.ClrType.Name} {key}{revision}";
    }
}
