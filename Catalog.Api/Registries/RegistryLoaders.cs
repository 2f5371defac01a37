using Catalog.Domain.Registries;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<string, OrganizationalUnit?>? _units;
    private BatchLoader<string, IReadOnlyList<OrganizationalUnit>>? _unitChildren;
    private BatchLoader<string, IReadOnlyList<string>>? _unitSuccessors;
    private BatchLoader<string, Office?>? _offices;
    private BatchLoader<string, IReadOnlyList<Office>>? _unitOffices;
    private BatchLoader<string, SiaEntry?>? _siaEntries;

    /// <summary>DIR3 units by code.</summary>
    public BatchLoader<string, OrganizationalUnit?> Units
        => _units ??= ByKey<string, OrganizationalUnit>((db, keys) => db.Units.Where(u => EF.Parameter(keys).Contains(u.Code)), u => u.Code, nameof(OrganizationalUnit.Code), StringComparer.Ordinal);

    /// <summary>The units directly under a unit, by the parent's code, sorted by code.</summary>
    public BatchLoader<string, IReadOnlyList<OrganizationalUnit>> UnitChildren
        => _unitChildren ??= GroupedBy<string, OrganizationalUnit>(
            (db, keys) => db.Units.Where(u => u.ParentCode != null && keys.Contains(u.ParentCode) && u.ParentCode != u.Code).OrderBy(u => u.Code),
            u => u.ParentCode!, StringComparer.Ordinal);

    /// <summary>The codes of the units that replaced a unit (DIR3 history), by the old unit's code.</summary>
    public BatchLoader<string, IReadOnlyList<string>> UnitSuccessors
        => _unitSuccessors ??= new(async (keys, cancellation) =>
        {
            var links = await Db.UnitSuccessions.Where(s => keys.Contains(s.PredecessorCode)).OrderBy(s => s.SuccessorCode).AsNoTracking().ToListAsync(cancellation);
            return links.GroupBy(s => s.PredecessorCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(s => s.SuccessorCode).ToList(), StringComparer.Ordinal);
        }, [], StringComparer.Ordinal);

    /// <summary>DIR3 offices by code.</summary>
    public BatchLoader<string, Office?> Offices
        => _offices ??= ByKey<string, Office>((db, keys) => db.Offices.Where(o => EF.Parameter(keys).Contains(o.Code)), o => o.Code, nameof(Office.Code), StringComparer.Ordinal);

    /// <summary>The offices that serve a unit (DIR3 organisational relations), by the unit's code.</summary>
    public BatchLoader<string, IReadOnlyList<Office>> UnitOffices
        => _unitOffices ??= new(async (keys, cancellation) =>
        {
            var rows = await (
                from relation in Db.OfficeUnitRelations
                where keys.Contains(relation.UnitCode)
                join office in Db.Offices on relation.OfficeCode equals office.Code
                orderby office.Code
                select new { relation.UnitCode, Office = office }).AsNoTracking().ToListAsync(cancellation);
            return rows.GroupBy(r => r.UnitCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Office>)g.Select(r => r.Office).ToList(), StringComparer.Ordinal);
        }, [], StringComparer.Ordinal);

    /// <summary>SIA entries by SIA code.</summary>
    public BatchLoader<string, SiaEntry?> SiaEntries
        => _siaEntries ??= ByKey<string, SiaEntry>((db, keys) => db.SiaEntries.Where(e => EF.Parameter(keys).Contains(e.Code)), e => e.Code, nameof(SiaEntry.Code), StringComparer.Ordinal);
}
