using System.Globalization;
using Catalog.Domain.ReferenceCatalog;

namespace Catalog.Domain.CityCatalog;

/// <summary>
/// Something a write may do but should know about: a code that is well formed but unknown to the registry mirror
/// (the mirror may be behind the registry). <see cref="Code"/> is the discrepancy kind the reconciliation will raise.
/// </summary>
/// <param name="Code">What kind of warning (<c>SIA_CODE_UNKNOWN</c>, <c>UNIT_UNKNOWN</c>…).</param>
/// <param name="Field">The input field it is about (<c>siaCode</c>, <c>responsibleUnit</c>).</param>
/// <param name="Message">What it means, for the person who made the write.</param>
public sealed record CatalogWarning(string Code, string Field, string Message);

/// <summary>A city procedure's rule was broken by another procedure of the same catalog (the one that holds the code).</summary>
public sealed class CatalogRuleException : DomainRuleException
{
    public CatalogRuleException(string message, string field, CityProcedure other) : base(message, field) => Other = other;

    public CatalogRuleException()
    {
    }

    public CatalogRuleException(string message) : base(message)
    {
    }

    public CatalogRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The procedure that already holds the code.</summary>
    public CityProcedure? Other { get; }
}

/// <summary>What the DIR3 mirror says of one unit, as the council-tree rule needs it.</summary>
/// <param name="Code">Its DIR3 code.</param>
/// <param name="ParentCode">Its superior unit.</param>
/// <param name="PrincipalCode">Its principal (root) unit.</param>
public sealed record UnitLink(string Code, string? ParentCode, string? PrincipalCode) : IUnitInTree;

/// <summary>A DIR3 unit's place in its tree: what the council-tree rule walks (the editor's and the reconciliation's units).</summary>
public interface IUnitInTree
{
    /// <summary>Its DIR3 code.</summary>
    string Code { get; }

    /// <summary>Its superior unit.</summary>
    string? ParentCode { get; }

    /// <summary>Its principal (root) unit.</summary>
    string? PrincipalCode { get; }
}

