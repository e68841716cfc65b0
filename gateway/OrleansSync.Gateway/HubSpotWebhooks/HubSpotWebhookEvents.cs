using System.Globalization;
using System.Text.Json;
using OrleansSync.Contracts.HubSpotChanges;

namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>
/// HubSpot webhook events (one element of the delivered array) → grain messages. Contact property changes, deletions and
/// merges are mapped, and deal creations and pipeline/stage changes (deals that may become store orders); other
/// subscription types are accepted and ignored (HubSpot retries any 4xx).
/// </summary>
public static class HubSpotWebhookEvents
{
    /// <summary>The messages of one event, each with its deduplication key (identical when HubSpot re-sends the event).</summary>
    public static IEnumerable<(object Message, string Key)> Map(JsonElement e, string portalId, string? appId)
    {
        var type = Text(e, "subscriptionType") ?? Text(e, "eventType") ?? "";
        var objectId = Text(e, "objectId");
        var occurredAt = Number(e, "occurredAt") is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
        if (objectId is null || occurredAt is not { } at)
        {
            yield break;
        }

        // eventId alone is not guaranteed unique: the key adds what a re-sent event repeats exactly.
        var key = $"hubspot/{portalId}/{Text(e, "eventId")}/{type}/{objectId}/{Number(e, "occurredAt")}";
        var origin = new ChangeOrigin(Text(e, "changeSource"), Text(e, "sourceId"), IsThisApp(e, appId));
        switch (type)
        {
            case "contact.propertyChange" when Text(e, "propertyName") is { } property:
                yield return (new ContactPropertyChanged(portalId, objectId, property, Text(e, "propertyValue"), at, origin), $"{key}/{property}");
                break;
            case "deal.creation":
                yield return (new DealChanged(portalId, objectId, null, null, at, origin), key);
                break;
            case "deal.propertyChange" when Text(e, "propertyName") is "dealstage" or "pipeline":
                yield return (new DealChanged(portalId, objectId, Text(e, "propertyName"), Text(e, "propertyValue"), at, origin), $"{key}/{Text(e, "propertyName")}");
                break;
            case "contact.deletion":
                yield return (new ContactRemoved(portalId, objectId, at, origin), key);
                break;
            case "contact.merge":
                var survivor = Text(e, "newObjectId") is { Length: > 0 } created && created != "0" ? created : Text(e, "primaryObjectId") ?? objectId;
                var absorbed = e.TryGetProperty("mergedObjectIds", out var ids) && ids.ValueKind == JsonValueKind.Array
                    ? ids.EnumerateArray().Select(Scalar).OfType<string>().ToList()
                    : [];
                if (Text(e, "primaryObjectId") is { } primary && primary != survivor)
                {
                    absorbed.Add(primary);
                }

                foreach (var id in absorbed.Where(id => id != survivor).Distinct(StringComparer.Ordinal))
                {
                    yield return (new ContactMergedInto(portalId, id, survivor, at), $"{key}/{id}");
                }

                break;
        }
    }

    public static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) ? Scalar(value) : null;

    private static long? Number(JsonElement e, string name) =>
        long.TryParse(Text(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>HubSpot names an integration's writes with changeSource INTEGRATION (or API) and the app's id as sourceId.</summary>
    private static bool IsThisApp(JsonElement e, string? appId) =>
        appId is not null
        && Text(e, "changeSource") is "INTEGRATION" or "API"
        && Text(e, "sourceId") is { } source
        && (source == appId || source == $"appId:{appId}");
}
