namespace OrleansSync.Stores.Connectors;

/// <summary>A store API call that failed: refused credentials, rate limited, unreachable or answering errors.</summary>
/// <remarks><see cref="RetryAfter"/>: how long the store asked us to wait (429 Retry-After or a platform's own header), when it said.</remarks>
public sealed class StoreApiException(string message, int? statusCode, bool isAuthFailure, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    public bool IsAuthFailure { get; } = isAuthFailure;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
