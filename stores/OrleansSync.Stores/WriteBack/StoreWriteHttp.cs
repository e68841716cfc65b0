using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// One write call to a store with the write-back's failure rule: unreachable, timed out, 408, 429 and 5xx throw
/// <see cref="StoreApiException"/> (the outbox retries); any other 4xx is a refusal carrying the store's message.
/// </summary>
public static class StoreWriteHttp
{
    private const int MessageExcerpt = 300;

    public static HttpContent Json(JsonNode body) => new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<StoreWriteAnswer> SendAsync(
        HttpClient http, HttpRequestMessage request, string platform, string storeId, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"{platform} store '{storeId}' is unreachable: {error.Message}", null, false, inner: error);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (status is 408 or 429 or >= 500)
            {
                throw new StoreApiException(
                    $"{platform} store '{storeId}' answered {status} to a customer write.", status, false, StoreRetryAfter.Of(response));
            }

            if (!response.IsSuccessStatusCode)
            {
                var message = text.Length > MessageExcerpt ? text[..MessageExcerpt] : text;
                return new StoreWriteAnswer(null, status, $"{platform} store '{storeId}' refused the customer write with {status}: {message}");
            }

            try
            {
                return new StoreWriteAnswer(string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text), status, null);
            }
            catch (JsonException error)
            {
                throw new StoreApiException($"{platform} store '{storeId}' answered a customer write with invalid JSON: {error.Message}", status, false, inner: error);
            }
        }
    }
}
