using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Domain.Procedures;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using static Catalog.Api.Tests.Exchange.ExchangeTestData;

namespace Catalog.Api.Tests.Exchange;

/// <summary>
/// A council's catalog imported as it is published (<see cref="PublishedCatalog"/>): title rows above the header,
/// Spanish headers, columns the importer does not know, free-text legal bases and everyday value words.
/// </summary>
public abstract class PublishedCatalogImportSuite(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private async Task<(string Ine, ImportReport Report)> ImportPublishedAsync(bool dryRun = false, ColumnMap? map = null)
    {
        await Database.SeedAsync();
        var (ine, _) = await FreshMunicipalityAsync(Database);
        var report = await Importer(Database).ImportAsync(Admin, ine, Xlsx(PublishedCatalog.Rows()), CatalogFormat.Xlsx, dryRun, map: map);
        return (ine, report);
    }

    private async Task<CatalogEntry> ProcedureAsync(string ine, string localId)
        => (await CatalogOfAsync(Database, ine)).Single(e => e.LocalId == localId);

    [SkippableFact]
    public async Task Every_row_of_a_published_catalog_is_imported_and_nothing_is_refused()
    {
        var (ine, report) = await ImportPublishedAsync();

        Assert.True(report.Committed, report.Describe());
        Assert.Equal(PublishedCatalog.Procedures.Count, report.Created);
        Assert.Equal(0, report.Invalid);
        Assert.Equal(PublishedCatalog.Procedures.Count, (await CatalogOfAsync(Database, ine)).Count);
    }

    [SkippableFact]
    public async Task The_header_is_found_below_the_title_rows_and_rows_keep_their_sheet_numbers()
    {
        var (_, report) = await ImportPublishedAsync(dryRun: true);

        Assert.Equal(5, report.Rows[0].Row);
        Assert.Equal("local id PRO-001", report.Rows[0].Key);
    }

    [SkippableFact]
    public async Task Columns_the_importer_does_not_know_are_reported_as_ignored()
    {
        var (_, report) = await ImportPublishedAsync(dryRun: true);

        Assert.Equal(PublishedCatalog.UnknownHeaders, report.IgnoredColumns.Select(c => c.Header));
        Assert.Contains("Ignored columns", report.Describe(), StringComparison.Ordinal);
        Assert.Contains("'Observaciones' (not a known column)", report.Describe(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_attributes_councils_publish_are_kept()
    {
        var (ine, _) = await ImportPublishedAsync();

        var works = (await ProcedureAsync(ine, "PRO-001")).Attributes;
        Assert.Equal("URBANISMO", works.Family);
        Assert.Equal("Proyecto técnico visado.\nJustificante del pago de la tasa y del ICIO.", works.Requirements);
        Assert.Equal("Todo el año", works.SubmissionPeriod);
        Assert.Equal("Junta de Gobierno Local", works.ResolvingBody);
        Assert.StartsWith("Recurso potestativo de reposición", works.Appeals, StringComparison.Ordinal);
        Assert.Equal(new ResolutionTerm(3, TermUnit.Months), works.ResolutionTerm);
    }

    [SkippableFact]
    public async Task Free_text_legal_references_are_kept_as_written_with_rank_and_number_read()
    {
        var (ine, _) = await ImportPublishedAsync();

        var legalBasis = (await ProcedureAsync(ine, "PRO-001")).Attributes.LegalBasis;
        Assert.Equal(
            [
                ("Ley", "39/2015", "Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común de las Administraciones Públicas"),
                ("Real Decreto Legislativo", "7/2015", "Real Decreto Legislativo 7/2015, de 30 de octubre, texto refundido de la Ley de Suelo"),
                ("Ordenanza fiscal", "12", "Ordenanza fiscal nº 12 reguladora de la tasa por licencias urbanísticas"),
            ],
            legalBasis.Select(r => (r.Rank, r.Number, r.Title)));
        Assert.Equal(("Real Decreto", "1690/1986"), (await ProcedureAsync(ine, "PRO-003")).Attributes.LegalBasis.Select(r => (r.Rank, r.Number)).Single());
    }

    [SkippableFact]
    public async Task Value_words_are_read_as_people_write_them()
    {
        var (ine, _) = await ImportPublishedAsync();

        var padron = (await ProcedureAsync(ine, "PRO-002")).Attributes;
        Assert.Equal((Initiation.OnApplication, Channels.InPerson | Channels.Online, true), (padron.Initiation!.Value, padron.Channels, padron.EndsAdministrativeRoute!.Value));
        Assert.Equal(Channels.Online, (await ProcedureAsync(ine, "PRO-003")).Attributes.Channels);
        Assert.Equal(Channels.InPerson, (await ProcedureAsync(ine, "PRO-004")).Attributes.Channels);
        var complaints = (await ProcedureAsync(ine, "PRO-006")).Attributes;
        Assert.Equal((SilenceEffect.NotApplicable, false, "No tiene"), (complaints.SilenceEffect!.Value, complaints.EndsAdministrativeRoute!.Value, complaints.Fees));
        Assert.Equal(Initiation.ExOfficio, (await ProcedureAsync(ine, "PRO-007")).Attributes.Initiation);
    }

    [SkippableFact]
    public async Task As_the_regulation_says_is_recorded_as_a_value_not_an_error()
    {
        var (ine, _) = await ImportPublishedAsync();

        var aid = (await ProcedureAsync(ine, "PRO-008")).Attributes;
        Assert.Equal(RegulatedAttributes.SilenceEffect | RegulatedAttributes.ResolutionTerm, aid.AsRegulated);
        Assert.Null(aid.SilenceEffect);
        Assert.Null(aid.ResolutionTerm);
        Assert.Equal(RegulatedAttributes.ResolutionTerm, (await ProcedureAsync(ine, "PRO-002")).Attributes.AsRegulated);
    }

    [SkippableFact]
    public async Task An_exported_published_catalog_imports_back_unchanged()
    {
        var (ine, _) = await ImportPublishedAsync();
        var exported = new MemoryStream();
        await using (var db = Database.CreateContext())
        {
            await Exporter(Database).WriteCityCatalogAsync(await db.Municipalities.SingleAsync(m => m.IneCode == ine), CatalogFormat.Csv, exported, null, CancellationToken.None);
        }

        exported.Position = 0;
        var report = await Importer(Database).ImportAsync(Admin, ine, exported, CatalogFormat.Csv, dryRun: true);

        Assert.Equal(PublishedCatalog.Procedures.Count, report.Unchanged);
    }

    [SkippableFact]
    public async Task A_column_mapped_by_hand_is_read_as_the_column_it_is_mapped_to()
    {
        var (ine, report) = await ImportPublishedAsync(map: new ColumnMap().Add("Observaciones", CatalogColumn.Description).Add("Objeto / Descripción", null));

        Assert.True(report.Committed, report.Describe());
        Assert.Equal("Requiere informe técnico", (await ProcedureAsync(ine, "PRO-001")).Description);
        Assert.Equal(["Objeto / Descripción", "Unidad tramitadora"], report.IgnoredColumns.Select(c => c.Header));
    }

    [SkippableFact]
    public async Task A_dry_run_suggests_a_reference_procedure_for_each_row_without_a_reference_code()
    {
        var (_, report) = await ImportPublishedAsync(dryRun: true);

        Assert.All(report.Rows, row => Assert.NotEmpty(row.Suggestions));
        Assert.Equal("URB-001", report.Rows[0].Suggestions[0].Candidate.Code);
        Assert.Equal("PAD-001", report.Rows[1].Suggestions[0].Candidate.Code);
        Assert.Equal("EPU-003", report.Rows[4].Suggestions[0].Candidate.Code);
    }

    [SkippableFact]
    public async Task A_commit_carries_no_suggestions()
    {
        var (_, report) = await ImportPublishedAsync();

        Assert.All(report.Rows, row => Assert.Empty(row.Suggestions));
    }
}

public sealed class SqlitePublishedCatalogImportTests(SqliteTestDatabase database) : PublishedCatalogImportSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresPublishedCatalogImportTests(PostgresTestDatabase database) : PublishedCatalogImportSuite(database), IClassFixture<PostgresTestDatabase>;
