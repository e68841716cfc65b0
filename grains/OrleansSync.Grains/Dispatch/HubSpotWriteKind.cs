using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Dispatch;

[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<HubSpotWriteKind>))]
public enum HubSpotWriteKind
{
    Upsert,
    Associate,
    Event,

    /// <summary>GDPR delete of the contact with <see cref="HubSpotWrite.Key"/> as email (sent after every other write of the drain).</summary>
    GdprDelete,
}
