using Catalog.Domain.CityCatalog;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Reconciliation;

/// <summary>What the reconciliation needs to know of one DIR3 unit: kept small, because a full run holds all of them.</summary>
public sealed record UnitFacts(string Code, string Name, string? ParentCode, string? PrincipalCode, RegistryStatus Status, bool IsGone) : IUnitInTree
{
    /// <summary>Current or transitional and still in the lists.</summary>
    public bool IsActive => !IsGone && Status is RegistryStatus.Current or RegistryStatus.Transitional;
}

/// <summary>
/// The DIR3 mirror as the reconciliation walks it: units by code, their hierarchy and their successors from DIR3
/// history. Held in memory for the whole run (a national mirror is about 108,000 small rows).
/// </summary>
public sealed class UnitDirectory
{
    /// <summary>Hierarchies are shallow (DIR3 rarely goes past 8 levels); the cap only guards against cycles in bad data.</summary>
    private const int MaxDepth = 64;

    // The lookup the council-tree rule walks with, made once rather than per call (a full run asks millions of times).
    private readonly Func<string, UnitFacts?> _find;

    private readonly Dictionary<string, UnitFacts> _units;
    private readonly Dictionary<string, List<string>> _successors;

    public UnitDirectory(IEnumerable<UnitFacts> units, IEnumerable<(string Predecessor, string Successor)> successions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(successions);
        _find = Find;
        _units = new Dictionary<string, UnitFacts>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            _units[unit.Code] = unit;
        }

        _successors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (predecessor, successor) in successions)
        {
            if (!_successors.TryGetValue(predecessor, out var list))
            {
                _successors[predecessor] = list = [];
            }

            list.Add(successor);
        }
    }

    public int Count => _units.Count;

    public UnitFacts? Find(string? code) => code is not null && _units.TryGetValue(code, out var unit) ? unit : null;

    /// <summary>
    /// True when <paramref name="code"/> is the council itself or sits under it: its principal unit is the council, or
    /// the council is on its chain of parents.
    /// </summary>
    public bool IsWithin(string code, string councilCode) => CityCatalogRules.IsWithinCouncil(code, councilCode, _find);

    /// <summary>
    /// The town council (an <c>L01</c> code) a unit belongs to: itself, its principal unit, or the first council on its
    /// chain of parents; null when it belongs to none.
    /// </summary>
    public string? CouncilOf(string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (IsCouncilCode(code))
        {
            return code;
        }

        var current = Find(code);
        if (current?.PrincipalCode is { } principal && IsCouncilCode(principal))
        {
            return principal;
        }

        for (var depth = 0; depth < MaxDepth && current?.ParentCode is { } parent && parent != current.Code; depth++)
        {
            if (IsCouncilCode(parent))
            {
                return parent;
            }

            current = Find(parent);
        }

        return null;
    }

    /// <summary>
    /// The current units that took over from an extinguished one, following DIR3 history through intermediate
    /// extinguished successors. Empty when history names none that is current.
    /// </summary>
    public IReadOnlyList<UnitFacts> CurrentSuccessorsOf(string code)
    {
        var found = new List<UnitFacts>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>();
        queue.Enqueue(code);
        while (queue.Count > 0 && seen.Count < 1000)
        {
            if (!_successors.TryGetValue(queue.Dequeue(), out var successors))
            {
                continue;
            }

            foreach (var successor in successors)
            {
                if (!seen.Add(successor))
                {
                    continue;
                }

                if (Find(successor) is { IsActive: true } unit)
                {
                    found.Add(unit);
                }
                else
                {
                    queue.Enqueue(successor);
                }
            }
        }

        return found;
    }

    /// <summary>The nearest current unit above <paramref name="code"/> on its chain of parents, if any.</summary>
    public UnitFacts? NearestCurrentAncestorOf(string code)
    {
        var current = Find(code);
        for (var depth = 0; depth < MaxDepth && current?.ParentCode is { } parent && parent != current.Code; depth++)
        {
            current = Find(parent);
            if (current is { IsActive: true })
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The codes of every unit that belongs to one of <paramref name="councils"/> (the councils themselves excluded).</summary>
    public IEnumerable<string> CodesWithin(IReadOnlySet<string> councils)
    {
        ArgumentNullException.ThrowIfNull(councils);
        foreach (var unit in _units.Values)
        {
            if (!councils.Contains(unit.Code) && CouncilOf(unit.Code) is { } council && councils.Contains(council))
            {
                yield return unit.Code;
            }
        }
    }

    /// <summary><paramref name="codes"/> and every unit below any of them, as a list without repeats.</summary>
    public IReadOnlyList<string> WithDescendants(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var unit in _units.Values)
        {
            if (unit.ParentCode is { } parent && parent != unit.Code)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(unit.Code);
            }
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(codes);
        while (queue.Count > 0)
        {
            var code = queue.Dequeue();
            if (result.Add(code) && children.TryGetValue(code, out var below))
            {
                foreach (var child in below)
                {
                    queue.Enqueue(child);
                }
            }
        }

        return [.. result];
    }

    private static bool IsCouncilCode(string code) => code.Length == 9 && code.StartsWith("L01", StringComparison.Ordinal);
}
