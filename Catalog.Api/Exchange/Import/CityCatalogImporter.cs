using Catalog.Api.Auditing;
using Catalog.Api.Auth;
using Catalog.Api.Exchange.Formats;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Api.Exchange.Import;

/// <summary>
/// Imports a city catalog from a CSV, XLSX or JSON file: each row creates or updates one procedure of the city.
/// A row is matched to an existing procedure by its local id when it has one, else by its SIA code, else (a row
/// declaring a reference procedure not offered) by its reference code, else by its local name. Procedures the file does
/// not mention are left as they are.
/// <para>
/// The whole file is checked before anything is written: a dry run returns the per-row report only; a commit writes
/// every row in one transaction, with an audit entry per created or updated procedure, or, when any row is invalid,
/// writes nothing and returns the report. Lookups are made once per import (the reference catalog and the city's
/// procedures), never per row, so large files import at the speed of the inserts.
/// </para>
/// </summary>
/// <param name="reconciliation">When given (the hosts' services give it), the city is reconciled right after a commit.</param>
public sealed class CityCatalogImporter(CatalogDbContextFactory databases, IOptions<ExchangeOptions> options, TimeProvider clock,
    Sync.Runs.SyncPipeline? reconciliation = null)
{
    /// <summary>The action recorded in the change log for imported changes.</summary>
    public const string AuditAction = "import";

    /// <summary>Procedures saved per round trip to the database within the import's transaction.</summary>
    private const int SaveBatchSize = 1000;

    /// <summary>
    /// Imports <paramref name="content"/> into the catalog of the municipality named by <paramref name="municipalityCode"/>
    /// (INE code or council DIR3 code), on behalf of <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="ImportForbiddenException">The actor may not edit that city's catalog.</exception>
    /// <exception cref="ImportFileException">The file cannot be read as a whole (too large, not UTF-8, unknown header, broken quote…).</exception>
    /// <exception cref="InvalidCodeException">The municipality code is not valid.</exception>
    /// <exception cref="UnknownMunicipalityException">No municipality has that code.</exception>
    /// <param name="map">Headers mapped by hand to columns (or to none); the aliases decide the others.</param>
    public async Task<ImportReport> ImportAsync(CatalogActor actor, string municipalityCode, Stream content, CatalogFormat format, bool dryRun,
        CancellationToken cancellationToken = default, ColumnMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = databases.CreateDbContext();
        var municipality = await MunicipalityCodes.FindAsync(db, municipalityCode, cancellationToken);
        if (!actor.MayEditCity(municipality.IneCode))
        {
            throw new ImportForbiddenException(
                $"{actor.Subject} ({actor.Role.ToString().ToLowerInvariant()}) may not edit the catalog of {municipality.Name} ({municipality.IneCode}).");
        }

        var (file, owned) = await SeekableWithinLimitAsync(content, cancellationToken);
        try
        {
            using var table = CatalogTable.Open(file, format, CatalogReadLimits.From(options.Value), map);
            var references = await db.ReferenceProcedures.ToDictionaryAsync(r => r.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var existing = await db.CityProcedures.Where(p => p.MunicipalityIneCode == municipality.IneCode).ToListAsync(cancellationToken);
            var plan = new ImportPlan(municipality, table, references, existing, clock.GetUtcNow());
            foreach (var row in table.ReadRows())
            {
                cancellationToken.ThrowIfCancellationRequested();
                plan.Add(row);
            }

            plan.CheckCatalogWideRules();
            plan.CheckUnits(municipality.CouncilDir3Code, await CityCatalog.MirrorLookups.UnitTreesAsync(db, plan.UnitsGiven, cancellationToken));
            plan.CheckSiaCodes(await CityCatalog.MirrorLookups.KnownSiaCodesAsync(db, plan.SiaCodesGiven, cancellationToken));
            if (dryRun)
            {
                // What each row without a reference code may be mapped to; a commit does not need them.
                plan.Suggest(new CityCatalog.MappingCandidates(references.Values, []));
            }

            var report = new ImportReport(municipality.IneCode, municipality.Name, format, dryRun, Committed: false, plan.Reports()) { Columns = table.Columns };
            if (dryRun || !report.IsValid)
            {
                return report;
            }

            await CommitAsync(db, actor, municipality, plan, cancellationToken);
            if (reconciliation is not null)
            {
                // As after an editor's write: the city's discrepancies are current when the import returns.
                await reconciliation.RunAsync(new Sync.Runs.SyncRequest(Domain.Reconciliation.SyncTrigger.Edit, Municipality: municipality.IneCode,
                    RequestedBy: actor.Subject, ReconcileOnly: true), cancellationToken: cancellationToken);
            }

            return report with { Committed = true };
        }
        finally
        {
            if (owned)
            {
                await file.DisposeAsync();
            }
        }
    }

    private async Task CommitAsync(CatalogDbContext db, CatalogActor actor, Municipality municipality, ImportPlan plan, CancellationToken cancellationToken)
    {
        var written = plan.Written.ToList();

        // Procedures the import leaves as they are need no tracking; without them, and with each batch detached once
        // saved, every save looks at its own batch only, so a 100,000-row import costs no more per row than a small one.
        var writtenProcedures = written.Select(w => w.Procedure).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var entry in db.ChangeTracker.Entries<CityProcedure>().Where(e => !writtenProcedures.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in written.Chunk(SaveBatchSize))
        {
            db.CityProcedures.AddRange(batch.Where(w => w.IsNew).Select(w => w.Procedure));
            await db.SaveChangesAsync(cancellationToken);

            // Audit entries name the procedure by id, which a new procedure has only once saved: hence a second save,
            // in the same transaction, so the changes and their audit stand or fall together.
            var entries = batch.Select(w => AuditTrail.Record(db, actor, nameof(CityProcedure), w.Procedure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AuditAction, w.Before, AuditSnapshot.Of(w.Procedure), municipality.IneCode, plan.At)).ToList();
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (procedure, _, _) in batch)
            {
                db.Entry(procedure).State = EntityState.Detached;
            }

            foreach (var entry in entries.OfType<Domain.Auditing.ChangeLogEntry>())
            {
                db.Entry(entry).State = EntityState.Detached;
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The content as a seekable stream no larger than the configured limit. A seekable stream is measured before any of
    /// it is read; any other stream (a request body) is copied to a temporary file, and refused as soon as it passes the limit.
    /// </summary>
    private async Task<(Stream File, bool Owned)> SeekableWithinLimitAsync(Stream content, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxImportBytes;
        if (content.CanSeek)
        {
            if (content.Length - content.Position > limit)
            {
                throw TooLarge(content.Length - content.Position, limit);
            }

            return (content, false);
        }

        var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"catalog-import-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    throw TooLarge(null, limit);
                }

                await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            copy.Position = 0;
            return (copy, true);
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }

    private static ImportFileException TooLarge(long? size, long limit)
        => new($"The file is {(size is { } s ? $"{Megabytes(s)} MB" : "larger than the limit")}; imports take files of at most {Megabytes(limit)} MB (Exchange:MaxImportBytes). Split the catalog into several files.");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The actor may not change the catalog it tried to import into.</summary>
public sealed class ImportForbiddenException : Exception
{
    public ImportForbiddenException(string message) : base(message)
    {
    }

    public ImportForbiddenException()
    {
    }

    public ImportForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// The rows of one import, validated and matched against the city's catalog. Valid rows are applied to the tracked
/// procedures as they are planned (a dry run simply never saves them), so the report's changed fields are exactly
/// what a commit records in the audit trail.
/// </summary>
internal sealed class ImportPlan
{
    private readonly IneCode _ine;
    private readonly CatalogTable _table;
    private readonly Dictionary<string, ReferenceProcedure> _references;
    private readonly Dictionary<long, string> _referenceCodes;
    private readonly Dictionary<string, CityProcedure> _byLocalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CityProcedure>> _bySia = new(StringComparer.Ordinal);
    private readonly Dictionary<long, CityProcedure> _notOfferedByReference = [];
    private readonly Dictionary<string, CityProcedure> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keysSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _localIdsSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _siaCodesSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<CityProcedure, int> _targets = new(ReferenceEqualityComparer.Instance);
    private readonly List<PlannedRow> _rows = [];

    public ImportPlan(Municipality municipality, CatalogTable table, Dictionary<string, ReferenceProcedure> references, List<CityProcedure> existing, DateTimeOffset at)
    {
        _ine = municipality.Code;
        _table = table;
        _references = references;
        _referenceCodes = references.Values.ToDictionary(r => r.Id, r => r.Code);
        At = at;
        foreach (var procedure in existing)
        {
            if (procedure.LocalId is not null)
            {
                _byLocalId[procedure.LocalId] = procedure;
            }

            if (procedure.Status != CityProcedureStatus.Active)
            {
                continue;
            }

            if (procedure.SiaCode is not null)
            {
                (_bySia.TryGetValue(procedure.SiaCode, out var list) ? list : _bySia[procedure.SiaCode] = []).Add(procedure);
            }

            if (!procedure.IsOffered && procedure.ReferenceProcedureId is { } referenceId)
            {
                _notOfferedByReference.TryAdd(referenceId, procedure);
            }

            if (procedure.IsOffered && procedure.LocalId is null && procedure.SiaCode is null)
            {
                _byName.TryAdd(procedure.SearchName, procedure);
            }
        }
    }

    public DateTimeOffset At { get; }

    /// <summary>The procedures the import creates or changes, in row order, each with its state before (empty for a new one).</summary>
    public IEnumerable<(CityProcedure Procedure, AuditSnapshot Before, bool IsNew)> Written
        => _rows.Where(r => r.Outcome is ImportOutcome.Create or ImportOutcome.Update).Select(r => (r.Procedure!, r.Before!, r.Outcome == ImportOutcome.Create));

    public IReadOnlyList<ImportRowReport> Reports()
        => _rows.Select(r => new ImportRowReport(r.Number, r.Key, r.Outcome, r.ChangedFields, r.Problems,
            r.Outcome == ImportOutcome.Invalid ? [] : r.Warnings)
        { Suggestions = r.Suggestions }).ToList();

    /// <summary>Suggests reference procedures for every offered row the file gives no reference code, from its name, description and family.</summary>
    public void Suggest(CityCatalog.MappingCandidates candidates)
    {
        foreach (var row in _rows.Where(r => r.NameToMap is not null))
        {
            row.Suggestions = candidates.SuggestReferences(row.NameToMap!, row.DescriptionToMap);
        }
    }

    /// <summary>Validates one row, matches it, and applies it to its procedure when valid.</summary>
    public void Add(SourceRow row)
    {
        var planned = new PlannedRow(row.Number);
        _rows.Add(planned);
        if (row.Problem is not null)
        {
            planned.Problem(null, row.Problem);
        }

        var desired = Read(row, planned);
        planned.Key = desired is null ? null : KeyOf(desired);
        if (desired is { Offered: true, ReferenceCode: null } && !string.IsNullOrWhiteSpace(desired.LocalName))
        {
            planned.NameToMap = desired.LocalName;
            planned.DescriptionToMap = string.Join(' ', new[] { desired.Description, desired.Attributes.Family }.Where(t => t is not null));
        }
        if (desired is null || planned.Problems.Count > 0)
        {
            planned.Outcome = ImportOutcome.Invalid;
            return;
        }

        CheckRepeats(desired, planned);
        var target = Match(desired, planned);
        if (target is not null)
        {
            desired = KeepAbsentColumns(desired, target);
            CheckOffered(desired, target, planned);
        }

        if (planned.Problems.Count > 0)
        {
            planned.Outcome = ImportOutcome.Invalid;
            return;
        }

        try
        {
            Apply(desired, target, planned);
            if (_table.Headers.ContainsKey(CatalogColumn.UnitDir3Code) && desired.Offered)
            {
                planned.UnitGiven = desired.UnitDir3Code;
            }

            if (_table.Headers.ContainsKey(CatalogColumn.SiaCode) && desired.Offered)
            {
                planned.SiaGiven = desired.SiaCode;
            }
        }
        catch (DomainRuleException rule)
        {
            planned.Problem(ColumnOfField(rule.Field), rule.Message);
            planned.Outcome = ImportOutcome.Invalid;
        }
    }

    /// <summary>Rules across rows and the catalog: a SIA code stays unique among the city's active procedures.</summary>
    public void CheckCatalogWideRules()
    {
        foreach (var row in _rows.Where(r => r.Outcome is ImportOutcome.Create or ImportOutcome.Update && r.Procedure!.SiaCode is not null))
        {
            var sia = row.Procedure!.SiaCode!;
            var holder = _bySia.GetValueOrDefault(sia)?.FirstOrDefault(p => !ReferenceEquals(p, row.Procedure) && !_targets.ContainsKey(p));
            if (holder is not null)
            {
                row.Problem(_table.HeaderOf(CatalogColumn.SiaCode), CityCatalogRules.Taken("siaCode", sia, holder).Message);
                row.Outcome = ImportOutcome.Invalid;
            }
        }
    }

    /// <summary>The units the file's valid rows give (to be looked up in the mirror once for the whole file).</summary>
    public IEnumerable<string> UnitsGiven => _rows.Where(r => r.UnitGiven is not null && r.Outcome != ImportOutcome.Invalid).Select(r => r.UnitGiven!);

    /// <summary>The SIA codes the file's valid rows give.</summary>
    public IEnumerable<string> SiaCodesGiven => _rows.Where(r => r.SiaGiven is not null && r.Outcome != ImportOutcome.Invalid).Select(r => r.SiaGiven!);

    /// <summary>The unit rule, as the editor applies it: a unit the file gives must be in the council's DIR3 tree when the mirror knows it.</summary>
    public void CheckUnits(string councilCode, IReadOnlyDictionary<string, UnitLink> units)
    {
        foreach (var row in _rows.Where(r => r.UnitGiven is not null && r.Outcome != ImportOutcome.Invalid))
        {
            try
            {
                if (CityCatalogRules.CheckResponsibleUnit(row.UnitGiven, councilCode, units.GetValueOrDefault) is { } warning)
                {
                    row.Warn(warning);
                }
            }
            catch (DomainRuleException rule)
            {
                row.Problem(_table.HeaderOf(CatalogColumn.UnitDir3Code), rule.Message);
                row.Outcome = ImportOutcome.Invalid;
            }
        }
    }

    /// <summary>A SIA code the mirror does not know is accepted with a warning, as the editor's mutations accept it.</summary>
    public void CheckSiaCodes(IReadOnlySet<string> known)
    {
        foreach (var row in _rows.Where(r => r.SiaGiven is not null && r.Outcome != ImportOutcome.Invalid))
        {
            if (CityCatalogRules.CheckSiaCode(row.SiaGiven, known.Contains(row.SiaGiven!)) is { } warning)
            {
                row.Warn(warning);
            }
        }
    }

    /// <summary>The free-text columns, and whether each may hold line breaks.</summary>
    private static readonly (CatalogColumn Column, bool MultiLine)[] CheckedTexts =
        [(CatalogColumn.LocalId, false), (CatalogColumn.LocalName, false), (CatalogColumn.Description, true), (CatalogColumn.Fees, true), (CatalogColumn.LegalBasis, true),
         .. CatalogEntry.PublishedTextColumns.Select(column => (column, true))];

    /// <summary>The row's values, parsed and checked; null when the row cannot be read at all.</summary>
    private CatalogEntry? Read(SourceRow row, PlannedRow planned)
    {
        void Problem(CatalogColumn column, string message) => planned.Problem(_table.HeaderOf(column), message);

        // The domain refuses these texts too (TextRules); checked here so a dry run reports every row, not the first.
        foreach (var (column, multiLine) in CheckedTexts)
        {
            if (TextRules.Problem(row[column], multiLine) is { } textProblem)
            {
                Problem(column, $"The value {textProblem}.");
            }
        }

        var localId = row[CatalogColumn.LocalId];
        if (localId is { Length: > 64 })
        {
            Problem(CatalogColumn.LocalId, $"A local id has at most 64 characters; this one has {localId.Length}.");
        }

        var siaText = row[CatalogColumn.SiaCode];
        if (siaText is not null && !SiaCode.TryParse(siaText, out _, out var siaError))
        {
            Problem(CatalogColumn.SiaCode, siaError);
        }

        var unitText = row[CatalogColumn.UnitDir3Code];
        if (unitText is not null)
        {
            if (!Dir3Code.TryParse(unitText, out var unit, out var unitError))
            {
                Problem(CatalogColumn.UnitDir3Code, unitError);
            }
            else if (unit.Kind == Dir3Kind.Office)
            {
                Problem(CatalogColumn.UnitDir3Code, $"{unit} is an office; the responsible unit must be an organisational unit.");
            }
        }

        var referenceCode = row[CatalogColumn.ReferenceCode];
        ReferenceProcedure? reference = null;
        if (referenceCode is not null)
        {
            if (!_references.TryGetValue(referenceCode, out reference))
            {
                Problem(CatalogColumn.ReferenceCode, $"No reference procedure has code '{referenceCode}'; use a code of the reference catalog (e.g. {string.Join(", ", _references.Keys.Order(StringComparer.Ordinal).Take(3))}).");
            }
            else
            {
                try
                {
                    CityCatalogRules.RequireCurrent(reference);
                }
                catch (DomainRuleException rule)
                {
                    Problem(CatalogColumn.ReferenceCode, rule.Message);
                }
            }
        }

        var offered = true;
        if (row[CatalogColumn.Offered] is { } offeredText && !CatalogVocabulary.TryParseBoolean(offeredText, out offered, out var offeredError))
        {
            Problem(CatalogColumn.Offered, offeredError);
        }

        var attributes = ReadAttributes(row, Problem);
        var localName = row[CatalogColumn.LocalName];
        if (offered)
        {
            if (localName is null)
            {
                Problem(CatalogColumn.LocalName, "A procedure needs a local name.");
            }
            else if (localName.Length > 500)
            {
                Problem(CatalogColumn.LocalName, $"A local name has at most 500 characters; this one has {localName.Length}.");
            }
        }
        else
        {
            // A "not offered" entry says only which reference procedure the city does not offer, and why (description).
            if (referenceCode is null)
            {
                Problem(CatalogColumn.ReferenceCode, "A row marked not offered must name the reference procedure the city does not offer.");
            }

            foreach (var column in new[] { CatalogColumn.SiaCode, CatalogColumn.UnitDir3Code }.Concat(CatalogEntry.AttributeColumns).Where(c => row[c] is not null))
            {
                Problem(column, "A procedure marked not offered carries only its reference code and a reason (description); leave this column empty or mark the row offered.");
            }
        }

        return planned.Problems.Count > 0 && (localName is null && referenceCode is null)
            ? null
            : new CatalogEntry(localId, localName ?? reference?.Name ?? string.Empty, row[CatalogColumn.Description], siaText, unitText,
                reference?.Code ?? referenceCode, attributes, offered);
    }

    private static ProcedureAttributes ReadAttributes(SourceRow row, Action<CatalogColumn, string> problem)
    {
        var regulated = RegulatedAttributes.None;
        bool AsRegulated(CatalogColumn column, RegulatedAttributes field)
        {
            if (row[column] is { } text && CatalogVocabulary.IsAsRegulated(text))
            {
                regulated |= field;
                return true;
            }

            return false;
        }

        T? Parse<T>(CatalogColumn column, TryParse<T> parse, RegulatedAttributes field = RegulatedAttributes.None) where T : struct
        {
            if (row[column] is not { } text || (field != RegulatedAttributes.None && AsRegulated(column, field)))
            {
                return null;
            }

            if (parse(text, out var value, out var error))
            {
                return value;
            }

            problem(column, error!);
            return null;
        }

        int? amount = null;
        TermUnit? unit = null;
        if (AsRegulated(CatalogColumn.TermAmount, RegulatedAttributes.ResolutionTerm))
        {
            // "Según normativa": the term is the regulation's; a unit column beside it says nothing more.
        }
        else if (row[CatalogColumn.TermAmount] is { } termText && row[CatalogColumn.TermUnit] is null
            && CatalogVocabulary.TryParseTermText(termText, out var oneAmount, out var oneUnit, out var termError))
        {
            // "3 meses", "10 días hábiles": the term and its unit in one cell, as most councils write it.
            if (termError is not null)
            {
                problem(CatalogColumn.TermAmount, termError);
            }
            else
            {
                (amount, unit) = (oneAmount, oneUnit);
            }
        }
        else
        {
            amount = Parse<int>(CatalogColumn.TermAmount, CatalogVocabulary.TryParseTermAmount);
            unit = Parse<TermUnit>(CatalogColumn.TermUnit, CatalogVocabulary.TryParseTermUnit);
            if (row[CatalogColumn.TermAmount] is not null && row[CatalogColumn.TermUnit] is null)
            {
                problem(CatalogColumn.TermUnit, "A term needs its unit: 'meses', 'días hábiles' or 'días naturales' (in this column, or in the term's own cell: '3 meses').");
            }
            else if (row[CatalogColumn.TermAmount] is null && row[CatalogColumn.TermUnit] is not null)
            {
                problem(CatalogColumn.TermAmount, "A term unit needs the term: a whole number.");
            }
        }

        IReadOnlyList<LegalReference> legalBasis = [];
        if (row[CatalogColumn.LegalBasis] is { } legalText && !CatalogVocabulary.TryParseLegalBasis(legalText, out legalBasis, out var legalError))
        {
            problem(CatalogColumn.LegalBasis, legalError);
        }

        string? Published(CatalogColumn column)
        {
            var text = row[column];
            if (text is { Length: > ProcedureAttributes.MaxTextLength })
            {
                problem(column, $"This text has {text.Length} characters; it may have at most {ProcedureAttributes.MaxTextLength}.");
                return null;
            }

            return text;
        }

        return new ProcedureAttributes
        {
            Initiation = Parse<Initiation>(CatalogColumn.Initiation, CatalogVocabulary.TryParseInitiation, RegulatedAttributes.Initiation),
            SilenceEffect = Parse<SilenceEffect>(CatalogColumn.SilenceEffect, CatalogVocabulary.TryParseSilenceEffect, RegulatedAttributes.SilenceEffect),
            ResolutionTermAmount = amount,
            ResolutionTermUnit = unit,
            EndsAdministrativeRoute = Parse<bool>(CatalogColumn.EndsAdministrativeRoute, CatalogVocabulary.TryParseBoolean, RegulatedAttributes.EndsAdministrativeRoute),
            ElectronicLevel = Parse<ElectronicLevel>(CatalogColumn.ElectronicLevel, CatalogVocabulary.TryParseElectronicLevel),
            Recipients = Parse<Recipients>(CatalogColumn.Recipients, CatalogVocabulary.TryParseRecipients) ?? Recipients.None,
            Channels = Parse<Channels>(CatalogColumn.Channels, CatalogVocabulary.TryParseChannels) ?? Channels.None,
            Fees = row[CatalogColumn.Fees],
            LegalBasis = legalBasis,
            AsRegulated = regulated,
            Requirements = Published(CatalogColumn.Requirements),
            Documents = Published(CatalogColumn.Documents),
            ResolvingBody = Published(CatalogColumn.ResolvingBody),
            Appeals = Published(CatalogColumn.Appeals),
            SubmissionPeriod = Published(CatalogColumn.SubmissionPeriod),
            Family = Published(CatalogColumn.Family),
        };
    }

    private delegate bool TryParse<T>(string text, out T value, out string? error);

    private static string KeyOf(CatalogEntry entry)
        => entry.LocalId is { } localId ? $"local id {localId}"
            : entry.SiaCode is { } sia ? $"SIA code {sia}"
            : !entry.Offered ? $"not offered {entry.ReferenceCode}"
            : $"name '{entry.LocalName}'";

    /// <summary>A local id or SIA code appears once in a file; so does each match key.</summary>
    private void CheckRepeats(CatalogEntry entry, PlannedRow planned)
    {
        if (entry.LocalId is { } localId && !_localIdsSeen.TryAdd(localId, planned.Number))
        {
            planned.Problem(_table.HeaderOf(CatalogColumn.LocalId), $"Local id '{localId}' is repeated: row {_localIdsSeen[localId]} has it too.");
        }

        if (entry.SiaCode is { } sia && !_siaCodesSeen.TryAdd(sia, planned.Number))
        {
            planned.Problem(_table.HeaderOf(CatalogColumn.SiaCode), $"SIA code {sia} is repeated: row {_siaCodesSeen[sia]} has it too.");
        }

        var key = Text.Fold(planned.Key!);
        if (entry.LocalId is null && entry.SiaCode is null && !_keysSeen.TryAdd(key, planned.Number))
        {
            planned.Problem(entry.Offered ? _table.HeaderOf(CatalogColumn.LocalName) : _table.HeaderOf(CatalogColumn.ReferenceCode),
                $"Row {_keysSeen[key]} is matched by the same {planned.Key}; give the rows local ids to tell them apart.");
        }
    }

    /// <summary>The existing procedure the row updates, or null when it creates one.</summary>
    private CityProcedure? Match(CatalogEntry entry, PlannedRow planned)
    {
        CityProcedure? target;
        if (entry.LocalId is { } localId)
        {
            target = _byLocalId.GetValueOrDefault(localId);
            if (target is { Status: CityProcedureStatus.Withdrawn })
            {
                planned.Problem(_table.HeaderOf(CatalogColumn.LocalId),
                    $"Procedure '{target.LocalName}' with local id '{localId}' is withdrawn; a withdrawn procedure stays as history. Give the row a new local id.");
                return null;
            }

            // A new local id on a row with a SIA code gives that id to the procedure with this SIA code and no local id
            // yet, so a catalog first imported by SIA code can take on local ids.
            if (target is null && entry.SiaCode is { } sia && _bySia.GetValueOrDefault(sia) is { } bySia)
            {
                var withoutLocalId = bySia.Where(p => p.LocalId is null).ToList();
                target = withoutLocalId.Count == 1 ? withoutLocalId[0] : null;
            }
        }
        else if (entry.SiaCode is { } sia)
        {
            var matches = _bySia.GetValueOrDefault(sia);
            if (matches is { Count: > 1 })
            {
                planned.Problem(_table.HeaderOf(CatalogColumn.SiaCode),
                    $"{matches.Count} procedures of the catalog have SIA code {sia}; give the row a local id to say which one it is.");
                return null;
            }

            target = matches?[0];
        }
        else if (!entry.Offered)
        {
            target = _references.TryGetValue(entry.ReferenceCode!, out var reference) ? _notOfferedByReference.GetValueOrDefault(reference.Id) : null;
        }
        else
        {
            target = _byName.GetValueOrDefault(Text.Fold(entry.LocalName));
        }

        if (target is not null && !_targets.TryAdd(target, planned.Number))
        {
            planned.Problem(null, $"The row matches the same procedure ('{target.LocalName}') as row {_targets[target]}.");
            return null;
        }

        if (entry.LocalId is { } newLocalId && target is not null && target.LocalId != newLocalId
            && _byLocalId.TryGetValue(newLocalId, out var holder) && !ReferenceEquals(holder, target))
        {
            planned.Problem(_table.HeaderOf(CatalogColumn.LocalId), CityCatalogRules.Taken("localId", newLocalId, holder).Message);
        }

        return target;
    }

    private void CheckOffered(CatalogEntry entry, CityProcedure target, PlannedRow planned)
    {
        if (target.IsOffered != entry.Offered)
        {
            planned.Problem(_table.HeaderOf(CatalogColumn.Offered), target.IsOffered
                ? $"'{target.LocalName}' is an offered procedure; it cannot become a not-offered declaration. Withdraw it instead."
                : $"'{target.LocalName}' declares a reference procedure not offered; it cannot become an offered procedure. Create a new row for the procedure.");
        }
    }

    /// <summary>
    /// A column the file does not have leaves that field of an existing procedure as it is, so a file of a few columns
    /// (local id and unit, say) updates just those. A column that is present but empty clears the field.
    /// </summary>
    private CatalogEntry KeepAbsentColumns(CatalogEntry entry, CityProcedure target)
    {
        bool Has(CatalogColumn column) => _table.Headers.ContainsKey(column);
        var mine = entry.Attributes;
        var theirs = target.Attributes;
        RegulatedAttributes Regulated(RegulatedAttributes field, CatalogColumn column) => (Has(column) ? mine.AsRegulated : theirs.AsRegulated) & field;
        var keepTerm = !Has(CatalogColumn.TermAmount) && !Has(CatalogColumn.TermUnit);
        return entry with
        {
            LocalId = entry.LocalId ?? target.LocalId,
            Description = Has(CatalogColumn.Description) ? entry.Description : target.Description,
            SiaCode = Has(CatalogColumn.SiaCode) ? entry.SiaCode : target.SiaCode,
            UnitDir3Code = Has(CatalogColumn.UnitDir3Code) ? entry.UnitDir3Code : target.ResponsibleUnitCode,
            ReferenceCode = Has(CatalogColumn.ReferenceCode) ? entry.ReferenceCode : _referenceCodes.GetValueOrDefault(target.ReferenceProcedureId ?? 0),
            Offered = Has(CatalogColumn.Offered) ? entry.Offered : target.IsOffered,
            Attributes = new ProcedureAttributes
            {
                Initiation = Has(CatalogColumn.Initiation) ? mine.Initiation : theirs.Initiation,
                SilenceEffect = Has(CatalogColumn.SilenceEffect) ? mine.SilenceEffect : theirs.SilenceEffect,
                ResolutionTermAmount = keepTerm ? theirs.ResolutionTermAmount : mine.ResolutionTermAmount,
                ResolutionTermUnit = keepTerm ? theirs.ResolutionTermUnit : mine.ResolutionTermUnit,
                EndsAdministrativeRoute = Has(CatalogColumn.EndsAdministrativeRoute) ? mine.EndsAdministrativeRoute : theirs.EndsAdministrativeRoute,
                ElectronicLevel = Has(CatalogColumn.ElectronicLevel) ? mine.ElectronicLevel : theirs.ElectronicLevel,
                Recipients = Has(CatalogColumn.Recipients) ? mine.Recipients : theirs.Recipients,
                Channels = Has(CatalogColumn.Channels) ? mine.Channels : theirs.Channels,
                Fees = Has(CatalogColumn.Fees) ? mine.Fees : theirs.Fees,
                LegalBasis = Has(CatalogColumn.LegalBasis) ? mine.LegalBasis : theirs.LegalBasis,
                AsRegulated = Regulated(RegulatedAttributes.Initiation, CatalogColumn.Initiation) | Regulated(RegulatedAttributes.SilenceEffect, CatalogColumn.SilenceEffect)
                    | (keepTerm ? theirs.AsRegulated & RegulatedAttributes.ResolutionTerm : mine.AsRegulated & RegulatedAttributes.ResolutionTerm)
                    | Regulated(RegulatedAttributes.EndsAdministrativeRoute, CatalogColumn.EndsAdministrativeRoute),
                Requirements = Has(CatalogColumn.Requirements) ? mine.Requirements : theirs.Requirements,
                Documents = Has(CatalogColumn.Documents) ? mine.Documents : theirs.Documents,
                ResolvingBody = Has(CatalogColumn.ResolvingBody) ? mine.ResolvingBody : theirs.ResolvingBody,
                Appeals = Has(CatalogColumn.Appeals) ? mine.Appeals : theirs.Appeals,
                SubmissionPeriod = Has(CatalogColumn.SubmissionPeriod) ? mine.SubmissionPeriod : theirs.SubmissionPeriod,
                Family = Has(CatalogColumn.Family) ? mine.Family : theirs.Family,
            },
        };
    }

    private void Apply(CatalogEntry entry, CityProcedure? target, PlannedRow planned)
    {
        var reference = entry.ReferenceCode is null ? null : _references[entry.ReferenceCode];
        var sia = entry.SiaCode is null ? (SiaCode?)null : SiaCode.Parse(entry.SiaCode);
        var unit = entry.UnitDir3Code is null ? (Dir3Code?)null : Dir3Code.Parse(entry.UnitDir3Code);
        if (target is null)
        {
            CityProcedure created;
            if (entry.Offered)
            {
                created = new CityProcedure(_ine, entry.LocalName, entry.Attributes, At);
                if (entry.Description is not null)
                {
                    created.Describe(entry.LocalName, entry.Description, entry.Attributes, At);
                }

                created.AssignSiaCode(sia, At);
                created.AssignResponsibleUnit(unit, At);
                if (reference is not null)
                {
                    created.MapTo(reference, At);
                }
            }
            else
            {
                created = CityProcedure.NotOffered(_ine, reference!, entry.Description, At);
            }

            created.SetLocalId(entry.LocalId);
            planned.Applied(ImportOutcome.Create, created, AuditSnapshot.Empty, []);
            return;
        }

        var before = AuditSnapshot.Of(target);
        if (entry.Offered)
        {
            if (target.LocalName != entry.LocalName.Trim() || target.Description != entry.Description || !target.Attributes.Equals(entry.Attributes))
            {
                target.Describe(entry.LocalName, entry.Description, entry.Attributes, At);
            }

            if (target.SiaCode != entry.SiaCode)
            {
                target.AssignSiaCode(sia, At);
            }

            if (target.ResponsibleUnitCode != entry.UnitDir3Code)
            {
                target.AssignResponsibleUnit(unit, At);
            }
        }
        else if (target.Description != entry.Description)
        {
            target.Describe(target.LocalName, entry.Description, target.Attributes, At);
        }

        if (reference is null && target.ReferenceProcedureId is not null)
        {
            target.Unmap(At);
        }
        else if (reference is not null && reference.Id != target.ReferenceProcedureId)
        {
            target.MapTo(reference, At);
        }

        if (entry.LocalId is not null && entry.LocalId != target.LocalId)
        {
            target.SetLocalId(entry.LocalId);
        }

        var changes = AuditSnapshot.Of(target).ChangesFrom(before);
        planned.Applied(changes.Count == 0 ? ImportOutcome.Unchanged : ImportOutcome.Update, target, before, changes.Select(c => c.Field).ToList());
    }

    /// <summary>The header of the column a domain rule's field stands for, when there is one.</summary>
    private string? ColumnOfField(string? field) => (field switch
    {
        "localName" => CatalogColumn.LocalName,
        "localId" => CatalogColumn.LocalId,
        "referenceCode" => CatalogColumn.ReferenceCode,
        "responsibleUnit" => CatalogColumn.UnitDir3Code,
        "siaCode" => CatalogColumn.SiaCode,
        "resolutionTerm" => CatalogColumn.TermAmount,
        _ => (CatalogColumn?)null,
    }) is { } column ? _table.HeaderOf(column) : null;

    private sealed class PlannedRow(int number)
    {
        private List<ImportProblem>? _problems;
        private List<CatalogWarning>? _warnings;

        public int Number { get; } = number;

        public string? Key { get; set; }

        /// <summary>The name of an offered row without a reference code, to suggest a mapping for.</summary>
        public string? NameToMap { get; set; }

        /// <summary>The row's description and family, which the suggestions weigh less than its name.</summary>
        public string? DescriptionToMap { get; set; }

        public IReadOnlyList<Domain.Language.NameMatch<ReferenceProcedure>> Suggestions { get; set; } = [];

        /// <summary>The responsible unit the row's column gives, to be checked against the council's tree.</summary>
        public string? UnitGiven { get; set; }

        /// <summary>The SIA code the row's column gives, to be looked up in the mirror.</summary>
        public string? SiaGiven { get; set; }

        public IReadOnlyList<CatalogWarning> Warnings => (IReadOnlyList<CatalogWarning>?)_warnings ?? [];

        public void Warn(CatalogWarning warning) => (_warnings ??= []).Add(warning);

        public ImportOutcome Outcome { get; set; }

        public CityProcedure? Procedure { get; private set; }

        public AuditSnapshot? Before { get; private set; }

        public IReadOnlyList<string> ChangedFields { get; private set; } = [];

        public IReadOnlyList<ImportProblem> Problems => (IReadOnlyList<ImportProblem>?)_problems ?? [];

        public void Problem(string? column, string message) => (_problems ??= []).Add(new ImportProblem(column, message));

        public void Applied(ImportOutcome outcome, CityProcedure procedure, AuditSnapshot before, IReadOnlyList<string> changedFields)
        {
            Outcome = outcome;
            Procedure = procedure;
            Before = before;
            ChangedFields = changedFields;
        }
    }
}
