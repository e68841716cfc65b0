namespace OrleansSync.Gateway.Deliveries;

/// <summary>A kept (rejected or quarantined) delivery, as the admin API shows it.</summary>
public sealed record DeliveryRecord(
    long Id,
    DeliveryKind Kind,
    string Platform,
    string StoreId,
    string? Topic,
    int StatusCode,
    string Reason,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    bool BodyTruncated,
    string? DeliveryKey,
    DateTimeOffset ReceivedAt);
