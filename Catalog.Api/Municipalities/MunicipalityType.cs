using Catalog.Api.CityCatalog;
using Catalog.Api.GraphQL;
using Catalog.Api.Registries;
using Catalog.Domain.Municipalities;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Catalog.Api.Municipalities;

/// <summary>GraphQL type of <see cref="Municipality"/>.</summary>
public sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "A Spanish municipality as INE lists it, with its town council's DIR3 code, its catalog of procedures and its coverage of the reference catalog.";
        this.ImplementsNode(m => m.IneCode);
        Field<NonNullGraphType<StringGraphType>>("ineCode").Description("The five-digit INE code, province then municipality (`28079`).").ResolveFrom(p => p.IneCode);
        Field<NonNullGraphType<IntGraphType>>("checkDigit").Description("INE's check digit of the code.").ResolveFrom(p => p.CheckDigit);
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The official name exactly as INE writes it, a leading article moved to the end (`Coruña, A`, `Palmas de Gran Canaria, Las`); bilingual names whole (`Alicante/Alacant`).")
            .ResolveFrom(p => p.Name);
        Field<NonNullGraphType<StringGraphType>>("displayName")
            .Description("The name in natural order, as people write it (`A Coruña`, `Las Palmas de Gran Canaria`, `L'Hospitalet de Llobregat`); bilingual names whole (`Alicante/Alacant`). Use it to show the municipality.")
            .ResolveFrom(p => p.DisplayName);
        Field<NonNullGraphType<StringGraphType>>("provinceCode").Description("The two-digit INE province code.").ResolveFrom(p => p.ProvinceCode);
        Field<NonNullGraphType<StringGraphType>>("provinceName").Description("The province's official name as INE writes it (`Coruña, A`, `Alacant/Alicante`).").ResolveFrom(p => p.ProvinceName);
        Field<NonNullGraphType<StringGraphType>>("provinceDisplayName").Description("The province's name in natural order (`A Coruña`, `Las Palmas`).").ResolveFrom(p => p.ProvinceDisplayName);
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The autonomous community's INE code.").ResolveFrom(p => p.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Description("The autonomous community's name.").ResolveFrom(p => p.RegionName);
        Field<NonNullGraphType<StringGraphType>>("councilDir3Code").Description("The town council's DIR3 code: `L01` + INE code + check digit.").ResolveFrom(p => p.CouncilDir3Code);
        Field<UnitType>("council").Description("The town council's unit in the DIR3 mirror, when the mirror has it.")
            .JoinsTo(m => m.CouncilDir3Code, u => u.Code, loaders => loaders.Units);
        Field<NonNullGraphType<ConnectionType<CityProcedureType>>>("cityProcedures")
            .Description("The municipality's catalog of procedures, with the same filters and ordering as the root `cityProcedures`.")
            .Arguments(CityCatalogQueries.FilterArguments(withMunicipality: false))
            .Reads(nameof(Municipality.IneCode))
            .ResolveAsync(async c => await CityCatalogQueries.PageAsync(c, c.Source.IneCode));
        Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("How much of the reference catalog the municipality's catalog covers.")
            .WithComplexityImpact(Complexity.Coverage)
            .ResolveAsync(async c => await Coverage.ComputeAsync(c, c.Source));
    }
}
