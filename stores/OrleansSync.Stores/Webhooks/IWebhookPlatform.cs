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
}
