using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Mapping;

/// <summary>Logical stages of the ecommerce deal pipeline; the dispatcher turns them into the portal's stage ids.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<DealStage>))]
public enum DealStage
{
    CheckoutAbandoned,
    Placed,
    Paid,
    Fulfilled,
    Cancelled,
    Refunded,
}
