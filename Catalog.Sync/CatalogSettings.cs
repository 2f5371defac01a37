using Catalog.Db;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Catalog.Sync;

/// <summary>
/// The settings the API host and the sync program share (database, <c>Sync:Sources</c>, <c>Sync:Schedule</c>, the
/// demo-data switch), kept in one file both load from beside the program, <c>catalogsettings.json</c> and
/// <c>catalogsettings.{Environment}.json</c>, so the CLI's <c>run</c> and the API's scheduler reconcile the same
/// sources on the same database. Each host's own files, environment variables and arguments still override them.
/// </summary>
public static class CatalogSettings
{
    /// <summary>The shared file's name, without extension.</summary>
    public const string FileName = "catalogsettings";

    /// <summary>
    /// Adds the shared files (and the host's own <paramref name="hostFile"/> files from the program's folder, so they
    /// are found whatever the working directory) under every other source, lowest priority first.
    /// </summary>
    public static void AddCatalogSettings(this IConfigurationManager configuration, IHostEnvironment environment, string? hostFile = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = AppContext.BaseDirectory;
        var files = new List<string> { $"{FileName}.json", $"{FileName}.{environment.EnvironmentName}.json" };
        if (hostFile is not null && !SameFolder(folder, environment.ContentRootPath))
        {
            files.Add($"{hostFile}.json");
            files.Add($"{hostFile}.{environment.EnvironmentName}.json");
        }

        var index = 0;
        foreach (var file in files)
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = Path.Combine(folder, file), Optional = true };
            source.ResolveFileProvider();
            configuration.Sources.Insert(index++, source);
        }
    }

    /// <summary>Whether the demo city catalogs are seeded: <c>Database:SeedDemoData</c>, else in Development only.</summary>
    public static bool SeedsDemoData(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return configuration.GetValue<bool?>("Database:SeedDemoData") ?? environment.IsDevelopment();
    }

    /// <summary>The line every entry point prints at start-up: which database it opens.</summary>
    public static string DescribeDatabase(IConfiguration configuration) => CatalogDatabaseOptions.FromConfiguration(configuration).Describe();

    private static bool SameFolder(string a, string b)
        => string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
