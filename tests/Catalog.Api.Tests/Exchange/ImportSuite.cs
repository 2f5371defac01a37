using Catalog.Api.Auth;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>City catalog import, on every provider: what a dry run reports, what a commit writes, and every bad input refused.</summary>
public abstract class ImportSuite(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private async Task<(string Ine, string Council)> CityAsync()
    {
        await Database.SeedAsync();
        return await FreshMunicipalityAsync(Database);
    }

    private Task<ImportReport> ImportAsync(string ine, Stream file, bool dryRun = false, CatalogFormat format = CatalogFormat.Csv, CatalogActor? actor = null)
        => Importer(Database).ImportAsync(actor ?? Admin, ine, file, format, dryRun);

    [SkippableFact]
    public async Task A_dry_run_reports_what_each_row_would_do_and_writes_nothing()
    {
        var (ine, council) = await CityAsync();
        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra mayor", "2094606", council, "URB-001"), Row("A-2", "Licencia de actividad")), dryRun: true);

        Assert.True(report.DryRun);
        Assert.False(report.Committed);
        Assert.Equal([(2, ImportOutcome.Create), (3, ImportOutcome.Create)], report.Rows.Select(r => (r.Row, r.Outcome)));
        Assert.Equal("local id A-1", report.Rows[0].Key);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
        Assert.Equal(0, await db.ChangeLog.CountAsync(e => e.MunicipalityIneCode == ine));
    }

    [SkippableFact]
    public async Task A_commit_creates_the_procedures_with_the_attributes_written_in_Spanish()
    {
        var (ine, council) = await CityAsync();
        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra mayor", "2094606", council, "URB-001", description: "Obras con proyecto")));

        Assert.True(report.Committed);
        await using var db = Database.CreateContext();
        var procedure = await db.CityProcedures.Include(p => p.ReferenceProcedure).SingleAsync(p => p.MunicipalityIneCode == ine);
        Assert.Equal(("A-1", "Licencia de obra mayor", "Obras con proyecto", "2094606", council, "URB-001"),
            (procedure.LocalId, procedure.LocalName, procedure.Description, procedure.SiaCode, procedure.ResponsibleUnitCode, procedure.ReferenceProcedure!.Code));
        var attributes = procedure.Attributes;
        Assert.Equal(Initiation.OnApplication, attributes.Initiation);
        Assert.Equal(SilenceEffect.Negative, attributes.SilenceEffect);
        Assert.Equal(new ResolutionTerm(3, TermUnit.Months), attributes.ResolutionTerm);
        Assert.True(attributes.EndsAdministrativeRoute);
        Assert.Equal(ElectronicLevel.FullyOnline, attributes.ElectronicLevel);
        Assert.Equal(Recipients.Citizens | Recipients.Companies, attributes.Recipients);
        Assert.Equal(Channels.InPerson | Channels.Online, attributes.Channels);
        Assert.Equal([new LegalReference("Ley", "39/2015", "del Procedimiento Administrativo Común"), new LegalReference("Ordenanza", null, "reguladora de la tasa")],
            attributes.LegalBasis);
    }

    [SkippableFact]
    public async Task Enum_names_are_accepted_as_well_as_Spanish_words()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Csv(
            "localName;initiation;silenceEffect;termAmount;termUnit;endsAdministrativeRoute;electronicLevel;recipients;channels;offered",
            "Queja;ExOfficio;Positive;10;BusinessDays;false;OnlineInitiation;Administrations;Telephone, Post;true"));

        Assert.True(report.Committed, report.Describe());
        await using var db = Database.CreateContext();
        var attributes = (await db.CityProcedures.SingleAsync(p => p.MunicipalityIneCode == ine)).Attributes;
        Assert.Equal((Initiation.ExOfficio, SilenceEffect.Positive, new ResolutionTerm(10, TermUnit.BusinessDays), false, ElectronicLevel.OnlineInitiation),
            (attributes.Initiation, attributes.SilenceEffect, attributes.ResolutionTerm, attributes.EndsAdministrativeRoute, attributes.ElectronicLevel));
        Assert.Equal((Recipients.Administrations, Channels.Telephone | Channels.Post), (attributes.Recipients, attributes.Channels));
    }

    [SkippableFact]
    public async Task Rows_with_a_local_id_update_the_procedure_with_that_local_id_and_only_the_fields_that_changed()
    {
        var (ine, council) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra mayor", "2094606", council), Row("A-2", "Licencia de actividad", "2094607")));

        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra mayor", "2094606", council, silence: "estimatorio"), Row("A-2", "Licencia de actividad", "2094607")));

        Assert.True(report.Committed);
        Assert.Equal([ImportOutcome.Update, ImportOutcome.Unchanged], report.Rows.Select(r => r.Outcome));
        Assert.Equal(["silenceEffect"], report.Rows[0].ChangedFields);
        await using var db = Database.CreateContext();
        Assert.Equal(2, await CountAsync(db, ine));
        Assert.Equal(SilenceEffect.Positive, (await db.CityProcedures.SingleAsync(p => p.MunicipalityIneCode == ine && p.LocalId == "A-1")).Attributes.SilenceEffect);
    }

    [SkippableFact]
    public async Task Rows_without_a_local_id_update_the_procedure_with_their_SIA_code()
    {
        var (ine, _) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("", "Licencia de obra", "2094606")));

        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("", "Licencia de obra mayor", "2094606")));

        Assert.Equal("SIA code 2094606", report.Rows[0].Key);
        Assert.Equal(ImportOutcome.Update, report.Rows[0].Outcome);
        Assert.Equal(["localName"], report.Rows[0].ChangedFields);
        await using var db = Database.CreateContext();
        Assert.Equal("Licencia de obra mayor", (await db.CityProcedures.SingleAsync(p => p.MunicipalityIneCode == ine)).LocalName);
    }

    [SkippableFact]
    public async Task A_new_local_id_is_given_to_the_procedure_with_the_row_SIA_code_and_absent_columns_keep_their_values()
    {
        var (ine, council) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("", "Licencia de obra", "2094606", council, "URB-001")));
        var before = Assert.Single(await CatalogOfAsync(Database, ine));

        var report = await ImportAsync(ine, Csv("codigo_sia;id_local;nombre_local", "2094606;A-9;Licencia de obra"));

        Assert.Equal((ImportOutcome.Update, "local id A-9"), (report.Rows[0].Outcome, report.Rows[0].Key));
        Assert.Equal(["localId"], report.Rows[0].ChangedFields);
        Assert.Equal(before with { LocalId = "A-9" }, Assert.Single(await CatalogOfAsync(Database, ine)));
    }

    [SkippableFact]
    public async Task A_column_present_but_empty_clears_the_field()
    {
        var (ine, council) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra", "2094606", council)));

        var report = await ImportAsync(ine, Csv("id_local;nombre_local;unidad_dir3", "A-1;Licencia de obra;"));

        Assert.Equal(["responsibleUnit"], report.Rows[0].ChangedFields);
        Assert.Null(Assert.Single(await CatalogOfAsync(Database, ine)).UnitDir3Code);
    }

    [SkippableFact]
    public async Task Any_invalid_row_means_nothing_is_written_and_the_report_says_why()
    {
        var (ine, council) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Licencia de obra mayor", "2094606", council)));
        var before = await CatalogOfAsync(Database, ine);

        var report = await ImportAsync(ine, Csv(SpanishHeader,
            Row("A-1", "Licencia de obra mayor (cambiada)", "2094606", council),
            Row("A-2", "Licencia nueva", "2094607"),
            Row("A-3", "Licencia rota", "2094608", unit: "L0128006X")));

        Assert.False(report.Committed);
        Assert.Equal([ImportOutcome.Update, ImportOutcome.Create, ImportOutcome.Invalid], report.Rows.Select(r => r.Outcome));
        Assert.Equal(before, await CatalogOfAsync(Database, ine));
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.ChangeLog.CountAsync(e => e.MunicipalityIneCode == ine));
    }

    [SkippableFact]
    public async Task A_commit_records_an_import_audit_entry_for_each_created_or_updated_procedure()
    {
        var (ine, _) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno", "2094601"), Row("A-2", "Dos", "2094602")));
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno bis", "2094601"), Row("A-2", "Dos", "2094602"), Row("A-3", "Tres")),
            actor: EditorOf(ine));

        await using var db = Database.CreateContext();
        var entries = await db.ChangeLog.Where(e => e.MunicipalityIneCode == ine).OrderBy(e => e.Id).ToListAsync();
        Assert.All(entries, e => Assert.Equal((nameof(CityProcedure), CityCatalogImporter.AuditAction), (e.EntityType, e.Action)));
        Assert.Equal(["tester", "tester", "editor", "editor"], entries.Select(e => e.Actor));
        var ids = await db.CityProcedures.Where(p => p.MunicipalityIneCode == ine).ToDictionaryAsync(p => p.LocalId!, p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([ids["A-1"], ids["A-2"], ids["A-1"], ids["A-3"]], entries.Select(e => e.EntityId));
        var rename = Assert.Single(entries[2].Changes);
        Assert.Equal(("localName", "Uno", "Uno bis"), (rename.Field, rename.Before, rename.After));
        Assert.Contains(entries[0].Changes, c => c is { Field: "siaCode", Before: null, After: "2094601" });
    }

    [SkippableFact]
    public async Task An_editor_of_another_city_or_a_curator_may_not_import()
    {
        var (ine, _) = await CityAsync();
        var curator = new CatalogActor("curator", CatalogRole.Curator, new HashSet<string>(), null);

        var editorError = await Assert.ThrowsAsync<ImportForbiddenException>(() => ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno")), actor: EditorOf("28079")));
        await Assert.ThrowsAsync<ImportForbiddenException>(() => ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno")), actor: curator));

        Assert.Contains(ine, editorError.Message, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
    }

    [SkippableFact]
    public async Task The_municipality_may_be_named_by_its_council_DIR3_code()
    {
        var (ine, council) = await CityAsync();
        var report = await ImportAsync(council, Csv(SpanishHeader, Row("A-1", "Uno")));
        Assert.Equal(ine, report.MunicipalityIneCode);
    }

    [SkippableTheory]
    [InlineData("52999", typeof(UnknownMunicipalityException), "52999")]
    [InlineData("2800", typeof(InvalidCodeException), "5 digits")]
    [InlineData("L01280067", typeof(InvalidCodeException), "check digit")]
    [InlineData("EA0003024", typeof(InvalidCodeException), "not a town council")]
    public async Task An_unknown_or_invalid_municipality_is_refused(string code, Type error, string message)
    {
        await Database.SeedAsync();
        var thrown = await Assert.ThrowsAnyAsync<DomainRuleException>(() => ImportAsync(code, Csv(SpanishHeader, Row("A-1", "Uno"))));
        Assert.IsType(error, thrown);
        Assert.Contains(message, thrown.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> UnreadableFiles => new()
    {
        { "tab-separated", "localName\tsiaCode\nUno\t2094606\n", "separated by tabs" },
        { "header names nothing", "a|b|c\n1|2|3\n", "names no known column" },
        { "no local name column", "codigo_sia;descripcion\n2094606;x\n", "localName (nombre_local, Procedimiento, Denominación) is required" },
        { "broken quote", "nombre_local;codigo_sia\nUno;2094601\n\"Dos;2094602\nTres;2094603\n", "Line 3, field 1: a double quote is opened and never closed" },
        { "stray quote", "nombre_local;codigo_sia\nUno;20\"94601\nDos;2094602\n", "Line 2, field 2" },
        { "empty file", "\n\n", "The file is empty" },
    };

    [SkippableTheory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task An_unreadable_file_is_refused_with_a_message_that_says_why(string name, string text, string message)
    {
        var (ine, _) = await CityAsync();
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(ine, Text(text)));
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{name}: {error.Message}");
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
    }

    [SkippableFact]
    public async Task A_wrong_delimiter_error_names_the_expected_columns()
    {
        var (ine, _) = await CityAsync();
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(ine, Text("localName\tsiaCode\nUno\t1\n")));
        Assert.Contains(CatalogColumns.Expected, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_file_that_is_not_UTF8_is_refused()
    {
        var (ine, _) = await CityAsync();
        var latin1 = new MemoryStream([.. "nombre_local\nCami"u8.ToArray(), 0xF3, .. "n\n"u8.ToArray()]);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(ine, latin1));
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_BOM_blank_lines_comma_delimiter_and_quoted_fields_are_read_as_spreadsheets_write_them()
    {
        var (ine, _) = await CityAsync();
        var text = "\r\nlocalId,localName,description,siaCode\r\n\r\nA-1,\"Licencia de obra, mayor\",\"Dice \"\"hola\"\"\ny adiós\",2094606\r\n   \r\nA-2,Queja,,\r\n\r\n";
        var report = await ImportAsync(ine, Text(text, bom: true));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal([4, 6], report.Rows.Select(r => r.Row));
        var catalog = await CatalogOfAsync(Database, ine);
        Assert.Equal(("Licencia de obra, mayor", "Dice \"hola\"\ny adiós", "2094606"), (catalog[0].LocalName, catalog[0].Description, catalog[0].SiaCode));
        Assert.Equal(("Queja", null, null), (catalog[1].LocalName, catalog[1].Description, catalog[1].SiaCode));
    }

    public static TheoryData<string, string, string, string> InvalidRows => new()
    {
        { "duplicated SIA code", Row("A-1", "Uno", "2094606") + "\r\n" + Row("A-2", "Dos", "2094606"), "codigo_sia", "SIA code 2094606 is repeated: row 2 has it too." },
        { "duplicated local id", Row("A-1", "Uno", "2094601") + "\r\n" + Row("A-1", "Dos", "2094602"), "id_local", "Local id 'A-1' is repeated: row 2 has it too." },
        { "unknown reference code", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", reference: "XYZ-999"), "codigo_referencia", "No reference procedure has code 'XYZ-999'" },
        { "invalid DIR3 code", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", unit: "L0128006"), "unidad_dir3", "DIR3 code 'L0128006' has 8 characters; DIR3 codes have 9" },
        { "council code with a wrong check digit", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", unit: "L01280067"), "unidad_dir3", "check digit" },
        { "an office as unit", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", unit: "O00002062"), "unidad_dir3", "is an office" },
        { "invalid SIA code", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", sia: "20946O6"), "codigo_sia", "SIA code '20946O6' must contain digits only; 'O' is not a digit." },
        { "unknown silence effect", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", silence: "quizá"), "silencio", "'quizá' is not a known silence effect" },
        { "days without kind", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", termUnit: "días"), "unidad_plazo", "días hábiles" },
        { "term without unit", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", termUnit: ""), "unidad_plazo", "A term needs its unit" },
        { "bad term", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos", term: "tres"), "plazo", "'tres' is not a term" },
        { "missing name", Row("A-1", "Uno") + "\r\n" + Row("A-2", ""), "nombre_local", "needs a local name" },
        { "not offered without reference", Row("A-1", "Uno") + "\r\n" + "A-2;Dos;;;;;;;;;;;;;;;no", "codigo_referencia", "must name the reference procedure" },
        { "too many fields", Row("A-1", "Uno") + "\r\n" + Row("A-2", "Dos") + ";extra", "", "a value containing ';' must be in double quotes" },
    };

    [SkippableTheory]
    [MemberData(nameof(InvalidRows))]
    public async Task An_invalid_row_is_reported_with_its_row_column_and_problem(string name, string rows, string column, string message)
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Csv(SpanishHeader, rows));

        Assert.False(report.Committed, name);
        var invalid = Assert.Single(report.Rows, r => r.Outcome == ImportOutcome.Invalid);
        Assert.Equal(3, invalid.Row);
        var problem = Assert.Single(invalid.Problems);
        Assert.Equal(column.Length == 0 ? null : column, problem.Column);
        Assert.True(problem.Message.Contains(message, StringComparison.Ordinal), $"{name}: {problem.Message}");
        await using var db = Database.CreateContext();
        Assert.Equal(0, await CountAsync(db, ine));
    }

    [SkippableFact]
    public async Task A_SIA_code_already_used_by_a_procedure_the_file_leaves_out_is_reported()
    {
        var (ine, _) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno", "2094606")));

        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("B-1", "Otro", "2094606")));

        Assert.False(report.Committed);
        Assert.Matches(@"already used by 'Uno' \(id \d+, local id A-1\)", Assert.Single(report.Rows[0].Problems).Message);
    }

    [SkippableFact]
    public async Task A_row_whose_local_id_belongs_to_a_withdrawn_procedure_is_reported()
    {
        var (ine, _) = await CityAsync();
        await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno", "2094606")));
        await using (var db = Database.CreateContext())
        {
            var procedure = await db.CityProcedures.SingleAsync(p => p.MunicipalityIneCode == ine);
            procedure.Withdraw("Suprimido", Build.Now);
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno", "2094606")));

        Assert.Contains("is withdrawn", Assert.Single(report.Rows[0].Problems).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_row_marked_not_offered_declares_its_reference_procedure_not_offered()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Csv("codigo_referencia;nombre_local;descripcion;ofrecido", "URB-002;;No hay suelo disponible;no"));

        Assert.True(report.Committed, report.Describe());
        await using var db = Database.CreateContext();
        var procedure = await db.CityProcedures.Include(p => p.ReferenceProcedure).SingleAsync(p => p.MunicipalityIneCode == ine);
        Assert.Equal((false, "URB-002", "No hay suelo disponible"), (procedure.IsOffered, procedure.ReferenceProcedure!.Code, procedure.Description));

        var again = await ImportAsync(ine, Csv("codigo_referencia;nombre_local;descripcion;ofrecido", "URB-002;;No hay suelo disponible;no"));
        Assert.Equal(ImportOutcome.Unchanged, again.Rows[0].Outcome);
    }

    [SkippableFact]
    public async Task An_Excel_workbook_with_Spanish_headers_and_shared_strings_is_imported()
    {
        var (ine, council) = await CityAsync();
        var workbook = Xlsx(
        [
            [],
            ["Nombre local", "Código SIA", "Unidad DIR3", "Silencio", "Plazo", "Unidad plazo", "Ofrecido"],
            ["Licencia de obra", 2094606, council, "Desestimatorio", 3, "Meses", "Sí"],
            [],
            ["Queja", null, null, "no aplica", null, null, "sí"],
        ]);

        var report = await ImportAsync(ine, workbook, format: CatalogFormat.Xlsx);

        Assert.True(report.Committed, report.Describe());
        Assert.Equal([3, 5], report.Rows.Select(r => r.Row));
        var catalog = await CatalogOfAsync(Database, ine);
        Assert.Equal(("Licencia de obra", "2094606", council, new ResolutionTerm(3, TermUnit.Months)),
            (catalog[1].LocalName, catalog[1].SiaCode, catalog[1].UnitDir3Code, catalog[1].Attributes.ResolutionTerm));
        Assert.Equal(SilenceEffect.NotApplicable, catalog[0].Attributes.SilenceEffect);
    }

    [SkippableFact]
    public async Task A_bare_JSON_array_of_procedures_with_Spanish_property_names_is_imported()
    {
        var (ine, _) = await CityAsync();
        var json = """[{"nombre_local": "Queja", "codigo_sia": "2094606", "plazo": 3, "unidad_plazo": "meses", "canales": ["presencial", "Online"], "ofrecido": true}]""";

        var report = await ImportAsync(ine, Text(json), format: CatalogFormat.Json);

        Assert.True(report.Committed, report.Describe());
        var entry = Assert.Single(await CatalogOfAsync(Database, ine));
        Assert.Equal(("Queja", "2094606", new ResolutionTerm(3, TermUnit.Months), Channels.InPerson | Channels.Online),
            (entry.LocalName, entry.SiaCode, entry.Attributes.ResolutionTerm, entry.Attributes.Channels));
    }

    [SkippableFact]
    public async Task A_JSON_procedure_with_an_unknown_property_is_imported_and_the_property_reported_ignored()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Text("""{"procedures": [{"localName": "Queja", "colour": "red"}]}"""), format: CatalogFormat.Json);

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(["colour"], report.IgnoredColumns.Select(c => c.Header));
    }

    [SkippableFact]
    public async Task An_unknown_CSV_column_is_ignored_with_a_warning_not_refused()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Text("nombre;color\nUno;rojo\n"));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(("color", "not a known column"), report.IgnoredColumns.Select(c => (c.Header, c.IgnoredBecause)).Single());
    }

    [SkippableFact]
    public async Task A_second_header_naming_the_same_column_is_ignored_with_the_reason()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Text("nombre;nombre_local\nUno;Otro\n"));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(("nombre_local", "'nombre' already gives localName"), report.IgnoredColumns.Select(c => (c.Header, c.IgnoredBecause)).Single());
        Assert.Equal("Uno", Assert.Single(await CatalogOfAsync(Database, ine)).LocalName);
    }

    [SkippableFact]
    public async Task Title_rows_above_a_CSV_header_are_skipped()
    {
        var (ine, _) = await CityAsync();
        var report = await ImportAsync(ine, Text("Catálogo de procedimientos;;\nAyuntamiento de prueba;;\n\nClave;Procedimiento;Familia\nP-1;Instancia general;GENERAL\n"));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal((5, "local id P-1"), (report.Rows.Single().Row, report.Rows.Single().Key));
    }

    [SkippableFact]
    public async Task A_file_that_is_not_a_workbook_is_refused_as_XLSX()
    {
        var (ine, _) = await CityAsync();
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(ine, Csv(SpanishHeader, Row("A-1", "Uno")), format: CatalogFormat.Xlsx));
        Assert.Contains("not an Excel workbook", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var (ine, _) = await CityAsync();
        await using var fifty = new UnreadableStream(50L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => Importer(Database).ImportAsync(Admin, ine, fifty, CatalogFormat.Csv, dryRun: false));

        Assert.Contains("The file is 50 MB; imports take files of at most 32 MB", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_stream_of_unknown_length_is_refused_as_soon_as_it_passes_the_limit()
    {
        var (ine, _) = await CityAsync();
        await using var endless = new GeneratedStream(Row("A-1", "Uno") + "\n", 50L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => Importer(Database, maxImportBytes: 1024 * 1024).ImportAsync(Admin, ine, endless, CatalogFormat.Csv, dryRun: false));

        Assert.Contains("larger than the limit; imports take files of at most 1 MB", error.Message, StringComparison.Ordinal);
        Assert.True(endless.Position < 2 * 1024 * 1024, $"Read {endless.Position} bytes of a stream past the limit.");
    }

    [SkippableFact]
    public async Task Five_thousand_rows_import_in_one_commit()
    {
        var (ine, council) = await CityAsync();
        var lines = new List<string> { SpanishHeader };
        lines.AddRange(Enumerable.Range(1, 5000).Select(i => Row($"P-{i}", $"Procedimiento {i}", (3000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), council, i % 2 == 0 ? "URB-001" : "")));

        var report = await ImportAsync(ine, Csv([.. lines]));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(5000, report.Created);
        await using var db = Database.CreateContext();
        Assert.Equal(5000, await CountAsync(db, ine));
        Assert.Equal(5000, await db.ChangeLog.CountAsync(e => e.MunicipalityIneCode == ine));
    }

    /// <summary>A seekable stream of a given length that fails if anything reads it.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The importer read a file it should have refused by its size.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = offset;

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A non-seekable stream repeating a line up to a length, generated as it is read (like a request body).</summary>
    private sealed class GeneratedStream(string line, long length) : Stream
    {
        private readonly byte[] _line = System.Text.Encoding.UTF8.GetBytes(line);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _line[(_position + i) % _line.Length];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class SqliteImportTests(SqliteTestDatabase database) : ImportSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresImportTests(PostgresTestDatabase database) : ImportSuite(database), IClassFixture<PostgresTestDatabase>;
