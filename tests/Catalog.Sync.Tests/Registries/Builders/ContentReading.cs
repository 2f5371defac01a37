using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Sources;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>Reads a local file or folder the way the loader does (the reader is chosen from the content).</summary>
public static class ContentReading
{
    public static RegistrySourceOptions Source(Registry registry, string location, string name = "test-source", bool fullList = true)
        => new() { Name = name, Registry = registry, Type = RegistrySourceType.File, Location = location, FullList = fullList };

    public static async Task<List<RegistryRow>> ReadAsync(Registry registry, string path)
    {
        await using var content = await new FileRegistrySource(Source(registry, path)).FetchAsync();
        using var reader = RegistryContentReader.Open(content);
        return [.. reader.Rows];
    }
}
