using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Catalog.Testing;

namespace Catalog.Api.Tests.CommandLine;

/// <summary>
/// A temporary folder laid out like a source checkout (<c>ProceduresCatalog.sln</c>, the built API and sync programs
/// under <c>Catalog.Api/bin/…</c> and <c>Catalog.Sync/bin/…</c>, the sample registry files), so the programs find
/// their default data directory there, exactly as <c>dotnet run --project …</c> does in the real checkout, and the
/// repository's own <c>data/</c> is left alone. Deleted when disposed.
/// </summary>
public sealed class CheckoutCopy : IDisposable
{
    private readonly List<Process> _started = [];

    public CheckoutCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), $"catalog-checkout-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "ProceduresCatalog.sln"), "");
        // The programs as the test's build made them: bin/<Configuration>/<framework> of each project.
        var output = Path.GetRelativePath(RepositoryPaths.Combine("tests", "Catalog.Api.Tests"), AppContext.BaseDirectory);
        foreach (var project in new[] { "Catalog.Api", "Catalog.Sync" })
        {
            Copy(RepositoryPaths.Combine(project, output), Path.Combine(Root, project, output));
        }

        Copy(RepositoryPaths.Combine("Catalog.Sync", "Samples"), Path.Combine(Root, "Catalog.Sync", "Samples"));
        ApiDll = Path.Combine(Root, "Catalog.Api", output, "Catalog.Api.dll");
        SyncDll = Path.Combine(Root, "Catalog.Sync", output, "Catalog.Sync.dll");
    }

    /// <summary>The checkout's root: the directory a user runs the README's commands from.</summary>
    public string Root { get; }

    /// <summary>Where both programs keep their data by default.</summary>
    public string DataDirectory => Path.Combine(Root, "data");

    public string ApiDll { get; }

    public string SyncDll { get; }

    /// <summary>Runs a program to its end from the checkout's root; what it printed, line by line.</summary>
    public async Task<ProgramRun> RunAsync(string dll, string environment, params string[] args)
    {
        using var process = Start(dll, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProgramRun(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the API server from the checkout's root on a free local port and waits until it answers.</summary>
    public async Task<HttpClient> StartApiAsync(string environment)
    {
        var port = FreePort();
        var process = Start(ApiDll, environment, ["--urls", $"http://127.0.0.1:{port}"]);
        _started.Add(process);
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    Log = () => { lock (log) { return log.ToString(); } };
                    return client;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        client.Dispose();
        throw new InvalidOperationException($"The API did not become ready:{Environment.NewLine}{log}");
    }

    /// <summary>What the started API printed so far.</summary>
    public Func<string> Log { get; private set; } = () => "";

    public void Dispose()
    {
        foreach (var process in _started)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // Already ended.
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned later.
        }
    }

    private Process Start(string dll, string environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        // Nothing from the test's own environment decides where the data is.
        foreach (var key in new[] { "Catalog__DataDirectory", "ConnectionStrings__Catalog", "Database__Provider" })
        {
            start.Environment.Remove(key);
        }

        // A start-up catch-up run of the API would race the test's own commands on the one SQLite file.
        start.Environment["Sync__Schedule__CatchUpAtStart"] = "false";
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!OperatingSystem.IsWindows())
        {
            // Hard links: the programs' folders are over 100 MB each, and a link is as good as a copy for a reader.
            using var link = Process.Start(new ProcessStartInfo("cp", ["-al", Path.Combine(from, "."), to]) { UseShellExecute = false })!;
            link.WaitForExit();
            if (link.ExitCode == 0)
            {
                return;
            }
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>How a program run ended and what it printed.</summary>
public sealed record ProgramRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
