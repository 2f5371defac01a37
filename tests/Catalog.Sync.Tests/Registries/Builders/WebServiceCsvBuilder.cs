using System.IO.Compression;
using System.Text;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>
/// Writes the DIR3 web-service CSV files with values at the positions GovernIB/dir3caib reads (see
/// <c>Dir3WebServiceReader</c>); every other column is left empty.
/// </summary>
public static class WebServiceCsvBuilder
{
    public static string UnitLine(string code, string name, string status = "V", string level = "3", string? parent = null, string? root = null,
        string? nif = null, string? province = null, string entityType = "AY")
        => Line(56, (0, code), (1, "1"), (2, name), (5, status), (6, nif), (8, level), (9, "1"), (11, parent ?? code), (12, "1"),
            (14, root ?? code), (15, "1"), (17, "N"), (21, entityType), (27, province), (34, "2015-06-01"));

    public static string HistoryLine(string former, string successor, string reason = "Fusión")
        => Line(9, (0, former), (1, "1"), (3, successor), (4, "1"), (6, "V"), (7, reason));

    public static string OfficeLine(string code, string name, string unit, string status = "V", string province = "28", string locality = "6")
        => Line(28, (0, code), (1, name), (2, status), (3, "3"), (4, "1"), (5, unit), (12, "2015-06-01"), (16, "Plaza Mayor"), (17, "1"),
            (19, "28100"), (22, province), (23, locality), (24, "01"));

    public static string RelationLine(string office, string unit, string status = "V") => Line(5, (0, office), (2, unit), (4, status));

    public static string File(int columns, IEnumerable<string> lines)
        => string.Join(';', Enumerable.Range(0, columns).Select(i => $"COL{i}")) + "\n" + string.Join("\n", lines) + "\n";

    /// <summary>A ZIP as the download services return it, with the given files (name → content).</summary>
    public static string Zip(string path, params (string Name, string Content)[] files)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return path;
    }

    private static string Line(int columns, params (int Index, string? Value)[] values)
    {
        var fields = new string[columns];
        Array.Fill(fields, string.Empty);
        foreach (var (index, value) in values)
        {
            fields[index] = value is null ? string.Empty : value.Contains(';', StringComparison.Ordinal) ? $"\"{value}\"" : value;
        }

        return string.Join(';', fields);
    }
}
