using Catalog.Domain.Reconciliation;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>
/// What loading one source did to the mirror. The code sets let the reconciliation revisit only the municipalities
/// whose units or SIA entries were touched.
/// </summary>
public sealed record MirrorLoadResult
{
    /// <summary>The configured source's name.</summary>
    public required string SourceName { get; init; }

    /// <summary>The registry the source feeds.</summary>
    public required Registry Registry { get; init; }

    /// <summary>What the content was: a DIR3 list (AGE, CCAA, EELL…), WS for the web-service CSVs, or SIA XML/CSV.</summary>
    public required string ContentKind { get; init; }

    /// <summary>SHA-256 of the content loaded, as recorded on the source's state.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Data rows read (blank spreadsheet rows are not rows).</summary>
    public int RowsRead { get; init; }

    /// <summary>Rows read and not rejected.</summary>
    public int RowsAccepted { get; init; }

    /// <summary>Rows rejected, for any reason.</summary>
    public int RowsRejected => RejectedByReason.Values.Sum();

    /// <summary>Rejected rows counted by reason.</summary>
    public required IReadOnlyDictionary<RejectionReason, int> RejectedByReason { get; init; }

    /// <summary>The first rejected rows (at most <see cref="MirrorLoadOptions.MaxReportedRejections"/>), with file, row, column and reason.</summary>
    public required IReadOnlyList<RejectedRow> Rejections { get; init; }

    /// <summary>Units added, changed and gone.</summary>
    public ChangeCounts Units { get; init; } = ChangeCounts.None;

    /// <summary>Offices added, changed and gone.</summary>
    public ChangeCounts Offices { get; init; } = ChangeCounts.None;

    /// <summary>SIA entries added, changed and gone.</summary>
    public ChangeCounts SiaEntries { get; init; } = ChangeCounts.None;

    /// <summary>DIR3 codes of units new to the mirror.</summary>
    public IReadOnlySet<string> AddedUnitCodes { get; init; } = new HashSet<string>();

    /// <summary>DIR3 codes of units whose facts changed (or that came back after being gone).</summary>
    public IReadOnlySet<string> ChangedUnitCodes { get; init; } = new HashSet<string>();

    /// <summary>DIR3 codes of units newly marked gone.</summary>
    public IReadOnlySet<string> GoneUnitCodes { get; init; } = new HashSet<string>();

    /// <summary>SIA codes new to the mirror.</summary>
    public IReadOnlySet<string> AddedSiaCodes { get; init; } = new HashSet<string>();

    /// <summary>SIA codes whose facts changed (or that came back after being gone).</summary>
    public IReadOnlySet<string> ChangedSiaCodes { get; init; } = new HashSet<string>();

    /// <summary>SIA codes newly marked gone.</summary>
    public IReadOnlySet<string> GoneSiaCodes { get; init; } = new HashSet<string>();

    /// <summary>How many changed rows changed each field (field name → rows), over units, offices and SIA entries.</summary>
    public IReadOnlyDictionary<string, int> ChangedFields { get; init; } = new Dictionary<string, int>();

    /// <summary>History links (<c>HistoricosUO</c>) added.</summary>
    public int SuccessionsAdded { get; init; }

    /// <summary>Office-unit relations added or with a changed status.</summary>
    public int OfficeRelationsAddedOrChanged { get; init; }

    /// <summary>Units read whose parent is neither in this content nor in the mirror. They are kept, and counted here.</summary>
    public int UnresolvedParents { get; init; }

    /// <summary>Units read that are the root of their hierarchy (their parent is themselves).</summary>
    public int RootUnits { get; init; }

    /// <summary>How long the load took, reading and writing.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Every unit code added, changed or gone.</summary>
    public IEnumerable<string> TouchedUnitCodes => AddedUnitCodes.Concat(ChangedUnitCodes).Concat(GoneUnitCodes);

    /// <summary>Every SIA code added, changed or gone.</summary>
    public IEnumerable<string> TouchedSiaCodes => AddedSiaCodes.Concat(ChangedSiaCodes).Concat(GoneSiaCodes);
}

/// <summary>Settings of one load.</summary>
public sealed record MirrorLoadOptions
{
    /// <summary>Rows written per batch.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>How many rejected rows the result lists in full (all are counted).</summary>
    public int MaxReportedRejections { get; init; } = 1000;

    /// <summary>The sync run that loads, recorded on the source's state.</summary>
    public long? RunId { get; init; }
}

/// <summary>Progress of a load, reported every few thousand rows.</summary>
public sealed record MirrorLoadProgress(string Phase, int RowsRead, int RowsRejected);
