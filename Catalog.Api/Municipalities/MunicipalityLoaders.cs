using Catalog.Domain.Municipalities;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<string, Municipality?>? _municipalities;

    /// <summary>Municipalities by INE code.</summary>
    public BatchLoader<string, Municipality?> Municipalities
        => _municipalities ??= ByKey<string, Municipality>((db, keys) => db.Municipalities.Where(m => keys.Contains(m.IneCode)), m => m.IneCode, StringComparer.Ordinal);
}
