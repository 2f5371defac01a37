using System.Net.Mime;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace Catalog.Sync.Webhooks;

/// <summary>
/// A change-feed entry as a CloudEvents 1.0 event in structured JSON mode (<c>application/cloudevents+json</c>):
/// <c>id</c> is the entry's feed cursor (the one <c>catalogChanges(after:)</c> takes, so a receiver that missed events
/// can read them from the feed), <c>type</c> <c>es.procedures-catalog.{subject}.{kind}</c>, <c>subject</c> the object's
/// global ID, <c>time</c> when the change was made, and <c>data</c> the feed entry's fields.
/// </summary>
public static class WebhookEvents
{
    public const string TypePrefix = "es.procedures-catalog.";

    /// <summary>The name feed cursors are encoded with (the API's <c>ChangeFeedQueries.CursorType</c>).</summary>
    public const string CursorType = "CatalogChange";

    private static readonly JsonEventFormatter Formatter = new();

    public static string TypeOf(CatalogChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return TypePrefix + change.SubjectType.ToLowerInvariant() + "." + JsonNamingPolicy.SnakeCaseLower.ConvertName(change.Kind.ToString());
    }

    /// <summary>The request body for <paramref name="change"/>, and its content type.</summary>
    public static (byte[] Body, string ContentType) Encode(CatalogChange change, string source)
    {
        ArgumentNullException.ThrowIfNull(change);
        var cursor = RelayId.Encode(CursorType, change.Position!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var subjectId = RelayId.Encode(change.SubjectType, change.SubjectKey);
        var data = new JsonObject
        {
            ["cursor"] = cursor,
            ["subjectId"] = subjectId,
            ["subjectType"] = change.SubjectType,
            ["kind"] = JsonNamingPolicy.SnakeCaseUpper.ConvertName(change.Kind.ToString()),
            ["fields"] = new JsonArray([.. change.Fields.Select(f => JsonValue.Create(f))]),
            ["municipality"] = change.MunicipalityIneCode,
            ["at"] = change.At.ToUniversalTime(),
        };
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = cursor,
            Type = TypeOf(change),
            Source = new Uri(source, UriKind.RelativeOrAbsolute),
            Subject = subjectId,
            Time = change.At,
            DataContentType = MediaTypeNames.Application.Json,
            Data = JsonSerializer.SerializeToElement(data),
        };
        var body = Formatter.EncodeStructuredModeMessage(cloudEvent, out var contentType);
        return (body.ToArray(), contentType.ToString());
    }
}
