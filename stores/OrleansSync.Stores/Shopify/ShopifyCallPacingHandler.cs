namespace OrleansSync.Stores.Shopify;

/// <summary>Waits before each Shopify attempt as <see cref="ShopifyCallPacer"/> says, and tells it the level each answer reports.</summary>
public sealed class ShopifyCallPacingHandler(ShopifyCallPacer pacer, TimeProvider time) : DelegatingHandler
{
    /// <summary>The store's configured leak (<see cref="StoreApiOptions.CallsPerSecond"/>), when it has one.</summary>
    public static readonly HttpRequestOptionsKey<double> LeakPerSecond = new("OrleansSync.Shopify.LeakPerSecond");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var shop = ShopOf(request);
        double? leak = request.Options.TryGetValue(LeakPerSecond, out var configured) && configured > 0 ? configured : null;
        var wait = pacer.Reserve(shop, leak);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (ShopifyCallLimit.Of(response) is { } limit)
        {
            pacer.Observe(shop, limit, leak);
        }

        return response;
    }

    private static string ShopOf(HttpRequestMessage request) =>
        $"{request.RequestUri?.Authority}|{(request.Headers.TryGetValues(ShopifyApi.AccessTokenHeader, out var token) ? token.FirstOrDefault() : null)}";
}
