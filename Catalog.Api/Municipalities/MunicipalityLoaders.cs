using Microsoft.EntityFrameworkCore;
using Catalog.Domain.Municipalities;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<string, Municipality?>? _municipalities;

    /// <summary>Municipalities by INE code.</summary>
    public BatchLoader<string, Municipality?> Municipalities
        => _municipalities ??= ByKey<string, Municipality>((db, keys) => db.Municipalities.Where(m => EF.Parameter(keys).Contains(m.IneCode)), m => m.IneCode, nameof(Municipality.IneCode), StringComparer.Ordinal);
}
