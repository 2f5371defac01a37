using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>
/// A registry endpoint on 127.0.0.1 that answers every GET with a small SIA response, the first one after a delay: long
/// enough to hold a sync run open while a test kills the worker running it (the run that recovers it gets its answer at
/// once). Counts the requests it received.
/// </summary>
internal sealed class SlowRegistryServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly TimeSpan _delay;
    private int _requests;

    public SlowRegistryServer(TimeSpan delay)
    {
        _delay = delay;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/sia.xml";

    public int Requests => Volatile.Read(ref _requests);

    public static string Body { get; } = """
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
        <enviaSIA xmlns="http://www.map.es/sgca/consultar/messages/EnviaSIA"><ACTUACIONES><ACTUACION>
        <CODIGOACTUACION>9900001</CODIGOACTUACION><DENOMINACION>Licencia municipal de prueba</DENOMINACION>
        <ORGANISMORESPONSABLE><CODORGANISMORESPONSABLEN1>L01280066</CODORGANISMORESPONSABLEN1></ORGANISMORESPONSABLE>
        <CODESTADOACTUACION>A</CODESTADOACTUACION><DESESTADOACTUACION>Alta</DESESTADOACTUACION>
        </ACTUACION></ACTUACIONES></enviaSIA></soap:Body></soap:Envelope>
        """;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                if (Interlocked.Increment(ref _requests) == 1)
                {
                    await Task.Delay(_delay, _stop.Token);
                }

                var body = Encoding.UTF8.GetBytes(Body);
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head, _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The worker was killed or the test ended: nothing to answer.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
