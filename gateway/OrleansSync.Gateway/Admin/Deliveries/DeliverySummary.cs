using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Deliveries;

/// <summary>A kept delivery in a list (without headers and body).</summary>
public sealed record DeliverySummary(
    long Id,
    DeliveryKind Kind,
    string Platform,
    string StoreId,
    string? Topic,
    int StatusCode,
    string Reason,
    string? DeliveryKey,
    int BodyBytes,
    DateTimeOffset ReceivedAt);
