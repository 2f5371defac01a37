using Catalog.Domain.Codes;

namespace Catalog.Domain.Municipalities;

/// <summary>A Spanish municipality as INE lists it, with the DIR3 code of its town council.</summary>
public sealed class Municipality
{
    private Municipality()
    {
        IneCode = Name = SearchName = ProvinceCode = ProvinceName = RegionCode = RegionName = CouncilDir3Code = string.Empty;
    }

    public Municipality(IneCode code, string name, string provinceCode, string provinceName, string regionCode, string regionName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException($"Municipality {code} needs a name.", "name");
        }

        if (provinceCode != code.ProvinceCode)
        {
            throw new DomainRuleException($"Municipality {code} belongs to province {code.ProvinceCode}, not {provinceCode}.", "provinceCode");
        }

        IneCode = code.Value;
        CheckDigit = code.CheckDigit;
        Name = name.Trim();
        SearchName = Text.Fold(Name);
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        RegionCode = regionCode;
        RegionName = regionName;
        CouncilDir3Code = Dir3Code.ForTownCouncil(code).Value;
    }

    /// <summary>The five-digit INE code (primary key).</summary>
    public string IneCode { get; private set; }

    public int CheckDigit { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for accent- and case-insensitive search.</summary>
    public string SearchName { get; private set; }

    public string ProvinceCode { get; private set; }

    public string ProvinceName { get; private set; }

    /// <summary>The autonomous community's INE code.</summary>
    public string RegionCode { get; private set; }

    public string RegionName { get; private set; }

    /// <summary>The DIR3 code of the town council: <c>L01</c> + INE code + check digit.</summary>
    public string CouncilDir3Code { get; private set; }

    public IneCode Code => Codes.IneCode.Parse(IneCode);
}
