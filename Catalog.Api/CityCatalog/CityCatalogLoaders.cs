using Microsoft.EntityFrameworkCore;
using Catalog.Domain.CityCatalog;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<long, CityProcedure?>? _cityProcedures;

    /// <summary>City procedures by id.</summary>
    public BatchLoader<long, CityProcedure?> CityProcedures
        => _cityProcedures ??= ByKey<long, CityProcedure>((db, keys) => db.CityProcedures.Where(p => EF.Parameter(keys).Contains(p.Id)), p => p.Id, nameof(CityProcedure.Id));
}
