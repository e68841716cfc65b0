using Polly;
using Polly.Timeout;

namespace OrleansSync.Stores.Http;

/// <summary>Sends each store API request through <see cref="StoreResiliencePipeline"/>; the last answer or failure is the caller's.</summary>
public sealed class StoreResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StoreResiliencePipeline.Request, request);
        try
        {
            return await pipeline.ExecuteAsync(attempt => new ValueTask<HttpResponseMessage>(base.SendAsync(request, attempt.CancellationToken)), context);
        }
        catch (TimeoutRejectedException error)
        {
            // The callers know transport failures; an attempt that timed out is one.
            throw new HttpRequestException($"No answer within {error.Timeout.TotalSeconds:0.###} s.", error);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
