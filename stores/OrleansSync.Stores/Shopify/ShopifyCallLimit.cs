using System.Globalization;

namespace OrleansSync.Stores.Shopify;

/// <summary>
/// Shopify's REST leaky bucket as each answer reports it: <c>X-Shopify-Shop-Api-Call-Limit: 32/40</c> = calls in the
/// bucket / its size. The leak is not reported; Shopify's plans leak a twentieth of the bucket a second (40 → 2/s,
/// 80 → 4/s, Plus 400 → 20/s).
/// </summary>
public readonly record struct ShopifyCallLimit(int Used, int Capacity)
{
    public const string Header = "X-Shopify-Shop-Api-Call-Limit";

    public double DefaultLeakPerSecond => Capacity / 20.0;

    public static ShopifyCallLimit? Of(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(Header, out var values) || values.FirstOrDefault()?.Split('/') is not [var used, var capacity])
        {
            return null;
        }

        return int.TryParse(used, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
            && int.TryParse(capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0
            ? new ShopifyCallLimit(u, c)
            : null;
    }
}
