using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.Shopify;

namespace OrleansSync.Gateway.Webhooks.Shopify;

public static class ShopifyEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/shopify/{storeId}</c>: the HTTPS endpoint of the app's webhook subscriptions (customers/*,
    /// orders/*, refunds/create, checkouts/create|update, products/*). Answers once the events are durable.
    /// </summary>
    public static IEndpointRouteBuilder MapShopifyWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/shopify/{storeId}", (string storeId, HttpRequest request, WebhookReceiver receiver, ShopifyWebhooks platform, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(platform, storeId, request, cancellationToken))
            .WithName("ReceiveShopifyWebhook")
            .WithSummary("Receives a native Shopify webhook (signed with X-Shopify-Hmac-Sha256, deduplicated on X-Shopify-Event-Id).")
            .Accepts<object>("application/json")
            .AsWebhookEndpoint();
        return endpoints;
    }
}
