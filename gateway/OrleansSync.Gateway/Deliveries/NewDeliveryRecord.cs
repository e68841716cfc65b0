namespace OrleansSync.Gateway.Deliveries;

/// <summary>A delivery the gateway did not append, about to be kept for operators.</summary>
/// <param name="Platform">"woocommerce", "shopify" or "generic".</param>
/// <param name="StoreId">The store id from the URL (kept even when no such store is configured).</param>
/// <param name="Topic">The platform's topic or the API event name; null when the delivery named none.</param>
/// <param name="StatusCode">The HTTP status the gateway answered.</param>
/// <param name="Reason">Why it was refused or quarantined (no secrets, no payload).</param>
/// <param name="Headers">Request headers, secret-bearing ones redacted.</param>
/// <param name="Body">The raw body bytes (the first bytes only when <paramref name="BodyTruncated"/>).</param>
/// <param name="DeliveryKey">The deduplication key, when known; a quarantined delivery is kept once per key.</param>
/// <param name="Emails">Normalised email addresses found in the body, so a GDPR erase can find the record.</param>
public sealed record NewDeliveryRecord(
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
    IReadOnlyList<string> Emails,
    DateTimeOffset ReceivedAt);
