using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The last resort of the delivery endpoints: an exception the receiver did not turn into an answer is still kept as a
/// rejected delivery (with the body read so far) and answered with problem details naming the record — a 4xx when the
/// request itself was bad (Kestrel's <see cref="BadHttpRequestException"/>), else 500, so the platform retries.
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
            var (status, title) = error is BadHttpRequestException bad
                ? (bad.StatusCode, "Bad request")
                : (StatusCodes.Status500InternalServerError, "Delivery failed");
            return await recorder.RejectAsync(delivery, status, ProblemTypes.InternalError, title, $"{error.GetType().Name}: {error.Message}", CancellationToken.None);
        }
    }
}
