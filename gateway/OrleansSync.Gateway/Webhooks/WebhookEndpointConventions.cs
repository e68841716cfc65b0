using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Webhooks;

/// <summary>What every platform's webhook endpoint declares alike: its tag, its refusals and no antiforgery (stores cannot send a token).</summary>
internal static class WebhookEndpointConventions
{
    public static RouteHandlerBuilder AsWebhookEndpoint(this RouteHandlerBuilder endpoint) =>
        endpoint
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
}
