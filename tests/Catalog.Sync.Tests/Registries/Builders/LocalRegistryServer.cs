using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Tests.Registries.Builders;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) that serves registry files the way real servers fail: a list,
/// a server that fails twice before answering, a 500, a slow answer, an HTML page, too much content, and SOAP
/// services that answer, fault, or return a base64 ZIP. Stopped when the test class is done.
/// </summary>
public sealed class LocalRegistryServer : IAsyncDisposable, IAsyncLifetime
{
    private WebApplication? _app;
    private int _flakyCalls;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The last SOAPAction header received.</summary>
    public string? LastSoapAction { get; private set; }

    public byte[] Dir3Zip { get; set; } = [];

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async Task InitializeAsync()
    {
        var app = Loopback.Create();
        var list = await File.ReadAllBytesAsync(TestFiles.RealInstitutionalList);
        app.MapGet("/list.xlsx", () => Results.Bytes(list, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        app.MapGet("/flaky.xlsx", () => Interlocked.Increment(ref _flakyCalls) <= 2 ? Results.StatusCode(503) : Results.Bytes(list, "application/octet-stream"));
        app.MapGet("/broken", () => Results.StatusCode(500));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/slow", async (CancellationToken token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return Results.Bytes(list);
        });
        app.MapGet("/login.xlsx", () => Results.Content("<!DOCTYPE html><html><body><h1>Inicie sesión</h1></body></html>", "text/html"));
        app.MapGet("/big", () => Results.Bytes(new byte[4096]));
        app.MapPost("/soap/sia", (HttpRequest request) =>
        {
            LastSoapAction = request.Headers["SOAPAction"];
            return Results.Content(SiaXmlBuilder.Envelope([new SiaTestEntry("2094606", "Licencia de obra mayor"), new SiaTestEntry("2094607", "Cédula de habitabilidad")]), "text/xml");
        });
        app.MapPost("/soap/fault", () => Results.Content(SiaXmlBuilder.Fault("Usuario o clave incorrectos"), "text/xml", statusCode: 500));
        app.MapPost("/soap/dir3", () => Results.Content(
            $"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns:exportarResponse xmlns:ns=\"http://ws.dir3\"><return><codigo>OK</codigo><descripcion>Correcto</descripcion><fichero>{Convert.ToBase64String(Dir3Zip)}</fichero></return></ns:exportarResponse></soap:Body></soap:Envelope>",
            "text/xml"));
        app.MapPost("/soap/dir3-empty", () => Results.Content(
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><return><codigo>ERR01</codigo><descripcion>Credenciales no válidas</descripcion></return></soap:Body></soap:Envelope>", "text/xml"));
        _app = app;
        BaseAddress = await Loopback.StartAsync(app);
    }

    public async Task DisposeAsync()
    {
        await Loopback.StopAsync(_app);
        _app = null;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
