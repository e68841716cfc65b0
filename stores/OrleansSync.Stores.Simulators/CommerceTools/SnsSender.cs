using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.CommerceTools;

/// <summary>
/// An AWS SNS topic delivering to an HTTPS subscription, with its own self-signed signing certificate: builds the JSON
/// bodies SNS posts (signed as SignatureVersion 1 or 2), and <see cref="Amazon"/> stands in for SNS's side of the HTTP —
/// it serves the certificate at <see cref="CertificateUrl"/> and records the subscription confirmations — without any network.
/// </summary>
public sealed class SnsSender : IDisposable
{
    public const string Region = "eu-west-1";

    private readonly RSA _key = RSA.Create(2048);
    private int _messages;

    public SnsSender(string topicArn, Uri? certificateUrl = null)
    {
        TopicArn = topicArn;
        CertificateUrl = certificateUrl ?? new Uri($"https://sns.{Region}.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem");
        var request = new CertificateRequest("CN=sns.amazonaws.com", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Amazon = new SnsHandler(this);
    }

    public string TopicArn { get; }

    public Uri CertificateUrl { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>SNS's HTTP side for the receiver's named client: the certificate by GET, confirmations recorded.</summary>
    public SnsHandler Amazon { get; }

    public JsonObject Notification(JsonObject commercetoolsMessage, string signatureVersion = "2", string? subject = null) =>
        Signed(new JsonObject
        {
            ["Type"] = "Notification",
            ["MessageId"] = NextMessageId(),
            ["TopicArn"] = TopicArn,
            ["Subject"] = subject,
            ["Message"] = commercetoolsMessage.ToJsonString(),
            ["Timestamp"] = Now(),
            ["SignatureVersion"] = signatureVersion,
            ["UnsubscribeURL"] = $"https://sns.{Region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={TopicArn}:1",
        });

    public JsonObject SubscriptionConfirmation(string signatureVersion = "1", string? subscribeUrl = null)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        return Signed(new JsonObject
        {
            ["Type"] = "SubscriptionConfirmation",
            ["MessageId"] = NextMessageId(),
            ["Token"] = token,
            ["TopicArn"] = TopicArn,
            ["Message"] = $"You have chosen to subscribe to the topic {TopicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
            ["SubscribeURL"] = subscribeUrl ?? $"https://sns.{Region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn={Uri.EscapeDataString(TopicArn)}&Token={token}",
            ["Timestamp"] = Now(),
            ["SignatureVersion"] = signatureVersion,
        });
    }

    /// <summary>The POST SNS makes: its JSON as text/plain with the x-amz-sns-* headers.</summary>
    public static HttpRequestMessage Request(Uri endpoint, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "text/plain") };
        request.Headers.Add("x-amz-sns-message-type", (string?)body["Type"]);
        request.Headers.Add("x-amz-sns-message-id", (string?)body["MessageId"]);
        request.Headers.Add("x-amz-sns-topic-arn", (string?)body["TopicArn"]);
        request.Headers.UserAgent.ParseAdd("Amazon Simple Notification Service Agent");
        return request;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }

    private JsonObject Signed(JsonObject body)
    {
        if (body["Subject"] is null)
        {
            body.Remove("Subject");
        }

        body["SigningCertURL"] = CertificateUrl.AbsoluteUri;
        var hash = (string?)body["SignatureVersion"] == "1" ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
        body["Signature"] = Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(StringToSign(body)), hash, RSASignaturePadding.Pkcs1));
        return body;
    }

    // As AWS documents it: "name\nvalue\n" for each signed field present, in this order.
    private static string StringToSign(JsonObject body)
    {
        string[] names = (string?)body["Type"] == "Notification"
            ? ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
            : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
        var text = new StringBuilder();
        foreach (var name in names)
        {
            if (body[name] is { } value)
            {
                text.Append(name).Append('\n').Append((string?)value).Append('\n');
            }
        }

        return text.ToString();
    }

    private string NextMessageId() => $"22b80b92-fdea-4c2c-8f9d-{Interlocked.Increment(ref _messages):D12}";

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public sealed class SnsHandler(SnsSender sns) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<Uri> _requests = new();

        /// <summary>Every URL fetched, certificate and confirmations alike.</summary>
        public IReadOnlyList<Uri> Requests => [.. _requests];

        public IReadOnlyList<Uri> Confirmations => [.. _requests.Where(u => u.Query.Contains("Action=ConfirmSubscription", StringComparison.Ordinal))];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue(request.RequestUri!);
            if (request.RequestUri == sns.CertificateUrl)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(sns.Certificate.ExportCertificatePem()) });
            }

            var confirmed = request.RequestUri!.Query.Contains("Action=ConfirmSubscription", StringComparison.Ordinal);
            return Task.FromResult(new HttpResponseMessage(confirmed ? HttpStatusCode.OK : HttpStatusCode.NotFound)
            {
                Content = new StringContent(confirmed ? "<ConfirmSubscriptionResponse/>" : ""),
            });
        }
    }
}
