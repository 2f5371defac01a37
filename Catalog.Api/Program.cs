using Catalog.Api;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.InitializeCatalogDatabaseAsync();
app.MapCatalogApi();
await app.RunAsync();

/// <summary>The API host's entry point; public so tests can start it through WebApplicationFactory.</summary>
public partial class Program;
