using Catalog.Api;
using Catalog.Sync;

// `dotnet run --project Catalog.Api -- <command> …` runs a command-line tool (token, import, export, help); with no
// command it starts the server.
return await ApiCommandLine.InvokeAsync(args, RunServerAsync);

static async Task<int> RunServerAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddCatalogSettings(builder.Environment, hostFile: "appsettings");
    builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);

    var app = builder.Build();
    Console.WriteLine(CatalogSettings.DescribeDatabase(app.Configuration));
    await app.InitializeCatalogDatabaseAsync();
    app.MapCatalogApi();
    await app.RunAsync();
    return 0;
}

/// <summary>The API host's entry point; public so tests can start it through WebApplicationFactory.</summary>
public partial class Program;
