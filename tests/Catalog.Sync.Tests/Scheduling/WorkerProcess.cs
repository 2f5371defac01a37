using System.Diagnostics;
using System.Text;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>
/// A real <c>Catalog.Sync worker</c> process, configured through environment variables, its output kept for diagnosis.
/// Disposing it kills it; so does the end of the test process, for a worker a test left behind.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private static readonly HashSet<WorkerProcess> Started = [];
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    static WorkerProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        WorkerProcess[] left;
        lock (Started)
        {
            left = [.. Started];
        }

        foreach (var worker in left)
        {
            worker.Dispose();
        }
    };

    public WorkerProcess(string instanceId, string connectionString, string sourceUrl, IReadOnlyDictionary<string, string>? settings = null)
    {
        InstanceId = instanceId;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalog.Sync.dll"), "worker"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            // Every SQL statement at Information is megabytes at start-up (seeding); the output is kept for failure messages.
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Catalog"] = connectionString,
            ["Sync__Schedule__InstanceId"] = instanceId,
            ["Sync__Schedule__ClusterCheckinInterval"] = "00:00:02",
            // The tests request runs from another node, which the workers only notice when they look again.
            ["Sync__Schedule__IdlePollInterval"] = "00:00:01",
            ["Sync__Sources__0__Name"] = "slow-sia",
            ["Sync__Sources__0__Registry"] = "Sia",
            ["Sync__Sources__0__Type"] = "Http",
            ["Sync__Sources__0__Location"] = sourceUrl,
            ["Sync__Sources__0__Retries"] = "0",
            ["Sync__Sources__0__TimeoutSeconds"] = "60",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        lock (Started)
        {
            _process.Start();
            Started.Add(this);
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string InstanceId { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the worker printed so far, and how it ended if it did.</summary>
    public string Output
    {
        get
        {
            var state = _process.HasExited ? $"[{InstanceId} exited with {_process.ExitCode}]" : $"[{InstanceId} running]";
            lock (_output)
            {
                return state + Environment.NewLine + _output;
            }
        }
    }

    /// <summary>What each worker printed so far: for failure messages, so build it when failing, not before.</summary>
    public static string OutputOf(IEnumerable<WorkerProcess> workers) => string.Join(Environment.NewLine, workers.Select(w => w.Output));

    /// <summary>Fails the test at once, with what they printed, when one of these workers is no longer running.</summary>
    public static void AssertRunning(params WorkerProcess[] workers)
    {
        if (workers.FirstOrDefault(w => w.HasExited) is { } exited)
        {
            Assert.Fail($"Worker {exited.InstanceId} stopped while the test needed it; output:{Environment.NewLine}{OutputOf(workers)}");
        }
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, as when a node dies.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        lock (Started)
        {
            if (!Started.Remove(this))
            {
                return;
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
