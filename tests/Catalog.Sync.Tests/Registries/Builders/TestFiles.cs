using Catalog.Testing;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>Test data files and a scratch folder per test class, deleted afterwards.</summary>
public sealed class TestFiles : IDisposable
{
    public TestFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"catalog-registries-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The real list of 1,159 institutional units in the official layout (docs/registries.md).</summary>
    public static string RealInstitutionalList => RepositoryPaths.Combine("tests", "Catalog.Sync.Tests", "Registries", "TestData", "Listado Unidades Institucionales.xlsx");

    public string Folder { get; }

    public string PathFor(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        var path = PathFor(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A copy of a file cut to a fraction of its length, as a broken download leaves it.</summary>
    public string Truncated(string source, string name, double fraction = 0.5)
    {
        var bytes = File.ReadAllBytes(source);
        var path = PathFor(name);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
