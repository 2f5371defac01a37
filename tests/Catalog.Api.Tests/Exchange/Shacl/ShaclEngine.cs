using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Api.Tests.Exchange.Shacl;

/// <summary>
/// SEMIC's CPSV-AP 3.2.0 SHACL shapes checked by a real SHACL engine: no SHACL engine is served for .NET, so
/// <c>validate.mjs</c> runs the npm package <c>rdf-validate-shacl</c> under node (the test project's build runs
/// <c>npm ci</c> in this folder). Without node the tests report as skipped, except under CI (<c>CI</c> set), where a
/// missing node is a failure: <c>.ci/run</c> installs it.
/// </summary>
internal static class ShaclEngine
{
    public static string Folder { get; } = RepositoryPaths.Combine("tests", "Catalog.Api.Tests", "Exchange", "Shacl");

    private static readonly Lazy<string?> NodePath = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists));

    /// <summary>Why the engine cannot run here (null when it can); under CI a missing node is not a reason to skip.</summary>
    public static string? UnavailableReason => NodePath.Value is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        ? "node was not found on PATH: the SHACL tests need node (Debian's nodejs package) and npm."
        : null;

    /// <summary>Validates each file (JSON-LD or Turtle) against the shapes, with RDFS inference over the CPSV-AP vocabulary.</summary>
    public static async Task<IReadOnlyList<ShaclReport>> ValidateAsync(params string[] files)
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        var node = NodePath.Value ?? throw new InvalidOperationException("CI is set but node is missing: .ci/run installs Debian's nodejs package.");
        if (!File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
        {
            throw new InvalidOperationException($"The SHACL engine's packages are not installed: the test project's build runs `npm ci` in {Folder} (did it fail? run it there by hand).");
        }

        var start = new ProcessStartInfo(node) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in (string[])["validate.mjs", "cpsv-ap-SHACL.ttl", "cpsv-ap.ttl", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"validate.mjs failed (exit code {process.ExitCode}): {await error}");
        }

        return JsonSerializer.Deserialize<List<ShaclReport>>(await output, JsonOptions) ?? [];
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

/// <summary>What <c>validate.mjs</c> found in one file.</summary>
public sealed record ShaclReport(string File, int Quads, bool Conforms, int Violations, IReadOnlyList<ShaclResult> Results,
    IReadOnlyList<string> ServicesInDefaultGraph, IReadOnlyList<string> NamedGraphs, string Canonical)
{
    /// <summary>The violations, one a line, for a failure message.</summary>
    public string Describe()
        => $"{Path.GetFileName(File)}: {Violations} violations\n" + string.Join('\n', Results.Where(r => r.Severity == "Violation").Select(r => r.ToString()));
}

/// <summary>One result of the SHACL report.</summary>
public sealed record ShaclResult(string? Severity, JsonElement FocusNode, JsonElement Path, JsonElement Value, string? Message, string? Component)
{
    public override string ToString() => $"  {Component} on {Show(FocusNode)} {Show(Path)}{(Show(Value) is { Length: > 0 } value ? $" = {value}" : "")}: {Message}";

    /// <summary>A term as Turtle would write it: an IRI or blank node as given, a literal quoted with its language or datatype.</summary>
    private static string Show(JsonElement term) => term.ValueKind switch
    {
        JsonValueKind.String => term.GetString()!,
        JsonValueKind.Object => $"\"{term.GetProperty("value").GetString()}\""
            + (term.TryGetProperty("language", out var language) ? $"@{language.GetString()}" : term.TryGetProperty("datatype", out var type) ? $"^^<{type.GetString()}>" : ""),
        _ => "",
    };
}
