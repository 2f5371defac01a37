using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Catalog.Api.Registries;

/// <summary>GraphQL type of <see cref="OrganizationalUnit"/>.</summary>
public sealed class UnitType : ObjectGraphType<OrganizationalUnit>
{
    /// <summary>Ancestor chains longer than this are cut: DIR3 hierarchies are far shallower, so it only stops loops.</summary>
    private const int MaxAncestors = 30;

    public UnitType()
    {
        Name = "Unit";
        Description = "A unit of the DIR3 directory (mirrored from the registry): a council, a department, a ministry… Units that vanished from the registry are kept, marked gone.";
        this.ImplementsNode(u => u.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("The DIR3 code (9 characters, e.g. `L01280796`).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<Dir3KindType>>("kind").Description("What the code's prefix says the unit is.")
            .Resolve(c => Dir3Code.TryParse(c.Source.Code, out var code) ? code.Kind : Dir3Kind.Other);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The unit's name as DIR3 publishes it.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("administrationLevel").Description("1 State, 2 regions, 3 local, 4 universities, 5 other institutions, 6 justice.").Resolve(c => c.Source.AdministrationLevel);
        Field<StringGraphType>("entityType").Description("The public entity type as published (AY ayuntamiento, CA, DP, OA…).").Resolve(c => c.Source.EntityType);
        Field<IntGraphType>("hierarchyLevel").Description("Depth in its hierarchy, 1 for a root.").Resolve(c => c.Source.HierarchyLevel);
        Field<StringGraphType>("parentCode").Description("The DIR3 code of the unit directly above, as published (it may not resolve).").Resolve(c => c.Source.ParentCode);
        Field<UnitType>("parent").Description("The unit directly above; null for a root or when the parent is not in the mirror.")
            .Resolve(c => c.Loaders().Units.LoadOrMissing(ParentOf(c.Source)));
        Field<StringGraphType>("principalCode").Description("The DIR3 code of the root of the unit's hierarchy (for local units, the council).").Resolve(c => c.Source.PrincipalCode);
        Field<UnitType>("principal").Description("The root of the unit's hierarchy, when it is in the mirror.")
            .Resolve(c => c.Loaders().Units.LoadOrMissing(c.Source.PrincipalCode));
        Field<StringGraphType>("edpPrincipalCode").Description("The principal public-law entity the unit depends on, if any.").Resolve(c => c.Source.EdpPrincipalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("ancestors")
            .Description("The units above this one, nearest first, up to the root (as far as the mirror knows them).")
            .Resolve(c => Ancestors(c.Loaders().Units, c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("children")
            .Description("The units directly under this one, sorted by code.")
            .Resolve(c => c.Loaders().UnitChildren.Load(c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("The offices that serve this unit (DIR3 organisational relations).")
            .Resolve(c => c.Loaders().UnitOffices.Load(c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("successors")
            .Description("The units that replaced this one (DIR3 history: merger, division…), when known.")
            .Resolve(c =>
            {
                var units = c.Loaders().Units;
                return c.Loaders().UnitSuccessors.Load(c.Source.Code).ThenLoad(codes => new AllOf<OrganizationalUnit>(codes.Select(units.Load).ToList()));
            });
        Field<MunicipalityType>("municipality").Description("For a town council (`L01` code), its municipality.")
            .Resolve(c => c.Loaders().Municipalities.LoadOrMissing(Dir3Code.TryParse(c.Source.Code, out var code) ? code.Municipality?.Value : null));
        Field<NonNullGraphType<RegistryStatusType>>("status").Description("DIR3's status of the unit.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isActive").Description("True when the unit can still be used: current or transitional, and not gone from the lists.").Resolve(c => c.Source.IsActive);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the unit vanished from a full list it used to be in.").Resolve(c => c.Source.IsGone);
        Field<DateTimeOffsetGraphType>("goneSince").Description("When the mirror saw the unit vanish.").Resolve(c => c.Source.GoneSince);
        Field<StringGraphType>("officialDate").Description("The official start date as published (`dd/mm/yy`, verbatim).").Resolve(c => c.Source.OfficialDate);
        Field<StringGraphType>("nif").Description("The tax identifier as published.").Resolve(c => c.Source.Nif);
        Field<StringGraphType>("provinceCode").Description("For local units, the INE province code.").Resolve(c => c.Source.ProvinceCode);
        Field<StringGraphType>("sourceList").Description("Which published list last carried the unit (AGE, CCAA, EELL, Universidades, Institucionales, Justicia, WS).").Resolve(c => c.Source.SourceList);
    }

    /// <summary>The parent's code, or null for a root (DIR3 roots name themselves as their parent).</summary>
    public static string? ParentOf(OrganizationalUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.ParentCode is { } parent && parent != unit.Code ? parent : null;
    }

    private static IDataLoaderResult Ancestors(BatchLoader<string, OrganizationalUnit?> units, OrganizationalUnit unit)
    {
        var chain = new List<OrganizationalUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Code };
        IDataLoaderResult Step(string? code)
        {
            if (code is null || chain.Count >= MaxAncestors || !seen.Add(code))
            {
                return new LoadedResult<IReadOnlyList<OrganizationalUnit>>(chain);
            }

            return units.Load(code).ThenLoad(IDataLoaderResult (parent) =>
            {
                if (parent is null)
                {
                    return new LoadedResult<IReadOnlyList<OrganizationalUnit>>(chain);
                }

                chain.Add(parent);
                return Step(ParentOf(parent));
            });
        }

        return Step(ParentOf(unit));
    }

    /// <summary>All of several loads, in order, skipping keys that loaded nothing.</summary>
    private sealed class AllOf<T>(IReadOnlyList<IDataLoaderResult<T?>> parts) : IDataLoaderResult
        where T : class
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(parts.Count);
            foreach (var part in parts)
            {
                if (await part.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }
    }
}

/// <summary>GraphQL type of <see cref="Office"/>.</summary>
public sealed class OfficeType : ObjectGraphType<Office>
{
    public OfficeType()
    {
        Name = "Office";
        Description = "A DIR3 office (`O` codes): a registry or citizen attention office.";
        this.ImplementsNode(o => o.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("The office's DIR3 code (e.g. `O00002062`).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The office's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RegistryStatusType>>("status").Description("DIR3's status of the office.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("officeType").Description("The office's kind as published (registry, information…).").Resolve(c => c.Source.OfficeType);
        Field<UnitType>("responsibleUnit").Description("The unit the office depends on, when it is in the mirror.")
            .Resolve(c => c.Loaders().Units.LoadOrMissing(c.Source.ResponsibleUnitCode));
        Field<StringGraphType>("address").Description("The office's address.").Resolve(c => c.Source.Address);
        Field<StringGraphType>("postalCode").Description("The office's postal code.").Resolve(c => c.Source.PostalCode);
        Field<StringGraphType>("municipalityIneCode").Description("The INE code of the municipality the office is in.").Resolve(c => c.Source.MunicipalityIneCode);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the office vanished from the registry.").Resolve(c => c.Source.IsGone);
    }
}

/// <summary>GraphQL type of <see cref="SiaEntry"/>.</summary>
public sealed class SiaEntryType : ObjectGraphType<SiaEntry>
{
    public SiaEntryType()
    {
        Name = "SiaEntry";
        Description = "An entry of the SIA mirror: one procedure or service of the national inventory (ACTUACION), as SIA describes it.";
        this.ImplementsNode(e => e.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("The SIA code (CODIGOACTUACION), numeric text.").Resolve(c => c.Source.Code);
        Field<StringGraphType>("kind").Description("Procedure (P) or service (S), as SIA gives it.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The entry's name (DENOMINACION).").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("The entry's description.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("responsibleN1").Description("The top responsible organism's DIR3 code, e.g. the town council.").Resolve(c => c.Source.ResponsibleN1);
        Field<StringGraphType>("responsibleN2").Description("The next responsible level's DIR3 code, when given.").Resolve(c => c.Source.ResponsibleN2);
        Field<UnitType>("responsibleUnit").Description("The most specific responsible organism SIA gives, when it is in the DIR3 mirror.")
            .Resolve(c => c.Loaders().Units.LoadOrMissing(c.Source.ResponsibleUnitCode));
        Field<StringGraphType>("responsibleUnitCode").Description("The DIR3 code of the most specific responsible organism.").Resolve(c => c.Source.ResponsibleUnitCode);
        Field<CodedValueType>("typology").Description("1 internal-common, 2 internal-specific, 3 external-common, 4 external-specific.").Resolve(c => c.Source.Typology);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("initiations").Description("How the procedure can start (INICIOS).").Resolve(c => c.Source.Initiations);
        Field<CodedValueType>("silenceEffect").Description("The silence effect as SIA codes it.").Resolve(c => c.Source.SilenceEffect);
        Field<IntGraphType>("resolutionTermAmount").Description("The resolution term's amount.").Resolve(c => c.Source.ResolutionTermAmount);
        Field<CodedValueType>("resolutionTermUnit").Description("The resolution term's unit as SIA codes it.").Resolve(c => c.Source.ResolutionTermUnit);
        Field<BooleanGraphType>("endsAdministrativeRoute").Description("Whether it ends the administrative route (FINVIA).").Resolve(c => c.Source.EndsAdministrativeRoute);
        Field<CodedValueType>("electronicLevel").Description("The electronic processing level as SIA codes it.").Resolve(c => c.Source.ElectronicLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("recipients").Description("Who it is for (AQUIENESVADIRIGIDO).").Resolve(c => c.Source.Recipients);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("subjects").Description("Its subjects (MATERIAS).").Resolve(c => c.Source.Subjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiaLegalReferenceType>>>>("legalBasis").Description("Its legal references (NORMATIVAS).").Resolve(c => c.Source.LegalBasis);
        Field<CodedValueType>("status").Description("SIA's status of the entry.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isWithdrawn").Description("True when SIA marks the entry deregistered (baja) or inactive.").Resolve(c => c.Source.IsWithdrawn);
        Field<StringGraphType>("lastUpdated").Description("SIA's last update date, verbatim.").Resolve(c => c.Source.LastUpdated);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the entry vanished from SIA.").Resolve(c => c.Source.IsGone);
    }
}

/// <summary>GraphQL type of <see cref="CodedValue"/>.</summary>
public sealed class CodedValueType : ObjectGraphType<CodedValue>
{
    public CodedValueType()
    {
        Name = "CodedValue";
        Description = "A value of one of SIA's code lists: the code and the description SIA gave with it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code as SIA gives it.").Resolve(c => c.Source.Code);
        Field<StringGraphType>("description").Description("SIA's description of the code.").Resolve(c => c.Source.Description);
    }
}

/// <summary>GraphQL type of <see cref="SiaLegalReference"/>.</summary>
public sealed class SiaLegalReferenceType : ObjectGraphType<SiaLegalReference>
{
    public SiaLegalReferenceType()
    {
        Name = "SiaLegalReference";
        Description = "A legal reference as SIA lists it.";
        Field<StringGraphType>("rank").Description("Its rank (Ley, Real Decreto, Ordenanza…).").Resolve(c => c.Source.Rank);
        Field<StringGraphType>("number").Description("Its number.").Resolve(c => c.Source.Number);
        Field<StringGraphType>("title").Description("Its title.").Resolve(c => c.Source.Title);
    }
}

/// <summary>GraphQL enum of <see cref="RegistryStatus"/>.</summary>
public sealed class RegistryStatusType : DescribedEnumType<RegistryStatus>
{
    public RegistryStatusType() : base("RegistryStatus", "DIR3's status of a unit or office.", new Dictionary<RegistryStatus, string>
    {
        [RegistryStatus.Current] = "V: vigente, current.",
        [RegistryStatus.Extinguished] = "E: extinguida, extinguished.",
        [RegistryStatus.Annulled] = "A: anulada, annulled.",
        [RegistryStatus.Transitional] = "T: transitoria, transitional.",
    })
    {
    }
}

/// <summary>GraphQL enum of <see cref="Dir3Kind"/>.</summary>
public sealed class Dir3KindType : DescribedEnumType<Dir3Kind>
{
    public Dir3KindType() : base("Dir3Kind", "What a DIR3 code identifies, told by its prefix.", new Dictionary<Dir3Kind, string>
    {
        [Dir3Kind.State] = "E: a unit of the General State Administration.",
        [Dir3Kind.StateOutsideRcp] = "EA: a State body outside the Common Staff Register.",
        [Dir3Kind.Regional] = "A + region code: a unit of an autonomous community.",
        [Dir3Kind.TownCouncil] = "L01: a town council (ayuntamiento).",
        [Dir3Kind.LocalPublicSector] = "LA: an entity of the local public sector.",
        [Dir3Kind.OtherLocal] = "Another L code: provincial council, island, minor entity, mancomunidad, comarca…",
        [Dir3Kind.University] = "U: a university.",
        [Dir3Kind.Institution] = "I: another institution (Defensor del Pueblo, Tribunal de Cuentas…).",
        [Dir3Kind.Justice] = "J: the justice administration.",
        [Dir3Kind.EconomicBudgetUnit] = "GE: an economic-budget management unit.",
        [Dir3Kind.CollaboratingEntity] = "EC: a collaborating entity.",
        [Dir3Kind.Office] = "O: an office (registry, citizen attention).",
        [Dir3Kind.Other] = "A well-formed code whose prefix is not one of the documented ones.",
    })
    {
    }
}
