using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.CommerceTools.Sns;

namespace OrleansSync.Gateway.Webhooks.CommerceTools;

public static class CommerceToolsEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/commercetools/{storeId}</c>: the HTTPS endpoint of the AWS SNS subscription a commercetools
    /// Subscription publishes to. SNS posts its JSON as <c>text/plain</c>; the topic and signature are checked first, then
    /// a <c>SubscriptionConfirmation</c> is confirmed and a <c>Notification</c>'s commercetools message mapped.
    /// </summary>
    public static IEndpointRouteBuilder MapCommerceToolsWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/commercetools/{storeId}", (string storeId, HttpRequest request, WebhookReceiver receiver, CommerceToolsSnsWebhooks platform, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(platform, storeId, request, cancellationToken))
            .WithName("ReceiveCommerceToolsSnsMessage")
            .WithSummary("Receives a commercetools message through an AWS SNS HTTPS subscription (SNS signature v1/v2 checked, the topic must be the store's SnsTopicArn; deduplicated on the commercetools message id).")
            .Accepts<object>("text/plain", "application/json")
            .AsWebhookEndpoint();
        return endpoints;
    }
}
