using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Mapping;

/// <summary>The customer's commerce lifecycle as the sync computes it (property <c>ecom_customer_status</c>).</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<LifecycleStatus>))]
public enum LifecycleStatus
{
    Subscriber,
    Lead,
    Customer,
    Repeat,
    Lapsed,
    ChurnRisk,
}
