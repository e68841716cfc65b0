using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.BigCommerce;

namespace OrleansSync.Gateway.Webhooks.BigCommerce;

public static class BigCommerceEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/bigcommerce/{storeId}</c>: the <c>destination</c> of the store's hooks (<c>POST /v3/hooks</c>,
    /// scopes store/order/*, store/customer/*, store/product/*, store/cart/*). Verifies the Standard Webhooks signature,
    /// reads the record back from the store's API and answers once its events are durable.
    /// </summary>
    public static IEndpointRouteBuilder MapBigCommerceWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/bigcommerce/{storeId}", (string storeId, HttpRequest request, WebhookReceiver receiver, BigCommerceWebhooks platform, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(platform, storeId, request, cancellationToken))
            .WithName("ReceiveBigCommerceWebhook")
            .WithSummary("Receives a BigCommerce webhook (Standard Webhooks signature, thin body read back from the store's API, deduplicated on webhook-id).")
            .Accepts<object>("application/json")
            .AsWebhookEndpoint();
        return endpoints;
    }
}
