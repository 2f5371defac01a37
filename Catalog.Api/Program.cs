using Catalog.Api;

// `dotnet run --project Catalog.Api -- <command> …` runs a command-line tool (token, import, export) instead of the server.
if (ApiCommandLine.Find(args) is { } command)
{
    return await ApiCommandLine.RunAsync(command, args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.InitializeCatalogDatabaseAsync();
app.MapCatalogApi();
await app.RunAsync();
return 0;

/// <summary>The API host's entry point; public so tests can start it through WebApplicationFactory.</summary>
public partial class Program;
