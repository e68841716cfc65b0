using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>One incoming delivery as it moves through the gateway.</summary>
/// <param name="Platform">"woocommerce", "shopify" or "generic" (metrics tag and kept record).</param>
/// <param name="StoreId">The store id from the URL.</param>
/// <param name="Topic">The platform topic or generic event name, once known.</param>
/// <param name="DeliveryKey">The deduplication key, once known.</param>
/// <param name="Started">Stopwatch timestamp of arrival (accept latency).</param>
public sealed record DeliveryContext(
    string Platform,
    string StoreId,
    HttpRequest Request,
    RawBody Body,
    DateTimeOffset ReceivedAt,
    long Started,
    string? Topic = null,
    string? DeliveryKey = null);
