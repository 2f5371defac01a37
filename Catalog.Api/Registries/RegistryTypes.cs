using Catalog.Api.GraphQL;
using Catalog.Api.Municipalities;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;
using GraphQL;
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
        Field<NonNullGraphType<StringGraphType>>("code").Description("The DIR3 code (9 characters, e.g. `L01280796`).").ResolveFrom(p => p.Code);
        Field<NonNullGraphType<Dir3KindType>>("kind").Description("What the code's prefix says the unit is.")
            .Reads(nameof(OrganizationalUnit.Code))
            .Resolve(c => Dir3Code.TryParse(c.Source.Code, out var code) ? code.Kind : Dir3Kind.Other);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The unit's name as DIR3 publishes it.").ResolveFrom(p => p.Name);
        Field<NonNullGraphType<IntGraphType>>("administrationLevel").Description("1 State, 2 regions, 3 local, 4 universities, 5 other institutions, 6 justice.").ResolveFrom(p => p.AdministrationLevel);
        Field<StringGraphType>("entityType").Description("The public entity type as published (AY ayuntamiento, CA, DP, OA…).").ResolveFrom(p => p.EntityType);
        Field<IntGraphType>("hierarchyLevel").Description("Depth in its hierarchy, 1 for a root.").ResolveFrom(p => p.HierarchyLevel);
        Field<StringGraphType>("parentCode").Description("The DIR3 code of the unit directly above, as published (it may not resolve).").ResolveFrom(p => p.ParentCode);
        Field<UnitType>("parent").Description("The unit directly above; null for a root or when the parent is not in the mirror.")
            .Reads(nameof(OrganizationalUnit.ParentCode), nameof(OrganizationalUnit.Code))
            .JoinsTo(u => u.ParentCode, u => u.Code, loaders => loaders.Units)
            // A root names itself as its parent: it has none.
            .Resolve(c => ParentOf(c.Source) is { } parent ? c.Loaders().Units.Resolve(parent, Projection.ShapeOfSelection(c)) : null);
        Field<StringGraphType>("principalCode").Description("The DIR3 code of the root of the unit's hierarchy (for local units, the council).").ResolveFrom(p => p.PrincipalCode);
        Field<UnitType>("principal").Description("The root of the unit's hierarchy, when it is in the mirror.")
            .JoinsTo(u => u.PrincipalCode, u => u.Code, loaders => loaders.Units);
        Field<StringGraphType>("edpPrincipalCode").Description("The principal public-law entity the unit depends on, if any.").ResolveFrom(p => p.EdpPrincipalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("ancestors")
            .Description("The units above this one, nearest first, up to the root (as far as the mirror knows them).")
            .WithComplexityImpact(Complexity.Chain, Complexity.ChainLength)
            .Resolve(c => Ancestors(c.Loaders().Units, c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("children")
            .Description("The units directly under this one, sorted by code.")
            .WithComplexityImpact(1, Complexity.Children)
            .Reads(nameof(OrganizationalUnit.Code))
            .Resolve(c => c.Loaders().UnitChildren.Load(c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("The offices that serve this unit (DIR3 organisational relations).")
            .Reads(nameof(OrganizationalUnit.Code))
            .Resolve(c => c.Loaders().UnitOffices.Load(c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("successors")
            .Description("The units that replaced this one (DIR3 history: merger, division…), when known.")
            .Reads(nameof(OrganizationalUnit.Code))
            .Resolve(c =>
            {
                var units = c.Loaders().Units;
                return c.Loaders().UnitSuccessors.Load(c.Source.Code).ThenLoad(codes => new AllOf<OrganizationalUnit>(codes.Select(units.Load).ToList()));
            });
        Field<MunicipalityType>("municipality").Description("For a town council (`L01` code), its municipality.")
            .Reads(nameof(OrganizationalUnit.Code))
            .Resolve(c => c.Loaders().Municipalities.LoadOrMissing(Dir3Code.TryParse(c.Source.Code, out var code) ? code.Municipality?.Value : null, Projection.ShapeOfSelection(c)));
        Field<NonNullGraphType<RegistryStatusType>>("status").Description("DIR3's status of the unit.").ResolveFrom(p => p.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isActive").Description("True when the unit can still be used: current or transitional, and not gone from the lists.")
            .Reads(nameof(OrganizationalUnit.IsGone), nameof(OrganizationalUnit.Status))
            .Resolve(c => c.Source.IsActive);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the unit vanished from a full list it used to be in.").ResolveFrom(p => p.IsGone);
        Field<DateTimeOffsetGraphType>("goneSince").Description("When the mirror saw the unit vanish.").ResolveFrom(p => p.GoneSince);
        Field<StringGraphType>("officialDate").Description("The official start date as published (`dd/mm/yy`, verbatim).").ResolveFrom(p => p.OfficialDate);
        Field<StringGraphType>("nif").Description("The tax identifier as published.").ResolveFrom(p => p.Nif);
        Field<StringGraphType>("provinceCode").Description("For local units, the INE province code.").ResolveFrom(p => p.ProvinceCode);
        Field<StringGraphType>("sourceList").Description("Which published list last carried the unit (AGE, CCAA, EELL, Universidades, Institucionales, Justicia, WS).").ResolveFrom(p => p.SourceList);
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
        Field<NonNullGraphType<StringGraphType>>("code").Description("The office's DIR3 code (e.g. `O00002062`).").ResolveFrom(p => p.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The office's name.").ResolveFrom(p => p.Name);
        Field<NonNullGraphType<RegistryStatusType>>("status").Description("DIR3's status of the office.").ResolveFrom(p => p.Status);
        Field<StringGraphType>("officeType").Description("The office's kind as published (registry, information…).").ResolveFrom(p => p.OfficeType);
        Field<UnitType>("responsibleUnit").Description("The unit the office depends on, when it is in the mirror.")
            .JoinsTo(p => p.ResponsibleUnitCode, u => u.Code, loaders => loaders.Units);
        Field<StringGraphType>("address").Description("The office's address.").ResolveFrom(p => p.Address);
        Field<StringGraphType>("postalCode").Description("The office's postal code.").ResolveFrom(p => p.PostalCode);
        Field<StringGraphType>("municipalityIneCode").Description("The INE code of the municipality the office is in.").ResolveFrom(p => p.MunicipalityIneCode);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the office vanished from the registry.").ResolveFrom(p => p.IsGone);
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
        Field<NonNullGraphType<StringGraphType>>("code").Description("The SIA code (CODIGOACTUACION), numeric text.").ResolveFrom(p => p.Code);
        Field<StringGraphType>("kind").Description("Procedure (P) or service (S), as SIA gives it.").ResolveFrom(p => p.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The entry's name (DENOMINACION).").ResolveFrom(p => p.Name);
        Field<StringGraphType>("description").Description("The entry's description.").ResolveFrom(p => p.Description);
        Field<StringGraphType>("responsibleN1").Description("The top responsible organism's DIR3 code, e.g. the town council.").ResolveFrom(p => p.ResponsibleN1);
        Field<StringGraphType>("responsibleN2").Description("The next responsible level's DIR3 code, when given.").ResolveFrom(p => p.ResponsibleN2);
        Field<UnitType>("responsibleUnit").Description("The most specific responsible organism SIA gives, when it is in the DIR3 mirror.")
            .JoinsTo(p => p.ResponsibleUnitCode, u => u.Code, loaders => loaders.Units);
        Field<StringGraphType>("responsibleUnitCode").Description("The DIR3 code of the most specific responsible organism.").ResolveFrom(p => p.ResponsibleUnitCode);
        Field<CodedValueType>("typology").Description("1 internal-common, 2 internal-specific, 3 external-common, 4 external-specific.").ResolveFrom(p => p.Typology);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("initiations").Description("How the procedure can start (INICIOS).").ResolveFrom(p => p.Initiations);
        Field<CodedValueType>("silenceEffect").Description("The silence effect as SIA codes it.").ResolveFrom(p => p.SilenceEffect);
        Field<IntGraphType>("resolutionTermAmount").Description("The resolution term's amount.").ResolveFrom(p => p.ResolutionTermAmount);
        Field<CodedValueType>("resolutionTermUnit").Description("The resolution term's unit as SIA codes it.").ResolveFrom(p => p.ResolutionTermUnit);
        Field<BooleanGraphType>("endsAdministrativeRoute").Description("Whether it ends the administrative route (FINVIA).").ResolveFrom(p => p.EndsAdministrativeRoute);
        Field<CodedValueType>("electronicLevel").Description("The electronic processing level as SIA codes it.").ResolveFrom(p => p.ElectronicLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("recipients").Description("Who it is for (AQUIENESVADIRIGIDO).").ResolveFrom(p => p.Recipients);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodedValueType>>>>("subjects").Description("Its subjects (MATERIAS).").ResolveFrom(p => p.Subjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiaLegalReferenceType>>>>("legalBasis").Description("Its legal references (NORMATIVAS).").ResolveFrom(p => p.LegalBasis);
        Field<CodedValueType>("status").Description("SIA's status of the entry.").ResolveFrom(p => p.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isWithdrawn").Description("True when SIA marks the entry deregistered (baja) or inactive.").ResolveFrom(p => p.IsWithdrawn);
        Field<StringGraphType>("lastUpdated").Description("SIA's last update date, verbatim.").ResolveFrom(p => p.LastUpdated);
        Field<NonNullGraphType<BooleanGraphType>>("isGone").Description("True once the entry vanished from SIA.").ResolveFrom(p => p.IsGone);
    }
}

/// <summary>GraphQL type of <see cref="CodedValue"/>.</summary>
public sealed class CodedValueType : ObjectGraphType<CodedValue>
{
    public CodedValueType()
    {
        Name = "CodedValue";
        Description = "A value of one of SIA's code lists: the code and the description SIA gave with it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code as SIA gives it.").ResolveFrom(p => p.Code);
        Field<StringGraphType>("description").Description("SIA's description of the code.").ResolveFrom(p => p.Description);
    }
}

/// <summary>GraphQL type of <see cref="SiaLegalReference"/>.</summary>
public sealed class SiaLegalReferenceType : ObjectGraphType<SiaLegalReference>
{
    public SiaLegalReferenceType()
    {
        Name = "SiaLegalReference";
        Description = "A legal reference as SIA lists it.";
        Field<StringGraphType>("rank").Description("Its rank (Ley, Real Decreto, Ordenanza…).").ResolveFrom(p => p.Rank);
        Field<StringGraphType>("number").Description("Its number.").ResolveFrom(p => p.Number);
        Field<StringGraphType>("title").Description("Its title.").ResolveFrom(p => p.Title);
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
