using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Dispatch;

[JsonConverter(typeof(JsonStringEnumConverter<HubSpotWriteKind>))]
public enum HubSpotWriteKind
{
    Upsert,
    Associate,
    Event,
}
