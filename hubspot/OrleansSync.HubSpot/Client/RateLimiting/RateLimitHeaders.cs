using System.Globalization;
using System.Net.Http.Headers;

namespace OrleansSync.HubSpot.Client.RateLimiting;

/// <summary>HubSpot's <c>X-HubSpot-RateLimit-*</c> headers of one response (absent on search and OAuth-daily).</summary>
internal sealed record RateLimitHeaders(int? Max, int? Remaining, TimeSpan? Interval, int? Daily, int? DailyRemaining)
{
    public static readonly RateLimitHeaders None = new(null, null, null, null, null);

    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Int(headers, "X-HubSpot-RateLimit-Max"),
        Int(headers, "X-HubSpot-RateLimit-Remaining"),
        Int(headers, "X-HubSpot-RateLimit-Interval-Milliseconds") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        Int(headers, "X-HubSpot-RateLimit-Daily"),
        Int(headers, "X-HubSpot-RateLimit-Daily-Remaining"));

    private static int? Int(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
