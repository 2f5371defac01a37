using Catalog.Db;
using Catalog.Sync.Tests.Registries.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Sync.Tests.Registries;

/// <summary>The <c>load</c> command on a SQLite file: exit codes and what reaches the mirror.</summary>
public sealed class LoadCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly ServiceProvider _services;

    public LoadCommandTests()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddCatalogDatabase(new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={_files.PathFor("catalog.db")};Pooling=False"))
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private async Task<int> UnitCountAsync()
    {
        await using var db = _services.GetRequiredService<CatalogDbContextFactory>().CreateDbContext();
        return await db.Units.CountAsync();
    }

    [Fact]
    public async Task Loading_the_real_list_exits_zero_and_fills_the_mirror()
    {
        var exit = await SyncCommandLine.RunAsync(["load", "dir3", TestFiles.RealInstitutionalList], TextWriter.Null, TextWriter.Null, _services);

        Assert.Equal(0, exit);
        Assert.Equal(1159, await UnitCountAsync());
    }

    [Fact]
    public async Task A_bad_file_exits_non_zero_and_loads_nothing()
    {
        var exit = await SyncCommandLine.RunAsync(["load", "dir3", _files.Truncated(TestFiles.RealInstitutionalList, "cut.xlsx")], TextWriter.Null, TextWriter.Null, _services);

        Assert.Equal(1, exit);
        Assert.Equal(0, await UnitCountAsync());
    }

    [Fact]
    public async Task An_unknown_registry_is_a_usage_error()
    {
        Assert.Equal(2, await SyncCommandLine.RunAsync(["load", "dir4", "x.xlsx"], TextWriter.Null, TextWriter.Null, _services));
    }
}
