using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// BigCommerce v3 webhooks: a thin <c>{scope, store_id, data: {type, id}, hash, created_at, producer}</c> signed per
/// Standard Webhooks. The record is read back from the store's API before the delivery is acknowledged (see the README's
/// BigCommerce section for why the callback runs here); deletes need no read.
/// </summary>
public sealed class BigCommerceWebhooks(BigCommerceClient client) : IWebhookPlatform
{
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal)
    {
        "store/order/created", "store/order/updated", "store/order/statusUpdated", "store/order/archived", "store/order/refund/created",
        "store/customer/created", "store/customer/updated", "store/customer/deleted",
        "store/product/created", "store/product/updated", "store/product/deleted",
        "store/cart/created", "store/cart/updated", "store/cart/abandoned", "store/cart/converted", "store/cart/deleted",
    };

    public StorePlatform Platform => StorePlatform.BigCommerce;

    public string Name => "bigcommerce";

    public string SignatureHeader => BigCommerceHeaders.Signature;

    public bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body) => false;

    public string? SignatureOf(HttpRequest request) => request.Headers[BigCommerceHeaders.Signature].FirstOrDefault();

    public string? TopicOf(HttpRequest request) => null;

    public string? TopicOf(HttpRequest request, JsonElement body) => body.Id("scope");

    public bool IsKnownTopic(string topic) => Topics.Contains(topic);

    public ValueTask<string?> UnauthenticAsync(HttpRequest request, ReadOnlyMemory<byte> body, StoreOptions store, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StandardWebhooksSignature.Verify(
            request.Headers[BigCommerceHeaders.Id].FirstOrDefault(),
            request.Headers[BigCommerceHeaders.Timestamp].FirstOrDefault(),
            request.Headers[BigCommerceHeaders.Signature].FirstOrDefault(),
            body.Span,
            StoreSecrets.Of(store),
            now));

    /// <summary>
    /// <c>webhook-id</c>, kept across BigCommerce's retries. Not the body's <c>hash</c>: it hashes <c>data</c>, which for
    /// most scopes is just the record's type and id, so every later update of the same order would share it.
    /// </summary>
    public string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body) =>
        request.Headers[BigCommerceHeaders.Id].FirstOrDefault() is { Length: > 0 } id ? $"bigcommerce:{store.Id}:{id}" : null;

    public string? StoreMismatch(HttpRequest request, StoreOptions store) => null;

    /// <summary>Deletes and conversions, which need no read; any other scope is mapped by <see cref="MapAsync"/>.</summary>
    public IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context)
    {
        var data = body.Obj("data") ?? throw new MappingException("Required object 'data' is missing.");
        var id = data.RequiredId("id");
        var source = new SourceStamp(id, null, CreatedAt(body), context.DeliveryKey, context.ReceivedAt);
        return topic switch
        {
            "store/customer/deleted" => [new CustomerDeleted(StoreContexts.Of(context.Store), source, id, null)],
            "store/product/deleted" => [new ProductDeleted(StoreContexts.Of(context.Store), source, id, null)],

            // The cart is deleted at conversion; the order's own webhooks carry the purchase.
            "store/cart/converted" or "store/cart/deleted" => [],
            _ => throw new MappingException($"{topic} is thin: its record must be read from the store's API."),
        };
    }

    public async ValueTask<IReadOnlyList<ICanonicalEvent>> MapAsync(string topic, JsonElement body, RecordMappingContext context, CancellationToken cancellationToken)
    {
        var data = body.Obj("data") ?? throw new MappingException("Required object 'data' is missing.");
        var hash = StoreHashOf(body, context.Store);
        if (topic is "store/customer/deleted" or "store/product/deleted" or "store/cart/converted" or "store/cart/deleted")
        {
            return Map(topic, body, context);
        }

        var api = context.Store.Api ?? throw new MappingException($"Store '{context.Store.Id}' has no Api configured: BigCommerce webhooks are thin and need the API.");
        var id = data.RequiredId("id");
        switch (topic.Split('/')[1])
        {
            case "order":
                var order = await client.GetOrderAsync(api, hash, id, cancellationToken);
                return order is null ? [] : BigCommerceMapper.Order(topic, order, context);
            case "customer":
                var customer = await client.GetCustomerAsync(api, hash, id, cancellationToken);
                return customer is { } c ? BigCommerceMapper.Customer(topic, c, context) : [];
            case "product":
                var product = await client.GetProductAsync(api, hash, id, cancellationToken);
                return product is { } p ? BigCommerceMapper.Product(p, context) : [];
            default:
                // A cart that is gone was converted or deleted meanwhile: nothing to report.
                var cart = await client.GetCartAsync(api, hash, id, cancellationToken);
                return cart is { } found ? BigCommerceMapper.Cart(found, data.Id("token"), context) : [];
        }
    }

    /// <summary>
    /// The store hash the API needs: <c>producer</c> is <c>stores/{hash}</c>. A configured <c>Api:Account</c> must match
    /// it (a delivery for another store signed with a shared app secret is not read with this store's token).
    /// </summary>
    private static string StoreHashOf(JsonElement body, StoreOptions store)
    {
        var producer = body.Id("producer");
        var fromProducer = producer is not null && producer.StartsWith("stores/", StringComparison.Ordinal) ? producer["stores/".Length..] : null;
        var configured = store.Api?.Account;
        if (configured is not null && fromProducer is not null && !string.Equals(configured, fromProducer, StringComparison.OrdinalIgnoreCase))
        {
            throw new MappingException($"The delivery's producer '{producer}' is not the store hash configured for store '{store.Id}'.");
        }

        return configured ?? fromProducer ?? throw new MappingException("The delivery names no producer and the store has no Api:Account.");
    }

    private static DateTimeOffset? CreatedAt(JsonElement body) =>
        body.Dec("created_at") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds((long)seconds) : null;
}
