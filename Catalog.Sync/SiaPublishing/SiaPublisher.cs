using System.Globalization;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;
using Catalog.Domain.SiaPublishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.SiaPublishing;

/// <summary>What one pass of the sender did.</summary>
public sealed record SiaPublishPass(int Accepted, int Stopped, int Incomplete, int RetryLater, int Discarded)
{
    public static SiaPublishPass None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>How many operations the pass settled or moved (0: nothing was due).</summary>
    public int Handled => Accepted + Stopped + Incomplete + RetryLater + Discarded;

    public SiaPublishPass Add(SiaPublishPass other) => new(Accepted + other.Accepted, Stopped + other.Stopped,
        Incomplete + other.Incomplete, RetryLater + other.RetryLater, Discarded + other.Discarded);
}

/// <summary>
/// Sends the SIA publishing queue. Each procedure's operations go out one at a time in queue order; an operation is
/// claimed with a lease (one conditional UPDATE), so two senders on one database never send the same one. Before a
/// request leaves, the attempt is saved: a sender that dies between sending and recording leaves an operation that
/// says it may have reached SIA, and the next sender asks SIA (consultarSIA) before sending an alta again.
/// Transient failures are retried with back-off for as long as SIA stays away; a rejection, a fault or an unreadable
/// answer stops that procedure's queue until a person retries or discards the operation.
/// </summary>
public sealed class SiaPublisher(IDbContextFactory<CatalogDbContext> databases, SiaPublishOptions options, SiaUpdateClient client,
    TimeProvider clock, ILogger<SiaPublisher> logger)
{
    private static readonly SiaPublicationState[] Settled = [SiaPublicationState.Accepted, SiaPublicationState.Discarded];

    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends what is due, for one municipality or all published ones, until nothing more is due.</summary>
    public async Task<SiaPublishPass> RunOnceAsync(string? municipality = null, CancellationToken cancellationToken = default)
    {
        if (!options.Enabled || options.Municipalities.Count == 0)
        {
            return SiaPublishPass.None;
        }

        var total = SiaPublishPass.None;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueAsync(municipality, cancellationToken);
            var pass = SiaPublishPass.None;
            foreach (var id in due)
            {
                if (await ClaimAsync(id, cancellationToken))
                {
                    pass = pass.Add(await ProcessAsync(id, cancellationToken));
                }
            }

            total = total.Add(pass);
            // Accepted operations make the next ones of their procedures due; a pass that only postponed things is the last.
            if (due.Count == 0 || pass.Accepted + pass.Discarded == 0)
            {
                return total;
            }
        }

        return total;
    }

    /// <summary>The oldest open operation of each procedure, when it is due and free.</summary>
    private async Task<List<long>> DueAsync(string? municipality, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var published = options.Municipalities.ToList();
        return await db.SiaPublications
            .Where(p => (p.State == SiaPublicationState.Pending || p.State == SiaPublicationState.Sending)
                && (p.NextAttemptAt == null || p.NextAttemptAt <= now)
                && (p.LeaseUntil == null || p.LeaseUntil < now)
                && published.Contains(p.MunicipalityIneCode)
                && (municipality == null || p.MunicipalityIneCode == municipality)
                && !db.SiaPublications.Any(q => q.CityProcedureId == p.CityProcedureId && q.Id < p.Id && !Settled.Contains(q.State)))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(100).ToListAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(options.LeaseSeconds);
        return await db.SiaPublications
            .Where(p => p.Id == id && (p.State == SiaPublicationState.Pending || p.State == SiaPublicationState.Sending)
                && (p.LeaseUntil == null || p.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, SiaPublicationState.Sending)
                .SetProperty(p => p.LeaseOwner, _instance).SetProperty(p => p.LeaseUntil, until), cancellationToken) == 1;
    }

    private async Task<SiaPublishPass> ProcessAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var publication = await db.SiaPublications.SingleAsync(p => p.Id == id, cancellationToken);
        var procedure = await db.CityProcedures.Include(p => p.ReferenceProcedure!.Process).SingleAsync(p => p.Id == publication.CityProcedureId, cancellationToken);
        var council = await db.Municipalities.Where(m => m.IneCode == procedure.MunicipalityIneCode).Select(m => m.CouncilDir3Code).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var siaCode = procedure.SiaCode ?? await LastCodeAsync(db, procedure.Id, cancellationToken);

        if (Resolve(publication.Operation, siaCode) is var operation && operation != publication.Operation)
        {
            publication.SendAs(operation, now);
        }

        var (actuacion, readiness) = SiaMapping.Map(procedure, council, options.Codes);
        actuacion = actuacion with { SiaCode = siaCode ?? string.Empty };

        // An alta that may have reached SIA (sent, no answer recorded) is looked up before it is sent again.
        // A baja without a code asks SIA whether an earlier alta reached it.
        if (siaCode is null && (publication.Operation == SiaOperation.Baja || publication.Operation == SiaOperation.Alta && publication.SentAt is not null))
        {
            var found = await client.LookupAsync(actuacion.OrganismN1, actuacion.OrganismN2, null, cancellationToken);
            if (found is null)
            {
                publication.RetryLater("No se pudo consultar SIA para saber si ya recibió el alta; no se reenvía hasta saberlo.", null, null, NextAttempt(publication, now), now);
                return await SaveAsync(db, SiaPublishPass.None with { RetryLater = 1 }, cancellationToken);
            }

            var entry = found.FirstOrDefault(e => Text.Fold(e.Name) == Text.Fold(procedure.LocalName));
            if (entry is not null)
            {
                siaCode = entry.Code;
                actuacion = actuacion with { SiaCode = siaCode };
                if (publication.Operation == SiaOperation.Alta)
                {
                    publication.Accept(entry.Code, null, null, $"SIA ya tenía el alta con el código {entry.Code} (comprobado con consultarSIA); no se volvió a enviar.", null, null, now);
                    RecordCode(procedure, entry.Code, now);
                    return await SaveAsync(db, SiaPublishPass.None with { Accepted = 1 }, cancellationToken);
                }
            }
            else if (publication.Operation == SiaOperation.Baja)
            {
                publication.Accept(null, null, null, "SIA no tiene este procedimiento: no hay nada que dar de baja.", null, null, now);
                return await SaveAsync(db, SiaPublishPass.None with { Accepted = 1 }, cancellationToken);
            }
        }

        if (publication.Operation is SiaOperation.Alta or SiaOperation.Modificacion && !readiness.IsReady)
        {
            publication.WaitForData("No se envía a SIA hasta completar: " + readiness, now);
            return await SaveAsync(db, SiaPublishPass.None with { Incomplete = 1 }, cancellationToken);
        }

        publication.MarkSent(client.AuditEnvelope(actuacion, publication.Operation), now);
        await db.SaveChangesAsync(cancellationToken);

        var result = await client.SendAsync(actuacion, publication.Operation, cancellationToken);
        now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case SiaOutcome.Accepted:
                publication.Accept(result.SiaCode ?? siaCode, result.ResultCode, result.ResultMessage, result.Reason, result.Response, result.HttpStatus, now);
                if (publication.Operation == SiaOperation.Alta && result.SiaCode is { } code)
                {
                    RecordCode(procedure, code, now);
                }

                return await SaveAsync(db, SiaPublishPass.None with { Accepted = 1 }, cancellationToken);
            case SiaOutcome.Transient:
                publication.RetryLater(result.Reason, result.Response, result.HttpStatus, NextAttempt(publication, now), now);
                logger.LogWarning("SIA operation {Id} for procedure {Procedure}: {Reason}", id, procedure.Id, result.Reason);
                return await SaveAsync(db, SiaPublishPass.None with { RetryLater = 1 }, cancellationToken);
            default:
                var state = result.Outcome switch
                {
                    SiaOutcome.Rejected => SiaPublicationState.Rejected,
                    SiaOutcome.Fault => SiaPublicationState.Fault,
                    _ => SiaPublicationState.Malformed,
                };
                publication.Stop(state, result.ResultCode, result.ResultMessage, result.Reason, result.Response, result.HttpStatus, now);
                logger.LogWarning("SIA operation {Id} for procedure {Procedure} stopped ({State}): {Reason}", id, procedure.Id, state, result.Reason);
                return await SaveAsync(db, SiaPublishPass.None with { Stopped = 1 }, cancellationToken);
        }
    }

    /// <summary>The operation follows what SIA has: no code yet means an alta; a code means a modificación, not a second alta.</summary>
    public static SiaOperation Resolve(SiaOperation queued, string? siaCode) => queued switch
    {
        SiaOperation.Modificacion or SiaOperation.Reactivacion when siaCode is null => SiaOperation.Alta,
        SiaOperation.Alta when siaCode is not null => SiaOperation.Modificacion,
        _ => queued,
    };

    /// <summary>The code an earlier accepted alta got (the procedure may have been withdrawn before it could keep it).</summary>
    private static Task<string?> LastCodeAsync(CatalogDbContext db, long procedure, CancellationToken cancellationToken)
        => db.SiaPublications.Where(p => p.CityProcedureId == procedure && p.State == SiaPublicationState.Accepted && p.SiaCode != null)
            .OrderByDescending(p => p.Id).Select(p => p.SiaCode).FirstOrDefaultAsync(cancellationToken);

    private static void RecordCode(CityProcedure procedure, string code, DateTimeOffset now)
    {
        if (procedure.Status == CityProcedureStatus.Active && procedure.SiaCode != code && SiaCode.TryParse(code, out var parsed))
        {
            procedure.AssignSiaCode(parsed, now);
        }
    }

    private TimeSpan Backoff(int attempts)
        => TimeSpan.FromSeconds(Math.Min(options.MaxRetryDelaySeconds, options.RetryDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    private DateTimeOffset NextAttempt(SiaPublication publication, DateTimeOffset now) => now + Backoff(Math.Max(1, publication.Attempts));

    /// <summary>Saves SIA's answer; an editor's concurrent save of the same procedure is re-read and the code set again.</summary>
    private static async Task<SiaPublishPass> SaveAsync(CatalogDbContext db, SiaPublishPass pass, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return pass;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                foreach (var entry in db.ChangeTracker.Entries<CityProcedure>().Where(e => e.State == EntityState.Modified).ToList())
                {
                    var code = entry.Entity.SiaCode;
                    await entry.ReloadAsync(cancellationToken);
                    if (code is not null)
                    {
                        RecordCode(entry.Entity, code, DateTimeOffset.UtcNow);
                    }
                }
            }
        }
    }
}
