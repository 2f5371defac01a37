using System.Diagnostics;
using System.Text;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>A real <c>Catalog.Sync worker</c> process, configured through environment variables, its output kept for diagnosis.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public WorkerProcess(string instanceId, string connectionString, string sourceUrl)
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
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Catalog"] = connectionString,
            ["Sync__Schedule__InstanceId"] = instanceId,
            ["Sync__Schedule__ClusterCheckinInterval"] = "00:00:02",
            ["Sync__Sources__0__Name"] = "slow-sia",
            ["Sync__Sources__0__Registry"] = "Sia",
            ["Sync__Sources__0__Type"] = "Http",
            ["Sync__Sources__0__Location"] = sourceUrl,
            ["Sync__Sources__0__Retries"] = "0",
            ["Sync__Sources__0__TimeoutSeconds"] = "60",
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string InstanceId { get; }

    /// <summary>What the worker printed, and how it ended if it did.</summary>
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

    /// <summary>SIGKILL: no shutdown, no cleanup, as when a node dies.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
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
