using Catalog.Domain.Registries;
using Catalog.Sync.Registries;
using Catalog.Sync.Tests.Registries.Builders;

namespace Catalog.Sync.Tests.Registries;

/// <summary>SIA entries from a consultarSIA_v3_1 response (XML) and from the documented CSV form.</summary>
public sealed class SiaReaderTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_response_entry_reads_every_field_with_accents()
    {
        var path = SiaXmlBuilder.Write(_files.PathFor("sia.xml"),
            [new SiaTestEntry("2094606", "Licencia urbanística de obra mayor: edificación e instalación", N2: "LA0012345", Description: "Autorización municipal previa — ñandú, pingüino, acción")]);

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal("2094606", entry.Code);
        Assert.Equal("P", entry.Kind);
        Assert.Equal("Licencia urbanística de obra mayor: edificación e instalación", entry.Name);
        Assert.Equal("Autorización municipal previa — ñandú, pingüino, acción", entry.Description);
        Assert.Equal(("L01280066", "LA0012345", "LA0012345"), (entry.ResponsibleN1, entry.ResponsibleN2, entry.ResponsibleUnitCode));
        Assert.Equal(new CodedValue("4", "Externo específico"), entry.Typology);
        Assert.Equal([new CodedValue("1", "A solicitud del interesado")], entry.Initiations);
        Assert.Equal(new CodedValue("2", "Desestimatorio"), entry.SilenceEffect);
        Assert.Equal(3, entry.ResolutionTermAmount);
        Assert.Equal(new CodedValue("2", "Meses"), entry.ResolutionTermUnit);
        Assert.False(entry.EndsAdministrativeRoute);
        Assert.Equal(new CodedValue("4", "Tramitación electrónica"), entry.ElectronicLevel);
        Assert.Equal(["Ciudadanos", "Empresas"], entry.Recipients.Select(r => r.Description));
        Assert.Equal([new CodedValue("12", "Urbanismo")], entry.Subjects);
        Assert.Equal([new SiaLegalReference("Ley", "39/2015", "del Procedimiento Administrativo Común de las Administraciones Públicas")], entry.LegalBasis);
        Assert.Equal(new CodedValue("1", "Alta"), entry.Status);
        Assert.False(entry.IsWithdrawn);
        Assert.Equal("15/03/2024", entry.LastUpdated);
    }

    [Fact]
    public async Task A_long_description_is_kept_whole()
    {
        var description = string.Concat(Enumerable.Repeat("Descripción larga con acentos: áéíóú ü ñ. ", 500));
        var path = SiaXmlBuilder.Write(_files.PathFor("long.xml"), [new SiaTestEntry("123456", "Trámite", Description: description)]);

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal(description.Trim(), entry.Description);
    }

    [Fact]
    public async Task A_deregistered_entry_is_marked_withdrawn()
    {
        var path = SiaXmlBuilder.Write(_files.PathFor("baja.xml"), [new SiaTestEntry("123456", "Trámite", Status: "3", StatusDescription: "Baja")]);

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.True(entry.IsWithdrawn);
    }

    [Theory]
    [InlineData("12A456", "Trámite", "L01280066", "3", "N", RejectionReason.InvalidCode, "CODIGOACTUACION")]
    [InlineData("123456", "", "L01280066", "3", "N", RejectionReason.MissingValue, "DENOMINACION")]
    [InlineData("123456", "Trámite", "L0128006", "3", "N", RejectionReason.InvalidCode, "CODORGANISMORESPONSABLEN1")]
    [InlineData("123456", "Trámite", "L01280066", "tres", "N", RejectionReason.InvalidValue, "NUMEROPLAZORESOLUCION")]
    [InlineData("123456", "Trámite", "L01280066", "3", "Quizá", RejectionReason.InvalidValue, "FINVIA")]
    public async Task A_bad_entry_is_rejected_naming_its_field(string code, string name, string n1, string term, string finVia, RejectionReason reason, string field)
    {
        var path = SiaXmlBuilder.Write(_files.PathFor("bad.xml"), [new SiaTestEntry("654321", "Bien"), new SiaTestEntry(code, name, N1: n1, Term: term, FinVia: finVia)]);

        var rows = await ContentReading.ReadAsync(Registry.Sia, path);

        var rejected = Assert.Single(rows.OfType<RejectedRow>());
        Assert.Equal(reason, rejected.Reason);
        Assert.StartsWith(field, rejected.Column, StringComparison.Ordinal);
        Assert.Equal(2, rejected.Location.Row);
        Assert.Single(rows.OfType<SiaRow>());
    }

    [Fact]
    public async Task Where_an_element_repeats_its_first_occurrence_counts()
    {
        var path = _files.Write("repeated.xml", Response(
            "<CODIGOACTUACION>123456</CODIGOACTUACION><CODIGOACTUACION>654321</CODIGOACTUACION><DENOMINACION>Primera</DENOMINACION><DENOMINACION>Segunda</DENOMINACION>" +
            "<MATERIAS><MATERIA><CODMATERIA>12</CODMATERIA></MATERIA></MATERIAS><MATERIAS><MATERIA><CODMATERIA>99</CODMATERIA></MATERIA></MATERIAS>"));

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal(("123456", "Primera"), (entry.Code, entry.Name));
        Assert.Equal([new CodedValue("12", null)], entry.Subjects);
    }

    [Fact]
    public async Task An_enviasia2_entry_takes_its_kind_from_tipotramite()
    {
        var path = _files.Write("v2.xml", Response("<CODIGOACTUACION>123456</CODIGOACTUACION><DENOMINACION>Servicio</DENOMINACION><TIPOTRAMITE><CODIGO>S</CODIGO><DESCRIPCION>Servicio</DESCRIPCION></TIPOTRAMITE>"));

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal("S", entry.Kind);
    }

    [Fact]
    public async Task Responsible_organisms_are_taken_from_the_top_level_down_whatever_their_order()
    {
        var path = _files.Write("levels.xml", Response("<CODIGOACTUACION>123456</CODIGOACTUACION><DENOMINACION>Trámite</DENOMINACION><ORGANISMORESPONSABLE>" +
            "<CODORGANISMORESPONSABLEN3>LA0012346</CODORGANISMORESPONSABLEN3><CODORGANISMORESPONSABLEN1>L01280066</CODORGANISMORESPONSABLEN1><CODORGANISMORESPONSABLEN2>LA0012345</CODORGANISMORESPONSABLEN2></ORGANISMORESPONSABLE>"));

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal(("L01280066", "LA0012345", "LA0012346"), (entry.ResponsibleN1, entry.ResponsibleN2, entry.ResponsibleUnitCode));
    }

    [Fact]
    public async Task A_field_is_all_the_text_inside_it()
    {
        var path = _files.Write("split.xml", Response("<CODIGOACTUACION>123<!-- parte -->456</CODIGOACTUACION><DENOMINACION>Licencia <![CDATA[& permiso]]> de <b>obra</b></DENOMINACION>"));

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal(("123456", "Licencia & permiso de obra"), (entry.Code, entry.Name));
    }

    [Fact]
    public async Task A_soap_fault_is_a_clear_error_quoting_it()
    {
        var path = _files.Write("fault.xml", SiaXmlBuilder.Fault("Usuario no autorizado"));

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Sia, path));

        Assert.Contains("SOAP fault", error.Message, StringComparison.Ordinal);
        Assert.Contains("Usuario no autorizado", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sia_error_answer_is_a_clear_error()
    {
        var path = _files.Write("error.xml", "<enviaSIA><ERROR><DESCERROR>Código de unidad inexistente</DESCERROR><ERROR>E012</ERROR></ERROR></enviaSIA>");

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Sia, path));

        Assert.Contains("Código de unidad inexistente", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_response_is_a_clear_error_with_its_line()
    {
        var whole = SiaXmlBuilder.Write(_files.PathFor("whole.xml"), Enumerable.Range(0, 20).Select(i => new SiaTestEntry((100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "Trámite")));
        var path = _files.Truncated(whole, "cut.xml", 0.5);

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Sia, path));

        Assert.Contains("cut.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xml_that_is_not_a_sia_response_is_refused()
    {
        var path = _files.Write("other.xml", "<catalog><item/></catalog>");

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Sia, path));

        Assert.Contains("enviaSIA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_form_reads_the_same_fields()
    {
        var path = _files.Write("sia.csv",
            "CODIGOACTUACION;DENOMINACION;TIPOACTUACION;CODORGANISMORESPONSABLEN1;CODORGANISMORESPONSABLEN2;INICIOS;CODEFECTOSILENCIO;DESEFECTOSILENCIO;NUMEROPLAZORESOLUCION;DESTIPOPLAZORESOLUCION;FINVIA;MATERIAS;NORMATIVAS;DESESTADOACTUACION\n" +
            "2094606;\"Licencia de obra; edificación\";P;L01280066;LA0012345;1:A solicitud del interesado|2:De oficio;1;Estimatorio;6;Meses;S;12:Urbanismo;Ley:39/2015:de 1 de octubre: del Procedimiento Administrativo Común;Alta\n");

        var entry = Assert.IsType<SiaRow>(Assert.Single(await ContentReading.ReadAsync(Registry.Sia, path))).Entry;

        Assert.Equal("Licencia de obra; edificación", entry.Name);
        Assert.Equal(("L01280066", "LA0012345"), (entry.ResponsibleN1, entry.ResponsibleUnitCode));
        Assert.Equal([new CodedValue("1", "A solicitud del interesado"), new CodedValue("2", "De oficio")], entry.Initiations);
        Assert.Equal(new CodedValue("1", "Estimatorio"), entry.SilenceEffect);
        Assert.Equal(6, entry.ResolutionTermAmount);
        Assert.True(entry.EndsAdministrativeRoute);
        Assert.Equal([new SiaLegalReference("Ley", "39/2015", "de 1 de octubre: del Procedimiento Administrativo Común")], entry.LegalBasis);
    }

    [Fact]
    public async Task A_csv_with_an_unknown_column_is_refused_listing_the_known_ones()
    {
        var path = _files.Write("sia.csv", "CODIGOACTUACION;DENOMINACIÓN\n2094606;Licencia\n");

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => ContentReading.ReadAsync(Registry.Sia, path));

        Assert.Contains("DENOMINACIÓN", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A response with one ACTUACION holding the given XML.</summary>
    private static string Response(string actuacion) => $"<enviaSIA><ACTUACIONES><ACTUACION>{actuacion}</ACTUACION></ACTUACIONES></enviaSIA>";
}
