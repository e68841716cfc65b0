using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Gateway.Webhooks.WooCommerce;

public static class WooCommerceEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/woocommerce/{storeId}</c>: the Delivery URL to enter in WooCommerce → Settings → Advanced →
    /// Webhooks, one webhook per topic (customer.*, order.*, product.*), with the store's secret.
    /// </summary>
    public static IEndpointRouteBuilder MapWooCommerceWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/woocommerce/{storeId}", (string storeId, HttpRequest request, WebhookReceiver receiver, WooCommerceWebhooks platform, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(platform, storeId, request, cancellationToken))
            .WithName("ReceiveWooCommerceWebhook")
            .WithSummary("Receives a native WooCommerce webhook (signed with X-WC-Webhook-Signature) or its creation ping.")
            .Accepts<object>("application/json", "application/x-www-form-urlencoded")
            .AsWebhookEndpoint();
        return endpoints;
    }
}
