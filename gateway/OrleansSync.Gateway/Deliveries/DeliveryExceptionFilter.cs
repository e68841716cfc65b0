using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The last resort of the delivery endpoints: an exception the receiver did not turn into an answer is still kept as a
/// rejected delivery (with the body read so far) and answered with problem details naming the record — a 4xx when the
/// request itself was bad (Kestrel's <see cref="BadHttpRequestException"/>), 503 with <c>Retry-After</c> when PostgreSQL
/// failed (<see cref="StorageOutage"/>), else 500; the platform retries both.
/// </summary>
internal sealed class DeliveryExceptionFilter(DeliveryRecorder recorder, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await next(invocation);
        }
        catch (Exception error) when (!invocation.HttpContext.RequestAborted.IsCancellationRequested && !DeliveryRecorder.WasKept(invocation.HttpContext))
        {
            var context = invocation.HttpContext;
            var route = DeliveryRoute.Of(context.Request.Path.Value) ?? new DeliveryRoute("unknown", "", null, false);
            var body = RawBodyReader.ReadSoFar(context) ?? new RawBody([], false);
            var delivery = new DeliveryContext(route.Platform, route.StoreId, context.Request, body, time.GetUtcNow(), started, route.Topic);
            var (status, type, title) = error switch
            {
                BadHttpRequestException bad => (bad.StatusCode, ProblemTypes.InternalError, "Bad request"),
                _ when StorageOutage.Is(error) => (StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Storage unavailable"),
                _ => (StatusCodes.Status500InternalServerError, ProblemTypes.InternalError, "Delivery failed"),
            };
            return await recorder.RejectAsync(delivery, status, type, title, $"{error.GetType().Name}: {error.Message}", CancellationToken.None);
        }
    }
}
