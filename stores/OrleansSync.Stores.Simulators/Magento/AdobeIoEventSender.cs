using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.Magento;

/// <summary>
/// Sends an Adobe Commerce event as Adobe I/O Events delivers it to a webhook: the CloudEvents body with the entity in
/// <c>data.value</c>, RSA-SHA256 signed with the simulator's key pair (two signature headers, as during key rotation).
/// </summary>
public sealed class AdobeIoEventSender : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    /// <summary>The public key to configure as the store's <c>SigningPublicKey</c>.</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public static JsonObject Body(string magentoEvent, JsonObject value, string eventId, string recipientClientId = "simulated-client-id") => new()
    {
        ["specversion"] = "1.0",
        ["id"] = eventId,
        ["source"] = "urn:uuid:fb58963f-0000-0000-0000-000000000000",
        ["type"] = $"com.adobe.commerce.observer.{magentoEvent}",
        ["datacontenttype"] = "application/json",
        ["time"] = "2026-03-01T09:00:00.000Z",
        ["event_id"] = eventId,
        ["recipient_client_id"] = recipientClientId,
        ["data"] = new JsonObject
        {
            ["key"] = Guid.NewGuid().ToString(),
            ["value"] = value.DeepClone(),
            ["source"] = "simulated.magento",
            ["_metadata"] = new JsonObject { ["commerceEdition"] = "Adobe Commerce", ["storeId"] = "1", ["websiteId"] = "1" },
        },
    };

    public string Sign(byte[] body) => Convert.ToBase64String(_key.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public HttpRequestMessage Request(Uri target, byte[] body, string eventCode, string eventId, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.UserAgent.ParseAdd("Adobe/1.0");
        request.Headers.Add("x-adobe-event-id", eventId);
        request.Headers.Add("x-adobe-event-code", eventCode);
        request.Headers.Add("x-adobe-provider", "simulated-provider");
        request.Headers.Add("x-adobe-digital-signature-1", signature ?? Sign(body));
        request.Headers.Add("x-adobe-digital-signature-2", signature ?? Sign(body));
        request.Headers.Add("x-adobe-public-key1-path", "/prod/keys/pub-key-simulated1.pem");
        request.Headers.Add("x-adobe-public-key2-path", "/prod/keys/pub-key-simulated2.pem");
        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpClient http, Uri target, string magentoEvent, JsonObject value, CancellationToken cancellationToken = default)
    {
        var eventId = Guid.NewGuid().ToString();
        var body = Encoding.UTF8.GetBytes(Body(magentoEvent, value, eventId).ToJsonString());
        return http.SendAsync(Request(target, body, $"com.adobe.commerce.observer.{magentoEvent}", eventId), cancellationToken);
    }

    public void Dispose() => _key.Dispose();
}
