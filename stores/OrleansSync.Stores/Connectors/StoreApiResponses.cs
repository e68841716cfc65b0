using System.Net;
using OrleansSync.Stores.Http;

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
        throw new StoreApiException(message, status, auth, StoreRetryAfter.Of(response));
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
}
