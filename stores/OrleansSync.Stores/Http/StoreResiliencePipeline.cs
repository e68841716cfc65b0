using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OrleansSync.Stores.Http;

/// <summary>
/// The one retry pipeline of every platform's REST client, outermost first: retry (jittered exponential backoff on 5xx,
/// 408, 429, timeouts and unreachable stores; a store's <c>Retry-After</c> is waited instead when it sent one, up to
/// <see cref="StoreHttpOptions.MaxRetryAfter"/>) → attempt timeout. POSTs are retried only when marked repeatable.
/// </summary>
public static class StoreResiliencePipeline
{
    /// <summary>The request being sent, for the retry's decision.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("OrleansSync.Stores.Request");

    public static ResiliencePipeline<HttpResponseMessage> Create(StoreHttpOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome, options)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? StoreRetryAfter.Of(response) : null),
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, StoreHttpOptions options)
    {
        if (!context.Properties.TryGetValue(Request, out var request) || !StoreRequests.MayRepeat(request))
        {
            return false;
        }

        return outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } when IsTransient(response.StatusCode) =>
                // A longer wait than we hold a call for is the connector's to schedule, with the store's figure.
                StoreRetryAfter.Of(response) is not { } wait || wait <= options.MaxRetryAfter,
            _ => false,
        };
    }
}
