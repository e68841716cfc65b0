using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Tests.Support;

/// <summary>Store client retries for tests: the default count, short backoff, and at most 1 s of a store's Retry-After.</summary>
public static class StoreHttpTesting
{
    public const int RetryAttempts = 2;

    public static void Quick(StoreHttpOptions options)
    {
        options.MaxRetryAttempts = RetryAttempts;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        options.MaxRetryAfter = TimeSpan.FromSeconds(1);
    }
}
