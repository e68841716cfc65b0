using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// Adobe Commerce events delivered by Adobe I/O Events to a webhook: a CloudEvents-shaped body whose <c>data.value</c>
/// is the saved entity, RSA-SHA256 signed (<c>x-adobe-digital-signature-1/2</c>, either may verify), deduplicated on
/// the event id. The registration's <c>GET ?challenge=</c> handshake is answered by the endpoint.
/// </summary>
public sealed class MagentoWebhooks(AdobeIoPublicKeys keys) : IWebhookPlatform
{
    public const string EventPrefix = "com.adobe.commerce.observer.";

    private static readonly HashSet<string> Events = new(StringComparer.Ordinal)
    {
        "sales_order_save_commit_after", "sales_order_save_after", "checkout_submit_all_after",
        "customer_register_success", "customer_save_commit_after", "customer_save_after", "customer_delete_commit_after",
        "catalog_product_save_commit_after", "catalog_product_delete_commit_after",
        "sales_quote_save_after",
    };

    public StorePlatform Platform => StorePlatform.Magento;

    public string Name => "magento";

    public string SignatureHeader => AdobeIoHeaders.Signature1;

    public bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body) => false;

    public string? SignatureOf(HttpRequest request) =>
        request.Headers[AdobeIoHeaders.Signature1].FirstOrDefault() ?? request.Headers[AdobeIoHeaders.Signature2].FirstOrDefault();

    public string? TopicOf(HttpRequest request) => request.Headers[AdobeIoHeaders.EventCode].FirstOrDefault() is { Length: > 0 } code ? code : null;

    public string? TopicOf(HttpRequest request, JsonElement body) => TopicOf(request) ?? body.Id("type");

    public bool IsKnownTopic(string topic) => topic.StartsWith(EventPrefix, StringComparison.Ordinal) && Events.Contains(topic[EventPrefix.Length..]);

    public async ValueTask<string?> UnauthenticAsync(HttpRequest request, ReadOnlyMemory<byte> body, StoreOptions store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (string Signature, string Path)[] presented =
        [
            (AdobeIoHeaders.Signature1, AdobeIoHeaders.PublicKey1Path),
            (AdobeIoHeaders.Signature2, AdobeIoHeaders.PublicKey2Path),
        ];
        var anyKey = false;
        foreach (var (signatureHeader, pathHeader) in presented)
        {
            var signature = request.Headers[signatureHeader].FirstOrDefault();
            if (string.IsNullOrWhiteSpace(signature))
            {
                continue;
            }

            if (await keys.PemAsync(store, request.Headers[pathHeader].FirstOrDefault(), cancellationToken) is not { } pem)
            {
                continue;
            }

            anyKey = true;
            if (AdobeIoPublicKeys.Verifies(pem, body.Span, signature))
            {
                return null;
            }
        }

        return anyKey
            ? "Neither x-adobe-digital-signature verifies the body with the store's Adobe I/O public key."
            : $"No Adobe I/O public key is available for store '{store.Id}' (configure SigningPublicKey or SigningPublicKeyBaseUrl).";
    }

    /// <summary><c>x-adobe-event-id</c>, else the body's <c>event_id</c> or CloudEvents <c>id</c>; the same on Adobe's retries.</summary>
    public string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body)
    {
        var id = request.Headers[AdobeIoHeaders.EventId].FirstOrDefault() is { Length: > 0 } header ? header : body.Id("event_id") ?? body.Id("id");
        return id is null ? null : $"magento:{store.Id}:{id}";
    }

    public string? StoreMismatch(HttpRequest request, StoreOptions store) => null;

    public IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context)
    {
        // An event meant for another I/O project (one Commerce instance can feed several) is not ours to apply.
        if (context.Store.Api?.ClientId is { Length: > 0 } clientId
            && (body.Id("recipient_client_id") ?? body.Id("recipientclientid")) is { } recipient
            && !string.Equals(recipient, clientId, StringComparison.Ordinal))
        {
            throw new MappingException($"The event's recipient_client_id '{recipient}' is not this store's I/O client id.");
        }

        var value = body.Obj("data")?.Obj("value") ?? throw new MappingException("Required object 'data.value' is missing.");
        return topic[EventPrefix.Length..] switch
        {
            "checkout_submit_all_after" => MagentoMapper.Order(value.Obj("order") ?? value, placed: true, context),
            "sales_order_save_commit_after" or "sales_order_save_after" => MagentoMapper.Order(value, placed: false, context),
            "customer_register_success" => MagentoMapper.Customer(value.Obj("customer") ?? value, created: true, context),
            "customer_save_commit_after" or "customer_save_after" => MagentoMapper.Customer(value, created: null, context),
            "customer_delete_commit_after" => MagentoMapper.CustomerDeleted(value, context),
            "catalog_product_save_commit_after" => MagentoMapper.Product(value, context),
            "catalog_product_delete_commit_after" => MagentoMapper.ProductDeleted(value, context),
            _ => MagentoMapper.Cart(value, context),
        };
    }
}
