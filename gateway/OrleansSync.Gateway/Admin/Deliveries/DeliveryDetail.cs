using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Deliveries;

/// <summary>A kept delivery in full. The body is given as text when it is UTF-8, else as base64.</summary>
/// <param name="Headers">Request headers; secret-bearing ones show "[redacted]".</param>
/// <param name="BodyTruncated">True when only the first bytes were kept (the body was too large).</param>
public sealed record DeliveryDetail(
    long Id,
    DeliveryKind Kind,
    string Platform,
    string StoreId,
    string? Topic,
    int StatusCode,
    string Reason,
    string? DeliveryKey,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? BodyBase64,
    bool BodyTruncated,
    DateTimeOffset ReceivedAt);
