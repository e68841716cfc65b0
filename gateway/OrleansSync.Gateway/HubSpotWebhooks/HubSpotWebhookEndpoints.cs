using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Gateway.Webhooks;

namespace OrleansSync.Gateway.HubSpotWebhooks;

public static class HubSpotWebhookEndpoints
{
    /// <summary>
    /// <c>POST /webhooks/hubspot</c>: the target URL of the HubSpot app's webhook subscriptions (contact.propertyChange for
    /// email, firstname, lastname, phone, address, city, state, zip, country; contact.deletion; contact.merge).
    /// </summary>
    public static IEndpointRouteBuilder MapHubSpotWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/hubspot", (HttpRequest request, HubSpotWebhookReceiver receiver, CancellationToken cancellationToken) =>
                receiver.ReceiveAsync(request, cancellationToken))
            .WithName("ReceiveHubSpotWebhook")
            .WithSummary("Receives a HubSpot app webhook delivery (an array of events, signed with X-HubSpot-Signature-v3).")
            .Accepts<object>("application/json")
            .AsWebhookEndpoint();
        return endpoints;
    }
}
