using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores;

namespace OrleansSync.Stores.Webhooks;

/// <summary>What differs between platforms' native webhooks: headers, handshakes, keys and the mapping.</summary>
public interface IWebhookPlatform
{
    StorePlatform Platform { get; }

    /// <summary>Lower-case name used in URLs, metrics and kept records ("shopify").</summary>
    string Name { get; }

    /// <summary>The name of the signature header (for messages).</summary>
    string SignatureHeader { get; }

    /// <summary>True for an unsigned handshake the platform needs a 200 for (WooCommerce's ping).</summary>
    bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body);

    string? SignatureOf(HttpRequest request);

    string? TopicOf(HttpRequest request);

    bool IsKnownTopic(string topic);

    /// <summary>Null when the delivery lacks the id the platform always sends.</summary>
    string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body);

    /// <summary>
    /// The store's platform-specific identity check (e.g. the Shopify shop domain); null when it matches
    /// or is not configured, else why not.
    /// </summary>
    string? StoreMismatch(HttpRequest request, StoreOptions store);

    /// <summary>The canonical events of one delivery; throws <see cref="MappingException"/> when the record cannot be mapped.</summary>
    IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context);

    /// <summary>The topic when the platform names it in the body rather than a header (BigCommerce <c>scope</c>, CloudEvents <c>type</c>).</summary>
    string? TopicOf(HttpRequest request, JsonElement body) => TopicOf(request);

    /// <summary>
    /// Null when the delivery is authentic, else why not (kept as a rejected delivery, 401). Default: base64
    /// HMAC-SHA256 of the raw body under the store's secrets, as WooCommerce and Shopify sign. Asynchronous because
    /// some platforms' keys are fetched (Adobe I/O Events public keys).
    /// </summary>
    ValueTask<string?> UnauthenticAsync(HttpRequest request, ReadOnlyMemory<byte> body, StoreOptions store, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HmacSignature.IsValid(SignatureOf(request), body.Span, StoreSecrets.Of(store))
            ? null
            : $"The {SignatureHeader} header does not match the body under the store's secret.");

    /// <summary>
    /// Like <see cref="Map"/> for platforms whose deliveries are thin and need the store's API to become events
    /// (BigCommerce). Throws <see cref="Connectors.StoreApiException"/> when the store cannot be read.
    /// </summary>
    ValueTask<IReadOnlyList<ICanonicalEvent>> MapAsync(string topic, JsonElement body, RecordMappingContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Map(topic, body, context));
}
