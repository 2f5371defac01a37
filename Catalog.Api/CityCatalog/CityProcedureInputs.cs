using Catalog.Api.GraphQL;
using Catalog.Api.ReferenceCatalog;
using Catalog.Domain.Procedures;
using GraphQL;
using GraphQL.Types;

namespace Catalog.Api.CityCatalog;

/// <summary>The attribute fields shared by the city procedure inputs and the reference procedure inputs.</summary>
public static class ProcedureAttributeInputs
{
    /// <summary>Adds the Law 39/2015 attribute fields to an input type.</summary>
    public static void AddAttributeFields(this InputObjectGraphType input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Field<InitiationType>("initiation").Description("How the procedure starts.");
        input.Field<SilenceEffectType>("silenceEffect").Description("What the administration's silence means.");
        input.Field<IntGraphType>("resolutionTermAmount").Description("The maximum term to resolve: its amount (give the unit too).");
        input.Field<TermUnitType>("resolutionTermUnit").Description("The maximum term to resolve: its unit (give the amount too).");
        input.Field<BooleanGraphType>("endsAdministrativeRoute").Description("Whether the resolution ends the administrative route.");
        input.Field<ListGraphType<NonNullGraphType<RecipientType>>>("recipients").Description("Who the procedure is for (replaces the list).");
        input.Field<ElectronicLevelType>("electronicLevel").Description("How far it can be carried out electronically.");
        input.Field<ListGraphType<NonNullGraphType<ChannelType>>>("channels").Description("Where it can be carried out (replaces the list).");
        input.Field<StringGraphType>("fees").Description("Fees (empty string clears them).");
        input.Field<ListGraphType<NonNullGraphType<LegalReferenceInputType>>>("legalBasis").Description("The legal references, most important first (replaces the list).");
        input.Field<ListGraphType<NonNullGraphType<RegulatedAttributeType>>>("asRegulated").Description("The fields stated \"as the regulation says\" (según normativa) rather than by a value (replaces the list).");
        input.Field<StringGraphType>("requirements").Description("What the applicant must meet or prove (empty string clears it).");
        input.Field<StringGraphType>("documents").Description("The documents to submit (empty string clears them).");
        input.Field<StringGraphType>("resolvingBody").Description("The body that resolves, as the catalog names it (empty string clears it).");
        input.Field<StringGraphType>("appeals").Description("The appeals available against the resolution (empty string clears them).");
        input.Field<StringGraphType>("submissionPeriod").Description("When applications may be submitted (empty string clears it).");
        input.Field<StringGraphType>("family").Description("The family or subject matter (empty string clears it).");
    }

    /// <summary>Reads the fields of an input object into the changes the editing services take.</summary>
    public static CityProcedureChanges ReadChanges(IDictionary<string, object?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new CityProcedureChanges
        {
            LocalId = Get<string>(input, "localId"),
            LocalName = Get<string>(input, "localName"),
            Description = Get<string>(input, "description"),
            SiaCode = Get<string>(input, "siaCode"),
            ResponsibleUnit = Get<string>(input, "responsibleUnit"),
            Initiation = Get<Initiation?>(input, "initiation"),
            SilenceEffect = Get<SilenceEffect?>(input, "silenceEffect"),
            ResolutionTermAmount = Get<int?>(input, "resolutionTermAmount"),
            ResolutionTermUnit = Get<TermUnit?>(input, "resolutionTermUnit"),
            EndsAdministrativeRoute = Get<bool?>(input, "endsAdministrativeRoute"),
            Recipients = Flags<Recipients>(input, "recipients"),
            ElectronicLevel = Get<ElectronicLevel?>(input, "electronicLevel"),
            Channels = Flags<Channels>(input, "channels"),
            Fees = Get<string>(input, "fees"),
            LegalBasis = input.TryGetValue("legalBasis", out var legal) && legal is IEnumerable<object?> references
                ? references.OfType<IDictionary<string, object?>>()
                    .Select(r => new LegalReference(string.IsNullOrWhiteSpace(Get<string>(r, "rank")) ? null : Get<string>(r, "rank"), Get<string>(r, "number"), Get<string>(r, "title") ?? string.Empty))
                    .ToList()
                : null,
            AsRegulated = Flags<RegulatedAttributes>(input, "asRegulated"),
            Requirements = Get<string>(input, "requirements"),
            Documents = Get<string>(input, "documents"),
            ResolvingBody = Get<string>(input, "resolvingBody"),
            Appeals = Get<string>(input, "appeals"),
            SubmissionPeriod = Get<string>(input, "submissionPeriod"),
            Family = Get<string>(input, "family"),
        };
    }