/// <summary>
/// The rules of a city catalog, in one place for every way a catalog is written (the editor's mutations, the import,
/// the web app). They work on data the caller loads: the procedures that may clash, the units of the mirror, whether
/// the SIA mirror knows a code. The reconciliation raises the same conditions as discrepancies for data that was
/// written before a rule existed or that the registries changed afterwards.
/// <list type="bullet">
/// <item>a local id names one procedure of the catalog, withdrawn ones included (they stay as history and an import
/// matches rows to them by local id);</item>
/// <item>a SIA code names one active procedure of the catalog (a withdrawn procedure's code may be reused);</item>
/// <item>a procedure maps to a reference procedure that is not retired;</item>
/// <item>the responsible unit is the council or a unit of its DIR3 tree (under it, or with it as principal unit);
/// a unit the mirror does not know is accepted with a warning;</item>
/// <item>a SIA code the mirror does not know is accepted with a warning.</item>
/// </list>
/// </summary>
public static class CityCatalogRules
{
    /// <summary>DIR3 hierarchies are shallow; the cap only guards against cycles in bad data.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Refuses <paramref name="procedure"/> when another procedure of its catalog among <paramref name="others"/> holds
    /// its local id, or, both active, its SIA code. <paramref name="others"/> may hold any procedures of the catalog
    /// (the caller loads those that may clash); the procedure itself is skipped.
    /// </summary>
    /// <exception cref="CatalogRuleException">A code is taken; the message names the other procedure.</exception>
    public static void RequireUniqueCodes(CityProcedure procedure, IEnumerable<CityProcedure> others)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(others);
        var clash = others.Where(o => !ReferenceEquals(o, procedure) && (o.Id == 0 || o.Id != procedure.Id)
                && o.MunicipalityIneCode == procedure.MunicipalityIneCode)
            .Select(o => (Other: o, Field: ClashOf(procedure, o)))
            .Where(c => c.Field is not null)
            .OrderBy(c => c.Field == "localId" ? 0 : 1).ThenBy(c => c.Other.Id)
            .FirstOrDefault();
        if (clash.Other is not null)
        {
            throw Taken(clash.Field!, clash.Field == "localId" ? procedure.LocalId! : procedure.SiaCode!, clash.Other);
        }
    }

    /// <summary>Which code of <paramref name="procedure"/> <paramref name="other"/> already holds (<c>localId</c>, <c>siaCode</c>), or null.</summary>
    public static string? ClashOf(CityProcedure procedure, CityProcedure other)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(other);
        if (procedure.LocalId is { } localId && string.Equals(other.LocalId, localId, StringComparison.Ordinal))
        {
            return "localId";
        }

        return procedure.SiaCode is { } sia && procedure.Status == CityProcedureStatus.Active && other.Status == CityProcedureStatus.Active
               && string.Equals(other.SiaCode, sia, StringComparison.Ordinal)
            ? "siaCode"
            : null;
    }

    /// <summary>The error for a code of <paramref name="field"/> (<c>localId</c> or <c>siaCode</c>) that <paramref name="holder"/> already has.</summary>
    public static CatalogRuleException Taken(string field, string code, CityProcedure holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var who = Describe(holder);
        return field == "localId"
            ? new CatalogRuleException($"Local id '{code}' is already used by {who} in this catalog; a local id names one procedure, withdrawn ones included.", field, holder)
            : new CatalogRuleException($"SIA code {code} is already used by {who} in this catalog; a SIA code names one active procedure (withdraw the other or clear its code first).", field, holder);
    }

    /// <summary>Refuses a retired reference procedure as a mapping.</summary>
    public static void RequireCurrent(ReferenceProcedure reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.IsRetired)
        {
            throw new DomainRuleException($"Reference procedure {reference.Code} is retired; map to a current one.", "referenceCode");
        }
    }

    /// <summary>
    /// Checks the responsible unit <paramref name="unitCode"/> against the council <paramref name="councilCode"/>'s DIR3
    /// tree, as <paramref name="find"/> (the mirror) knows it. A unit the mirror does not know gives a warning; one it
    /// knows outside the council's tree is refused.
    /// </summary>
    /// <exception cref="DomainRuleException">The unit belongs to another administration.</exception>
    public static CatalogWarning? CheckResponsibleUnit(string? unitCode, string councilCode, Func<string, UnitLink?> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (unitCode is null || string.Equals(unitCode, councilCode, StringComparison.Ordinal))
        {
            return null;
        }

        if (find(unitCode) is null)
        {
            return new CatalogWarning("UNIT_UNKNOWN", "responsibleUnit",
                $"Unit {unitCode} is not in the DIR3 mirror (yet): it is accepted, and the reconciliation reports it until the mirror has it.");
        }

        if (!IsWithinCouncil(unitCode, councilCode, find))
        {
            throw new DomainRuleException(
                $"Unit {unitCode} is not a unit of the town council {councilCode} nor of a body it owns (its DIR3 tree); give a unit of the council.", "responsibleUnit");
        }

        return null;
    }

    /// <summary>A warning when the SIA mirror does not know <paramref name="siaCode"/>.</summary>
    public static CatalogWarning? CheckSiaCode(string? siaCode, bool knownToMirror)
        => siaCode is not null && !knownToMirror
            ? new CatalogWarning("SIA_CODE_UNKNOWN", "siaCode",
                $"SIA code {siaCode} is not in the SIA mirror (yet): it is accepted, and the reconciliation reports it until the mirror has it.")
            : null;

    /// <summary>
    /// True when <paramref name="code"/> is the council itself or sits in its tree: its principal unit is the council,
    /// or the council is on its chain of parents.
    /// </summary>
    public static bool IsWithinCouncil<TUnit>(string code, string councilCode, Func<string, TUnit?> find)
        where TUnit : class, IUnitInTree
    {
        ArgumentNullException.ThrowIfNull(find);
        if (string.Equals(code, councilCode, StringComparison.Ordinal))
        {
            return true;
        }

        var current = find(code);
        if (current is null)
        {
            return false;
        }

        if (string.Equals(current.PrincipalCode, councilCode, StringComparison.Ordinal))
        {
            return true;
        }

        for (var depth = 0; depth < MaxDepth && current.ParentCode is { } parent && parent != current.Code; depth++)
        {
            if (string.Equals(parent, councilCode, StringComparison.Ordinal))
            {
                return true;
            }

            current = find(parent);
            if (current is null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How a message names a procedure: its name, its id and its local id when it has one.</summary>
    public static string Describe(CityProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var id = procedure.Id == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"id {procedure.Id}");
        var local = procedure.LocalId is null ? "" : $"local id {procedure.LocalId}";
        var parts = string.Join(", ", new[] { id, local }.Where(p => p.Length > 0));
        return parts.Length == 0 ? $"'{procedure.LocalName}'" : $"'{procedure.LocalName}' ({parts})";
    }
}
