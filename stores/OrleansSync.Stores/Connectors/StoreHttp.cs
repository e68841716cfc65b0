using System.Net;
using System.Text.Json;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Connectors;

/// <summary>
/// One JSON call to a store's REST API with the platforms' shared error vocabulary: refused credentials, rate limits
/// (with the wait the store asked for), server errors and unreachable stores all become <see cref="StoreApiException"/>.
/// Transient failures were already retried by the client's <see cref="StoreResiliencePipeline"/>; what is left is the
/// caller's (the connector backs off and retries the same cursor; a webhook callback is quarantined).
/// </summary>
public static class StoreHttp
{
    /// <summary>The response's JSON, or null when the store says the record is not there (404) or the list is empty (204).</summary>
    public static async Task<JsonDocument?> SendAsync(
        HttpClient http,
        HttpRequestMessage request,
        string platform,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"{platform} API unreachable: {error.Message}", null, false, null, error);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NoContent)
            {
                return null;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new StoreApiException($"{platform} API refused the credentials ({status}).", status, true);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new StoreApiException($"{platform} API rate limit reached (429).", status, false, StoreRetryAfter.Of(response));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new StoreApiException($"{platform} API answered {status}.", status, false, StoreRetryAfter.Of(response));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            try
            {
                return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            }
            catch (JsonException error)
            {
                throw new StoreApiException($"{platform} API answered with invalid JSON: {error.Message}", status, false, null, error);
            }
        }
    }
}
