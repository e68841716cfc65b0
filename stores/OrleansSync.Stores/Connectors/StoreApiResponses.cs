using System.Globalization;
using System.Net;

namespace OrleansSync.Stores.Connectors;

/// <summary>How the platforms' REST answers are read the same way: failures as <see cref="StoreApiException"/>, the store's clock.</summary>
public static class StoreApiResponses
{
    public static async Task ThrowIfFailedAsync(HttpResponseMessage response, string platform, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var excerpt = body.Length > 200 ? body[..200] : body;
        var auth = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        var message = auth
            ? $"{platform} refused the credentials ({status}): {excerpt}"
            : $"{platform} answered {status}: {excerpt}";
        throw new StoreApiException(message, status, auth, RetryAfter(response));
    }

    /// <summary>Sends, turning a transport failure or timeout into a <see cref="StoreApiException"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, string platform, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"{platform} is unreachable: {error.Message}", null, false, null, error);
        }
    }

    /// <summary>The store's own time of the answer (its Date header), else ours.</summary>
    public static DateTimeOffset ServerTime(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.Date ?? time.GetUtcNow();

    /// <summary>Retry-After in seconds (Shopify's fractional "2.0" too) when the store sent one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { Delta: { } delta })
        {
            return delta;
        }

        // Shopify sends fractional seconds ("2.0"), which the typed header does not parse.
        return response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
