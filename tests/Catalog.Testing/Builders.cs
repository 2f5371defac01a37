using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;

namespace Catalog.Testing;

/// <summary>Builders for test data, so tests say only what matters to them.</summary>
public static class Build
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Alcobendas, one of the demo cities.</summary>
    public static readonly IneCode Alcobendas = IneCode.Parse("28006");

    public static readonly IneCode Malaga = IneCode.Parse("29067");

    public static ProcedureAttributes Attributes(SilenceEffect silence = SilenceEffect.Negative, int termMonths = 3) => new()
    {
        Initiation = Initiation.OnApplication,
        SilenceEffect = silence,
        ResolutionTerm = new ResolutionTerm(termMonths, TermUnit.Months),
        EndsAdministrativeRoute = false,
        Recipients = Recipients.Citizens | Recipients.Companies,
        ElectronicLevel = ElectronicLevel.FullyOnline,
        Channels = Channels.InPerson | Channels.Online,
        Fees = "Tasa según ordenanza fiscal",
        LegalBasis = [new LegalReference("Ley", "39/2015", "del Procedimiento Administrativo Común de las Administraciones Públicas")],
    };

    public static ReferenceProcess Process(string code = "TST", string name = "Procesos de prueba") => new(code, name, null, 10);

    public static ReferenceProcedure ReferenceProcedure(ReferenceProcess process, string code = "TST-001", string name = "Licencia de prueba")
        => new(code, process, name, "Procedimiento de referencia de prueba", Attributes(), "tester", Now);

    public static CityProcedure CityProcedure(IneCode municipality, string name = "Licencia municipal de prueba", string? siaCode = "2094606", string? unit = null)
    {
        var procedure = new CityProcedure(municipality, name, Attributes(), Now);
        procedure.AssignSiaCode(siaCode is null ? null : SiaCode.Parse(siaCode), Now);
        procedure.AssignResponsibleUnit(Dir3Code.Parse(unit ?? Dir3Code.ForTownCouncil(municipality).Value), Now);
        return procedure;
    }
}
