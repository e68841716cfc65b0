using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrleansSync.Gateway.Deliveries;

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
            .ProducesProblem(StatusCodes.Status405MethodNotAllowed)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status431RequestHeaderFieldsTooLarge)
            .AddEndpointFilter<DeliveryExceptionFilter>()
            .DisableAntiforgery();
}
