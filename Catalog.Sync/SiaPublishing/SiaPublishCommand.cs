using System.CommandLine;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.Codes;
using Catalog.Domain.SiaPublishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.SiaPublishing;

/// <summary>
/// <c>sia-publish --municipality X [--dry-run]</c>: queues the first operation of every procedure of the catalog SIA
/// has not been asked about, sends the municipality's queue now and prints where each operation stands; with
/// <c>--dry-run</c>, prints the XML that would be sent and changes nothing.
/// </summary>
internal static class SiaPublishCommand
{
    public static Command Create()
    {
        var municipality = new Option<string>("--municipality") { Description = "the municipality whose catalog is published (INE or council DIR3 code)", HelpName = "code", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "print the XML that would be sent to SIA; send and change nothing" };
        return new SyncCommand("sia-publish", "publish a municipality's catalog to SIA (actualizarSIA_v3_1) and print the result; exit 1 when an operation needs a person", context =>
            RunAsync(context, context.Parse.GetValue(municipality)!, context.Parse.GetValue(dryRun)))
        {
            municipality, dryRun,
        };
    }

    private static async Task<int> RunAsync(SyncCommandContext context, string code, bool dryRun)
    {
        var services = context.Services;
        var cancellationToken = context.Cancellation;
        var output = context.Output;
        var includeDemo = CatalogSettings.SeedsDemoData(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        var factory = services.GetRequiredService<CatalogDbContextFactory>();
        await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: true, includeDemo,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.SiaPublish"), cancellationToken);
        if (!MunicipalityCode.TryParse(code, out var ine, out var error))
        {
            await context.Error.WriteLineAsync(error);
            return CatalogCommandLine.UsageError;
        }

        await using (var db = factory.CreateDbContext())
        {
            if (!await db.Municipalities.AnyAsync(m => m.IneCode == ine.Value, cancellationToken))
            {
                await context.Error.WriteLineAsync(MunicipalityCode.UnknownMessage(ine));
                return CatalogCommandLine.UsageError;
            }
        }

        var catalog = services.GetRequiredService<SiaCatalogPublishing>();
        if (dryRun)
        {
            var items = await catalog.DryRunAsync(ine.Value, cancellationToken);
            foreach (var item in items)
            {
                await output.WriteLineAsync($"== {item.Name} (procedimiento {item.ProcedureId}): {item.Operation.Spanish()}{(item.Queued ? ", en cola" : string.Empty)}; {item.Readiness}");
                await output.WriteLineAsync(item.Envelope);
            }

            var ready = items.Count(i => i.Readiness.IsReady);
            await output.WriteLineAsync($"Simulación: {items.Count} operaciones, {ready} listas para enviar, {items.Count - ready} con datos por completar. No se ha enviado ni cambiado nada.");
            return 0;
        }

        try
        {
            catalog.RequirePublished(ine.Value);
        }
        catch (DomainRuleException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return CatalogCommandLine.UsageError;
        }

        var queued = await catalog.QueueCatalogAsync(ine.Value, cancellationToken);
        await output.WriteLineAsync($"{queued} procedimientos puestos en cola por primera vez.");
        var pass = await services.GetRequiredService<SiaPublisher>().RunOnceAsync(ine.Value, cancellationToken);
        await using var read = factory.CreateDbContext();
        var open = await read.SiaPublications.Where(p => p.MunicipalityIneCode == ine.Value && p.State != SiaPublicationState.Accepted && p.State != SiaPublicationState.Discarded)
            .OrderBy(p => p.Id).Join(read.CityProcedures, p => p.CityProcedureId, c => c.Id, (p, c) => new { p.Id, p.Operation, p.State, p.Reason, c.LocalName })
            .ToListAsync(cancellationToken);
        foreach (var item in open)
        {
            await output.WriteLineAsync($"  {item.LocalName}: {item.Operation.Spanish()} {Spanish(item.State)}. {item.Reason}");
        }

        await output.WriteLineAsync($"Aceptadas por SIA: {pass.Accepted}; detenidas hasta que alguien actúe: {pass.Stopped}; con datos por completar: {pass.Incomplete}; " +
            $"se reintentarán: {pass.RetryLater}; descartadas: {pass.Discarded}. Pendientes en total: {open.Count}.");
        if (open.Any(o => o.State == SiaPublicationState.Incomplete))
        {
            await output.WriteLineAsync("Los códigos SIA de los valores del catálogo (canales, destinatarios, materias, rangos, plazos) se configuran en Sia:Publish:Codes:*; véase «Publishing to SIA» en el README.");
        }

        return open.Any(o => o.State is SiaPublicationState.Rejected or SiaPublicationState.Fault or SiaPublicationState.Malformed) ? 1 : 0;
    }

    public static string Spanish(SiaPublicationState state) => state switch
    {
        SiaPublicationState.Pending => "pendiente",
        SiaPublicationState.Sending => "enviándose",
        SiaPublicationState.Incomplete => "a la espera de datos",
        SiaPublicationState.Accepted => "aceptada",
        SiaPublicationState.Rejected => "rechazada por SIA",
        SiaPublicationState.Fault => "con error SOAP",
        SiaPublicationState.Malformed => "con respuesta ilegible",
        _ => "descartada",
    };
}
