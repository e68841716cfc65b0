using System.Globalization;

namespace OrleansSync.Stores.Http;

/// <summary>The wait a store's answer asks for, in any of the platforms' spellings.</summary>
public static class StoreRetryAfter
{
    /// <summary>
    /// <c>Retry-After</c> in seconds (Shopify sends fractions, "2.0", which the typed header does not parse) or as a date
    /// (measured from the answer's own <c>Date</c>, not our clock), else BigCommerce's <c>X-Rate-Limit-Time-Reset-Ms</c>.
    /// </summary>
    public static TimeSpan? Of(HttpResponseMessage response)
    {
        switch (response.Headers.RetryAfter)
        {
            case { Delta: { } delta }:
                return delta;
            case { Date: { } date } when response.Headers.Date is { } sent:
                return date > sent ? date - sent : TimeSpan.Zero;
        }

        if (response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return response.Headers.TryGetValues("X-Rate-Limit-Time-Reset-Ms", out var reset)
            && long.TryParse(reset.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : null;
    }
}
