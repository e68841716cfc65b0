using System.Net.Http.Headers;
using System.Text;

namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>
/// Posts HubSpot-style webhook deliveries (a JSON array of ≤ 100 events) to a URL, signed with v1 and v3 like HubSpot's
/// app webhooks. One attempt per call; the caller decides about retries.
/// </summary>
internal sealed class WebhookSender(HttpClient http, SandboxOptions options)
{
    public const int MaxEventsPerDelivery = 100;

    public async Task<int> SendAsync(Uri target, string clientSecret, string eventsJsonArray, CancellationToken cancellationToken)
    {
        var timestamp = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(eventsJsonArray, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-HubSpot-Signature-v3", WebhookSignature.V3(clientSecret, "POST", target.AbsoluteUri, eventsJsonArray, timestamp));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-HubSpot-Signature", WebhookSignature.V1(clientSecret, eventsJsonArray));
        request.Headers.Add("X-HubSpot-Signature-Version", "v1");
        using var response = await http.SendAsync(request, cancellationToken);
        return (int)response.StatusCode;
    }
}
