using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Gateway.Tests.HubSpotWebhooks;

/// <summary>Signs and posts a HubSpot webhook delivery as HubSpot does (computed here, independently of the gateway's code).</summary>
public static class HubSpotDelivery
{
    public const string Url = "http://localhost/webhooks/hubspot";
    public const string PortalId = "1001";
    public const string Secret = "hubspot-app-client-secret-for-tests";
    public const string AppId = "4242";

    public static Dictionary<string, string?> Settings(Dictionary<string, string?> settings)
    {
        settings[$"HubSpot:Portals:{PortalId}:ClientSecret"] = Secret;
        settings[$"HubSpot:Portals:{PortalId}:AppId"] = AppId;
        return settings;
    }

    public static string PropertyChange(long eventId, long occurredAtMs, string property, string value, string changeSource = "CRM_UI", string sourceId = "userId:77") =>
        $$"""[{"eventId":{{eventId}},"subscriptionId":25,"portalId":{{PortalId}},"appId":{{AppId}},"occurredAt":{{occurredAtMs}},"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":501,"propertyName":"{{property}}","propertyValue":"{{value}}","changeSource":"{{changeSource}}","sourceId":"{{sourceId}}"}]""";

    public static Task<HttpResponseMessage> PostV3Async(HttpClient client, string body, DateTimeOffset signedAt, string secret = Secret)
    {
        var timestamp = signedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("POST" + Url + body + timestamp)));
        return PostAsync(client, body, ("X-HubSpot-Signature-v3", signature), ("X-HubSpot-Request-Timestamp", timestamp));
    }

    public static Task<HttpResponseMessage> PostV1Async(HttpClient client, string body) =>
        PostAsync(client, body, ("X-HubSpot-Signature", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret + body)))), ("X-HubSpot-Signature-Version", "v1"));

    public static Task<HttpResponseMessage> PostV2Async(HttpClient client, string body) =>
        PostAsync(client, body, ("X-HubSpot-Signature", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret + "POST" + Url + body)))), ("X-HubSpot-Signature-Version", "v2"));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/hubspot") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }
}
