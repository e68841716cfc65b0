namespace OrleansSync.Stores.Http;

/// <summary>What a request tells the store clients' retry pipeline about itself.</summary>
public static class StoreRequests
{
    private static readonly HttpRequestOptionsKey<bool> Repeatable = new("OrleansSync.Stores.Repeatable");

    /// <summary>
    /// Marks a POST as safe to send again (an OAuth token request: a second token harms nothing). Other POSTs are never
    /// retried: a timeout or a 5xx may come after the store applied them.
    /// </summary>
    public static HttpRequestMessage AsRepeatable(this HttpRequestMessage request)
    {
        request.Options.Set(Repeatable, true);
        return request;
    }

    /// <summary>True for the methods HTTP defines as idempotent and for POSTs marked <see cref="AsRepeatable"/>.</summary>
    public static bool MayRepeat(HttpRequestMessage request) =>
        request.Method != HttpMethod.Post && request.Method != HttpMethod.Patch
        || request.Options.TryGetValue(Repeatable, out var repeatable) && repeatable;
}
