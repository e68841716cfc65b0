using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.CartEvents;

public static class CartEventsEndpoints
{
    /// <summary>
    /// The generic cart events API (seed 003): <c>POST /api/carts/{storeId}/leads</c> at the email-capture point and
    /// <c>POST /api/carts/{storeId}/purchases</c> at the purchase-complete point, signed with <c>X-OrleansSync-Signature</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapCartEventsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/carts/{storeId}").WithTags("Cart events").AddEndpointFilter<DeliveryExceptionFilter>();
        group.MapPost("/leads", (string storeId, HttpRequest request, CartEventsReceiver receiver, CancellationToken cancellationToken) =>
                receiver.LeadAsync(storeId, request, cancellationToken))
            .WithName("CaptureLead")
            .WithSummary("Integration point 1: the cart captured an email (lead).")
            .Accepts<LeadCapture>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/purchases", (string storeId, HttpRequest request, CartEventsReceiver receiver, CancellationToken cancellationToken) =>
                receiver.PurchaseAsync(storeId, request, cancellationToken))
            .WithName("CompletePurchase")
            .WithSummary("Integration point 2: a purchase completed (customer, closed deal).")
            .Accepts<PurchaseComplete>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }
}
