using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Contracts.Context;
using OrleansSync.Gateway.Stores;
using OrleansSync.Stores.Magento;

namespace OrleansSync.Gateway.Webhooks.Magento;

public static class MagentoEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/magento/{storeId}</c>: the webhook URL of the Adobe I/O Events registration fed by the Adobe
    /// Commerce event provider (RSA-signed, deduplicated on the event id); <c>GET …?challenge=</c> is the registration's
    /// handshake, echoed as text.
    /// </summary>
    public static IEndpointRouteBuilder MapMagentoWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/magento/{storeId}", (string storeId, HttpRequest request, WebhookReceiver receiver, MagentoWebhooks platform, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(platform, storeId, request, cancellationToken))
            .WithName("ReceiveMagentoEvent")
            .WithSummary("Receives an Adobe Commerce event from Adobe I/O Events (x-adobe-digital-signature-1/2 over the body, deduplicated on x-adobe-event-id).")
            .Accepts<object>("application/json")
            .AsWebhookEndpoint();
        endpoints.MapGet("/webhooks/magento/{storeId}", (string storeId, string? challenge, StoreRegistry stores) =>
                stores.Find(storeId, StorePlatform.Magento) is null || string.IsNullOrEmpty(challenge)
                    ? Results.NotFound()
                    : Results.Text(challenge, "text/plain"))
            .WithName("AnswerMagentoChallenge")
            .WithSummary("Answers Adobe I/O Events' registration challenge (GET ?challenge=…) with the challenge.")
            .WithTags("Webhooks");
        return endpoints;
    }
}
