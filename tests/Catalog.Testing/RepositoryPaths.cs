namespace Catalog.Testing;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProceduresCatalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProceduresCatalog.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding ProceduresCatalog.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