    private static T? Get<T>(IDictionary<string, object?> input, string name)
        => input.TryGetValue(name, out var value) && value is not null ? (T?)value : default;

    private static TFlags? Flags<TFlags>(IDictionary<string, object?> input, string name) where TFlags : struct, Enum
    {
        if (!input.TryGetValue(name, out var value) || value is not IEnumerable<object?> items)
        {
            return null;
        }

        var bits = items.OfType<TFlags>().Aggregate(0L, (all, one) => all | Convert.ToInt64(one, System.Globalization.CultureInfo.InvariantCulture));
        return (TFlags)Enum.ToObject(typeof(TFlags), bits);
    }
}

/// <summary>A legal reference as input.</summary>
public sealed class LegalReferenceInputType : InputObjectGraphType
{
    public LegalReferenceInputType()
    {
        Name = "LegalReferenceInput";
        Description = "A legal reference: rank (Ley, Real Decreto, Ordenanza…), number and title.";
        Field<StringGraphType>("rank").Description("Its rank: Ley, Real Decreto, Ordenanza… (may be left out for a reference written as free text in the title).");
        Field<StringGraphType>("number").Description("Its number, e.g. 39/2015.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Its title.");
    }
}

/// <summary>Input of <c>createCityProcedure</c>.</summary>
public sealed class CreateCityProcedureInputType : InputObjectGraphType
{
    public CreateCityProcedureInputType()
    {
        Name = "CreateCityProcedureInput";
        Description = "A new procedure for a city's catalog.";
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("The municipality: INE code or town council DIR3 code.");
        Field<NonNullGraphType<StringGraphType>>("localName").Description("The city's name for the procedure.");
        Field<StringGraphType>("localId").Description("The city's own identifier, unique within the city.");
        Field<StringGraphType>("description").Description("The city's description.");
        Field<StringGraphType>("siaCode").Description("The procedure's SIA code.");
        Field<StringGraphType>("responsibleUnit").Description("The DIR3 code of the responsible unit.");
        Field<StringGraphType>("referenceCode").Description("The reference procedure to map it to (its current version counts as confirmed).");
        this.AddAttributeFields();
    }
}

/// <summary>Input of <c>updateCityProcedure</c>.</summary>
public sealed class UpdateCityProcedureInputType : InputObjectGraphType
{
    public UpdateCityProcedureInputType()
    {
        Name = "UpdateCityProcedureInput";
        Description = "Changes to a city procedure. Omitted or null fields keep their values; an empty string clears an optional text (SIA code, unit, local id, description, fees).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The city procedure's global ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision your change is based on; a stale revision is refused with CONFLICT.");
        Field<StringGraphType>("localName").Description("The city's name for the procedure.");
        Field<StringGraphType>("localId").Description("The city's own identifier, unique within the city.");
        Field<StringGraphType>("description").Description("The city's description.");
        Field<StringGraphType>("siaCode").Description("The procedure's SIA code.");
        Field<StringGraphType>("responsibleUnit").Description("The DIR3 code of the responsible unit.");
        this.AddAttributeFields();
    }
}

/// <summary>Reads global IDs of the types the mutations edit.</summary>
public static class EditedIds
{
    public static long CityProcedure(IResolveFieldContext context, string argument = "id")
    {
        ArgumentNullException.ThrowIfNull(context);
        return GlobalId.DecodeNumeric(context.GetArgument<string>(argument), nameof(Domain.CityCatalog.CityProcedure), argument);
    }
}
