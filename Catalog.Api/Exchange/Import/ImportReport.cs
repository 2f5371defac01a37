using System.Globalization;
using System.Text;
using Catalog.Api.Exchange.Formats;

namespace Catalog.Api.Exchange.Import;

/// <summary>What an import does (or would do, in a dry run) with one row.</summary>
public enum ImportOutcome
{
    /// <summary>A new procedure is added to the catalog.</summary>
    Create,
    /// <summary>An existing procedure changes; <see cref="ImportRowReport.ChangedFields"/> says which fields.</summary>
    Update,
    /// <summary>The row matches an existing procedure that already has these values.</summary>
    Unchanged,
    /// <summary>The row has problems; nothing is written while any row is invalid.</summary>
    Invalid,
}

/// <summary>One problem of a row: the column (as the file names it; null for the row as a whole) and what is wrong.</summary>
public sealed record ImportProblem(string? Column, string Message);

/// <summary>
/// The report of one row: its number in the file, how it is matched, its outcome, changes and problems, and the
/// warnings of an accepted row (codes the mirror does not know yet, as the editor's mutations give them).
/// </summary>
public sealed record ImportRowReport(int Row, string? Key, ImportOutcome Outcome, IReadOnlyList<string> ChangedFields, IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<Domain.CityCatalog.CatalogWarning> Warnings)
{
    /// <summary>In a dry run, for an offered row without a reference code: the reference procedures it may be mapped to, best first.</summary>
    public IReadOnlyList<Domain.Language.NameMatch<Domain.ReferenceCatalog.ReferenceProcedure>> Suggestions { get; init; } = [];
}

/// <summary>
/// The result of an import or dry run: per-row outcomes and problems, and whether anything was written. An import is
/// all or nothing: when any row is invalid, <see cref="Committed"/> is false and the catalog is as it was.
/// </summary>
public sealed record ImportReport(string MunicipalityIneCode, string MunicipalityName, CatalogFormat Format, bool DryRun, bool Committed,
    IReadOnlyList<ImportRowReport> Rows)
{
    /// <summary>The file's headers as read: the column each gives, or why it is ignored.</summary>
    public IReadOnlyList<DetectedColumn> Columns { get; init; } = [];

    /// <summary>The headers the import left out (unknown, mapped to nothing, or repeating a column), in file order.</summary>
    public IReadOnlyList<DetectedColumn> IgnoredColumns => Columns.Where(c => c.Column is null).ToList();

    public int Created => Count(ImportOutcome.Create);

    public int Updated => Count(ImportOutcome.Update);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Invalid => Count(ImportOutcome.Invalid);

    /// <summary>True when every row is valid (a commit of this file writes it).</summary>
    public bool IsValid => Invalid == 0;

    /// <summary>A text summary for the command line: the counts, then each invalid row's problems (at most <paramref name="maxProblems"/>).</summary>
    public string Describe(int maxProblems = 200)
    {
        var text = new StringBuilder();
        var what = DryRun ? "Dry run" : Committed ? "Imported" : "Not imported";
        text.Append(CultureInfo.InvariantCulture, $"{what}: {MunicipalityName} ({MunicipalityIneCode}), {Rows.Count} rows from {Format}: ")
            .Append(CultureInfo.InvariantCulture, $"{Created} to create, {Updated} to update, {Unchanged} unchanged, {Invalid} invalid.");
        if (!DryRun && !Committed)
        {
            text.Append(" Nothing was written: fix the rows below and import again.");
        }

        text.AppendLine();
        if (IgnoredColumns.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Ignored column{(IgnoredColumns.Count > 1 ? "s" : "")} (map one with --map \"Header=field\"): {string.Join(", ", IgnoredColumns.Select(c => $"'{c.Header}' ({c.IgnoredBecause})"))}.");
        }

        var shown = 0;
        foreach (var row in Rows.Where(r => r.Problems.Count > 0))
        {
            foreach (var problem in row.Problems)
            {
                if (shown++ == maxProblems)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"… and more problems ({Rows.Sum(r => r.Problems.Count)} in all).");
                    return text.ToString();
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"  row {row.Row}{(problem.Column is null ? "" : $", {problem.Column}")}: {problem.Message}");
            }
        }

        return text.ToString();
    }

    private int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
