using Catalog.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Catalog.Api.Tests;

/// <summary>
/// The schema is the public contract: the committed <c>Catalog.Api/schema.graphql</c> must match what the code
/// builds, and every type, field and argument must say what it is. Run with <c>UPDATE_SCHEMA=1</c> to rewrite the
/// file after an intended change, and review its diff.
/// </summary>
public sealed class SchemaTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var services = new ServiceCollection();
        services.AddCatalogGraphQL(new ConfigurationBuilder().Build(), new HostingEnvironment { EnvironmentName = Environments.Production });
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    [Fact]
    public void The_committed_schema_file_matches_the_schema_the_code_builds()
    {
        var printed = Print(Schema.Value);
        var path = Path.Combine(RepositoryRoot(), "Catalog.Api", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_SCHEMA=1 to write it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == printed, "The schema changed but Catalog.Api/schema.graphql was not updated: run the tests with UPDATE_SCHEMA=1 and review the diff. "
            + $"First difference at character {FirstDifference(committed, printed)}.");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.Value.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange(field.Arguments?.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})") ?? []);
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_contract_s_root_fields_are_all_there()
    {
        string[] contract = ["node", "municipalities", "municipality", "referenceProcesses", "referenceProcedures", "referenceProcedure", "cityProcedures",
            "unit", "units", "siaEntry", "compareImplementations", "coverage", "discrepancies", "syncRuns"];

        Assert.Empty(contract.Except(Schema.Value.Query.Fields.Select(f => f.Name)));
    }

    private static string Print(ISchema schema) => schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProceduresCatalog.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (ProceduresCatalog.sln) is not above the test's folder.");
    }
}
