using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Domain.Procedures;

namespace Catalog.Db.Seed;

/// <summary>The shape of the seed JSON files under <c>db/Seed/Data</c>: the reference catalog and the demo catalogs.</summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static Stream Open(string name)
        => typeof(SeedFiles).Assembly.GetManifestResourceStream("Catalog.Db.Seed." + name)
           ?? throw new InvalidOperationException($"Seed file {name} is not embedded in {typeof(SeedFiles).Assembly.GetName().Name}.");

    public static T Read<T>(string name)
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Seed file {name} is empty.");
    }
}

internal sealed record ReferenceCatalogFile(IReadOnlyList<ProcessSeed> Processes);

internal sealed record ProcessSeed(string Code, string Name, string? Description, IReadOnlyList<ReferenceProcedureSeed> Procedures);

/// <summary>The Law 39/2015 attributes as the seed files write them (flags as lists of names).</summary>
internal record AttributesSeed
{
    public Initiation? Initiation { get; init; }

    public SilenceEffect? SilenceEffect { get; init; }

    public TermSeed? ResolutionTerm { get; init; }

    public bool? EndsAdministrativeRoute { get; init; }

    public IReadOnlyList<Recipients>? Recipients { get; init; }

    public int? ElectronicLevel { get; init; }

    public IReadOnlyList<Channels>? Channels { get; init; }

    public string? Fees { get; init; }

    public IReadOnlyList<LegalReference>? LegalBasis { get; init; }

    public ProcedureAttributes ToAttributes() => new()
    {
        Initiation = Initiation,
        SilenceEffect = SilenceEffect,
        ResolutionTerm = ResolutionTerm is { } term ? new ResolutionTerm(term.Amount, term.Unit) : null,
        EndsAdministrativeRoute = EndsAdministrativeRoute,
        Recipients = (Recipients ?? []).Aggregate(Domain.Procedures.Recipients.None, (all, one) => all | one),
        ElectronicLevel = ElectronicLevel is { } level ? (ElectronicLevel)level : null,
        Channels = (Channels ?? []).Aggregate(Domain.Procedures.Channels.None, (all, one) => all | one),
        Fees = Fees,
        LegalBasis = LegalBasis ?? [],
    };
}

internal sealed record TermSeed(int Amount, TermUnit Unit);

internal sealed record ReferenceProcedureSeed : AttributesSeed
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? ExampleSiaCode { get; init; }
}

internal sealed record DemoCatalogFile(IReadOnlyList<DemoUnitSeed> Units, IReadOnlyList<DemoMunicipalitySeed> Municipalities);

internal sealed record DemoUnitSeed(string Code, string Name, string? ParentCode, string? MunicipalityIneCode);

internal sealed record DemoMunicipalitySeed(string IneCode, IReadOnlyList<DemoProcedureSeed> Procedures);

internal sealed record DemoProcedureSeed : AttributesSeed
{
    public string? LocalId { get; init; }

    public required string LocalName { get; init; }

    public string? Description { get; init; }

    public string? SiaCode { get; init; }

    public string? ResponsibleUnit { get; init; }

    public string? ReferenceCode { get; init; }

    public bool Offered { get; init; } = true;

    public string? NotOfferedReason { get; init; }
}
