using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Catalog.Testing;

/// <summary>One POST a <see cref="WebhookReceiver"/> got, and what it answered.</summary>
public sealed record ReceivedWebhook(int Number, byte[] Body, string? ContentType, string? Signature, int AnsweredStatus)
{
    /// <summary>The CloudEvent's attributes and data.</summary>
    public JsonElement Event => JsonDocument.Parse(Body).RootElement;

    public string Id => Event.GetProperty("id").GetString()!;
}

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel on a free port) that records every request and answers what the test
/// says for the n-th one (200 unless told otherwise). Disposing it stops it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Func<int, int> _status;
    private int _count;

    private WebhookReceiver(Func<int, int> status)
    {
        _status = status;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var number = Interlocked.Increment(ref _count);
            var status = _status(number);
            lock (_received)
            {
                _received.Add(new ReceivedWebhook(number, buffer.ToArray(), context.Request.ContentType, context.Request.Headers["X-Catalog-Signature"].ToString(), status));
            }

            context.Response.StatusCode = status;
        });
    }

    public string Url { get; private set; } = string.Empty;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The requests it answered 2xx.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. Received.Where(r => r.AnsweredStatus is >= 200 and < 300)];

    /// <param name="status">The status to answer the n-th request (from 1) with.</param>
    public static async Task<WebhookReceiver> StartAsync(Func<int, int>? status = null)
    {
        var receiver = new WebhookReceiver(status ?? (_ => 200));
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for what was received, failing after <paramref name="seconds"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, int seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition(Received))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {seconds} s for {what}; received {Received.Count} requests ({string.Join(", ", Received.Select(r => r.AnsweredStatus))}).");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
