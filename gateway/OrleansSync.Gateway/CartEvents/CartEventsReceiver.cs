using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Context;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Stores;
using OrleansSync.Gateway.Webhooks;
using OrleansSync.Stores;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Gateway.CartEvents;

/// <summary>
/// The generic cart events API: the same guarantees as the native webhooks (signature over the raw
/// body, durable and idempotent append, every refusal kept) for carts without a native integration.
/// </summary>
public sealed class CartEventsReceiver(
    StoreRegistry stores,
    DeliveryRecorder recorder,
    EventIngestor ingestor,
    IOptions<GatewayOptions> options,
    TimeProvider time)
{
    public const string Platform = "generic";

    /// <summary>base64(HMAC-SHA256(store secret, raw body)), like WooCommerce and Shopify.</summary>
    public const string SignatureHeader = "X-OrleansSync-Signature";

    private readonly int _maxBodyBytes = options.Value.MaxBodyBytes;
    private readonly TimeSpan _bodyReadTimeout = options.Value.BodyReadTimeout;

    public Task<Results<Ok<DeliveryAccepted>, Accepted<DeliveryQuarantined>, ProblemHttpResult>> LeadAsync(string storeId, HttpRequest request, CancellationToken cancellationToken) =>
        ReceiveAsync(
            storeId, request, "lead", GatewayJsonContext.Default.LeadCapture,
            (lead, _, at) => CartEventsMapper.Validate(lead, at),
            (lead, body, store) => $"generic:{store.Id}:lead:{lead.EventId ?? Convert.ToHexStringLower(SHA256.HashData(body))}",
            (lead, store, key, at) => CartEventsMapper.ToEvent(lead, store, key, at),
            cancellationToken);

    public Task<Results<Ok<DeliveryAccepted>, Accepted<DeliveryQuarantined>, ProblemHttpResult>> PurchaseAsync(string storeId, HttpRequest request, CancellationToken cancellationToken) =>
        ReceiveAsync(
            storeId, request, "purchase", GatewayJsonContext.Default.PurchaseComplete,
            CartEventsMapper.Validate,
            (purchase, _, store) => $"generic:{store.Id}:purchase:{purchase.EventId ?? purchase.OrderNumber!.Trim()}",
            (purchase, store, key, at) => CartEventsMapper.ToEvent(purchase, store, key, at),
            cancellationToken);

    private async Task<Results<Ok<DeliveryAccepted>, Accepted<DeliveryQuarantined>, ProblemHttpResult>> ReceiveAsync<TRequest>(
        string storeId,
        HttpRequest request,
        string topic,
        JsonTypeInfo<TRequest> typeInfo,
        Func<TRequest, StoreOptions, DateTimeOffset, Dictionary<string, string[]>> validate,
        Func<TRequest, byte[], StoreOptions, string> keyOf,
        Func<TRequest, StoreOptions, string, DateTimeOffset, ICanonicalEvent> map,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        var started = Stopwatch.GetTimestamp();
        var body = await RawBodyReader.ReadAsync(request, _maxBodyBytes, _bodyReadTimeout, cancellationToken);
        var delivery = new DeliveryContext(Platform, storeId, request, body, time.GetUtcNow(), started, topic);
        if (await recorder.RejectBodyAsync(delivery, _maxBodyBytes, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (stores.Find(storeId, StorePlatform.Generic) is not { } store)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status404NotFound, ProblemTypes.UnknownStore, "Unknown store", $"No generic store '{storeId}' is configured.", cancellationToken);
        }

        var signature = request.Headers[SignatureHeader].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(signature))
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status401Unauthorized, ProblemTypes.MissingSignature, "Missing signature", $"The {SignatureHeader} header is required.", cancellationToken);
        }

        if (!HmacSignature.IsValid(signature, body.Bytes, StoreSecrets.Of(store)))
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status401Unauthorized, ProblemTypes.InvalidSignature, "Invalid signature",
                $"The {SignatureHeader} header does not match the body under the store's secret.", cancellationToken);
        }

        TRequest? call;
        try
        {
            call = JsonSerializer.Deserialize(body.Bytes, typeInfo);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON", $"The body is not a valid {topic} event: {e.Message}", cancellationToken);
        }

        if (call is null)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON", $"The body is not a {topic} event object.", cancellationToken);
        }

        var errors = validate(call, store, delivery.ReceivedAt);
        if (errors.Count > 0)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.InvalidEvent, "Invalid event",
                $"The {topic} event has invalid fields: {string.Join(", ", errors.Keys)}.", cancellationToken, errors);
        }

        delivery = delivery with { DeliveryKey = keyOf(call, body.Bytes, store) };
        return await ingestor.IngestAsync(delivery, [map(call, store, delivery.DeliveryKey, delivery.ReceivedAt)], cancellationToken);
    }
}
