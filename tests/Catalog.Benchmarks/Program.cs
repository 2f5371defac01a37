using Catalog.Benchmarks;

// Benchmarks print figures to record in issue notes; they are not timed tests.
// Usage: dotnet run -c Release --project tests/Catalog.Benchmarks -- <name> [options]
return await BenchmarkCommandLine.RunAsync(args);
