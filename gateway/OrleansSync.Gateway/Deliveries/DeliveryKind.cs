using System.Text.Json.Serialization;

namespace OrleansSync.Gateway.Deliveries;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryKind>))]
public enum DeliveryKind
{
    /// <summary>Refused with a 4xx (bad signature, malformed JSON, unknown topic or store, too large): nothing appended.</summary>
    Rejected,

    /// <summary>Authentic and well-formed but its record could not be mapped or routed: answered 2xx, kept for an operator.</summary>
    Quarantined,
}
