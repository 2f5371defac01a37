using Catalog.Domain.CityCatalog;
using Catalog.Domain.Registries;
using Catalog.Sync.Reconciliation;
using Catalog.Testing;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>
/// Hand-built registry data around Alcobendas (council L01280066): two current sub-units, one extinguished unit
/// with a successor, one with none, and a unit of another council; SIA entries that agree with
/// <see cref="Build.Attributes"/> unless a test says otherwise.
/// </summary>
internal static class Scenario
{
    public const string Council = "L01280066";
    public const string Urbanismo = "LA0012001";
    public const string Licencias = "LA0012002";
    public const string OldUnit = "LA0012009";
    public const string OrphanOldUnit = "LA0012008";
    public const string OtherCouncil = "L01290672";
    public const string OtherCouncilUnit = "LA0013001";
    public const string SiaCode = "9900001";

    public static OrganizationalUnit Unit(string code, string name, string? parent, string? principal, RegistryStatus status = RegistryStatus.Current, bool gone = false)
        => new(code, name)
        {
            ParentCode = parent,
            PrincipalCode = principal,
            Status = status,
            IsGone = gone,
            AdministrationLevel = 3,
            FirstSeenAt = Build.Now,
            LastChangedAt = Build.Now,
        };

    public static IReadOnlyList<OrganizationalUnit> Units() =>
    [
        Unit(Council, "Ayuntamiento de Alcobendas", null, Council),
        Unit(Urbanismo, "Concejalía de Urbanismo", Council, Council),
        Unit(Licencias, "Servicio de Licencias", Urbanismo, Council),
        Unit(OldUnit, "Antiguo Servicio de Obras", Urbanismo, Council, RegistryStatus.Extinguished),
        Unit(OrphanOldUnit, "Antigua Oficina Técnica", Urbanismo, Council, RegistryStatus.Annulled),
        Unit(OtherCouncil, "Ayuntamiento de Málaga", null, OtherCouncil),
        Unit(OtherCouncilUnit, "Área de Urbanismo de Málaga", OtherCouncil, OtherCouncil),
    ];

    public static IReadOnlyList<UnitSuccession> Successions() => [new UnitSuccession(OldUnit, Licencias) { Reason = "Fusión" }];

    public static UnitDirectory Directory() => new(
        Units().Select(u => new UnitFacts(u.Code, u.Name, u.ParentCode, u.PrincipalCode, u.Status, u.IsGone)),
        Successions().Select(s => (s.PredecessorCode, s.SuccessorCode)));

    /// <summary>A SIA entry owned by the council that says what <see cref="Build.Attributes"/> says.</summary>
    public static SiaEntry Sia(string code = SiaCode, string name = "Licencia municipal de prueba", string owner = Council, string? unit = Licencias) => new(code, name)
    {
        Kind = "P",
        ResponsibleN1 = owner,
        ResponsibleUnitCode = unit,
        Initiations = [new CodedValue("1", "A solicitud del interesado")],
        SilenceEffect = new CodedValue("2", "Desestimatorio"),
        ResolutionTermAmount = 3,
        ResolutionTermUnit = new CodedValue("3", "Meses"),
        EndsAdministrativeRoute = false,
        ElectronicLevel = new CodedValue("4", "Tramitación electrónica completa"),
        Status = new CodedValue("A", "Alta"),
        FirstSeenAt = Build.Now,
        LastChangedAt = Build.Now,
    };

    public static CityProcedure Procedure(string name = "Licencia municipal de prueba", string? sia = SiaCode, string? unit = Licencias)
        => Build.CityProcedure(Build.Alcobendas, name, sia, unit);
}
