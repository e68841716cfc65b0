using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Stores.Http;

/// <summary>
/// How every platform's REST client retries one call (section <c>StoreHttp</c>): a few quick, jittered retries of
/// transient answers inside the call. What outlasts them reaches the connector, which backs off on its own (minutes).
/// </summary>
public sealed class StoreHttpOptions
{
    public const string SectionName = "StoreHttp";

    /// <summary>Retries after the first attempt (5xx, 408, 429, timeouts, unreachable). 0 turns retrying off. Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>First retry's delay, doubling per retry with jitter. Default 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest backoff between two attempts. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest <c>Retry-After</c> (or BigCommerce reset) waited inside the call. A store asking for more is not retried here:
    /// the connector gets the 429 with the wait and schedules its own retry. Default 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt's limit until the response headers arrive. Default 20 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The whole call's limit, retries and waits included (the HttpClient's timeout). Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
