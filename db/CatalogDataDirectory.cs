using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Catalog.Db;

/// <summary>
/// The one folder every entry point (the API server, its commands, the sync commands and worker) keeps its files in:
/// the SQLite database, the generated signing key, and any relative path in configuration. Relative paths resolve
/// against it, never against the working directory, so a command started anywhere sees the server's data.
/// </summary>
public static class CatalogDataDirectory
{
    /// <summary>The configuration key that sets the folder explicitly (a relative value is taken from the working directory).</summary>
    public const string Key = "Catalog:DataDirectory";

    /// <summary>The file that marks the root of a source checkout.</summary>
    public const string CheckoutMarker = "ProceduresCatalog.sln";

    /// <summary>
    /// <c>Catalog:DataDirectory</c> when set; otherwise <c>data/</c> at the root of the source checkout the program
    /// was built in (found by walking up from the program's folder to <see cref="CheckoutMarker"/>), else
    /// <c>data/</c> beside the program (a published build).
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Key];
        return string.IsNullOrWhiteSpace(configured) ? Default(AppContext.BaseDirectory) : Path.GetFullPath(configured);
    }

    /// <summary>The default folder for a program whose files are in <paramref name="programDirectory"/>.</summary>
    public static string Default(string programDirectory)
    {
        for (var dir = new DirectoryInfo(programDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, CheckoutMarker)))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.Combine(Path.GetFullPath(programDirectory), "data");
    }

    /// <summary>A path from configuration, made absolute against the data directory when it is relative.</summary>
    public static string ResolvePath(IConfiguration configuration, string path) => Path.GetFullPath(path, Resolve(configuration));

    /// <summary>A SQLite connection string whose relative Data Source is made absolute against <paramref name="dataDirectory"/>.</summary>
    public static string ResolveSqliteConnection(string connectionString, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, dataDirectory);
        return builder.ToString();
    }
}
