using Catalog.Domain.Codes;

namespace Catalog.Domain.Municipalities;

/// <summary>
/// A Spanish municipality as INE lists it, with the DIR3 code of its town council. Its name is kept as INE writes it
/// (<c>Coruña, A</c>) and in the order people write it (<c>A Coruña</c>); either finds it.
/// </summary>
public sealed class Municipality
{
    private Municipality()
    {
        IneCode = Name = DisplayName = SearchName = ProvinceCode = ProvinceName = ProvinceDisplayName = RegionCode = RegionName = CouncilDir3Code = string.Empty;
    }

    public Municipality(IneCode code, string name, string provinceCode, string provinceName, string regionCode, string regionName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException($"Municipality {code} needs a name.", "name");
        }

        // Quotes around a name are the CSV's, not the name's: a file read without its quoting stored "Coruña, A".
        if (name.Contains('"', StringComparison.Ordinal) || provinceName.Contains('"', StringComparison.Ordinal))
        {
            throw new DomainRuleException($"Municipality {code}: a name has no double quotes ('{name}', province '{provinceName}'); read the list with its CSV quoting.", "name");
        }

        if (provinceCode != code.ProvinceCode)
        {
            throw new DomainRuleException($"Municipality {code} belongs to province {code.ProvinceCode}, not {provinceCode}.", "provinceCode");
        }

        IneCode = code.Value;
        CheckDigit = code.CheckDigit;
        Name = name.Trim();
        DisplayName = PlaceName.NaturalOrder(Name);
        SearchName = SearchNameOf(Name, DisplayName);
        ProvinceCode = provinceCode;
        ProvinceName = provinceName.Trim();
        ProvinceDisplayName = PlaceName.NaturalOrder(ProvinceName);
        RegionCode = regionCode;
        RegionName = regionName;
        CouncilDir3Code = Dir3Code.ForTownCouncil(code).Value;
    }

    /// <summary>The five-digit INE code (primary key).</summary>
    public string IneCode { get; private set; }

    public int CheckDigit { get; private set; }

    /// <summary>The official name exactly as INE writes it, article last (<c>Coruña, A</c>, <c>Alicante/Alacant</c>).</summary>
    public string Name { get; private set; }

    /// <summary>The name in natural order, as people write it (<c>A Coruña</c>, <c>Alicante/Alacant</c>).</summary>
    public string DisplayName { get; private set; }

    /// <summary>
    /// The official name and, when it differs, the display name, folded for accent- and case-insensitive search
    /// (<c>coruna, a | a coruna</c>). It starts with the official name, so sorting by it keeps INE's order.
    /// </summary>
    public string SearchName { get; private set; }

    public string ProvinceCode { get; private set; }

    /// <summary>The province's official name as INE writes it (<c>Coruña, A</c>, <c>Alacant/Alicante</c>).</summary>
    public string ProvinceName { get; private set; }

    /// <summary>The province's name in natural order (<c>A Coruña</c>, <c>Las Palmas</c>).</summary>
    public string ProvinceDisplayName { get; private set; }

    /// <summary>The autonomous community's INE code.</summary>
    public string RegionCode { get; private set; }

    public string RegionName { get; private set; }

    /// <summary>The DIR3 code of the town council: <c>L01</c> + INE code + check digit.</summary>
    public string CouncilDir3Code { get; private set; }

    public IneCode Code => Codes.IneCode.Parse(IneCode);

    /// <summary>What <see cref="SearchName"/> holds for a municipality with these names.</summary>
    public static string SearchNameOf(string officialName, string displayName)
    {
        var official = PlaceName.SearchKey(officialName);
        var display = PlaceName.SearchKey(displayName);
        // Both names in one column: a search is one LIKE on one indexed column on every provider.
        return display == official ? official : $"{official} | {display}";
    }
}
