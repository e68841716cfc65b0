using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>
/// commercetools Messages delivered by an AWS SNS topic's HTTPS subscription (raw message delivery off). Every request is
/// checked against the store's <see cref="StoreOptions.SnsTopicArn"/> and SNS's signature (certificate from an allowed
/// <c>SigningCertURL</c> only); a <c>SubscriptionConfirmation</c> is then confirmed by a GET to its <c>SubscribeURL</c>, and
/// a <c>Notification</c>'s message is mapped exactly as the Messages API poll maps it, under the same key (the message id),
/// so a message both polled and pushed is applied once.
/// </summary>
public sealed class CommerceToolsSnsWebhooks(CommerceToolsClient client, SnsCertificates certificates, SnsEndpoints endpoints, IHttpClientFactory httpClients)
    : IWebhookPlatform
{
    public StorePlatform Platform => StorePlatform.Commercetools;

    public string Name => "commercetools";

    /// <summary>SNS signs inside the body; the receiver's "signed at all" check looks at the header every SNS request carries.</summary>
    public string SignatureHeader => SnsMessage.TypeHeader;

    public bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body) => false;

    public string? SignatureOf(HttpRequest request) => TypeOf(request);

    /// <summary>The confirmations by the header; a notification by its commercetools message's type, in the body.</summary>
    public string? TopicOf(HttpRequest request) => TypeOf(request) is { } type and not SnsMessage.Notification ? type : null;

    public string? TopicOf(HttpRequest request, JsonElement body) =>
        TopicOf(request) ?? (TypeOf(request) == SnsMessage.Notification ? InnerMessage(body)?.RootElement.Id("type") : null);

    public bool IsKnownTopic(string topic) =>
        topic is SnsMessage.SubscriptionConfirmation or SnsMessage.UnsubscribeConfirmation
            or "OrderCreated" or "OrderImported" or "CustomerCreated" or "OrderDeleted" or "CustomerDeleted" or "ProductDeleted"
        || CommerceToolsMapper.ResourceToRead(topic) is not null;

    public async ValueTask<string?> UnauthenticAsync(HttpRequest request, ReadOnlyMemory<byte> body, StoreOptions store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (SnsMessage.TryParse(body.Span) is not { } message)
        {
            return "The body is not an SNS message.";
        }

        if (string.IsNullOrWhiteSpace(store.SnsTopicArn) || message.TopicArn != store.SnsTopicArn)
        {
            // Checked before any certificate is fetched: a stranger's topic costs us nothing.
            return $"Topic '{message.TopicArn}' is not the SNS topic configured for store '{store.Id}' (SnsTopicArn).";
        }

        if (message.Type != TypeOf(request))
        {
            return $"The {SnsMessage.TypeHeader} header does not match the signed message's Type.";
        }

        var (certificate, problem) = await certificates.GetAsync(message.SigningCertUrl, cancellationToken);
        if (certificate is null)
        {
            return problem;
        }

        return SnsSignature.Verifies(message, certificate)
            ? null
            : $"The SNS signature (SignatureVersion {message.SignatureVersion}) does not verify with the certificate at SigningCertURL.";
    }

    public string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body)
    {
        if (TypeOf(request) == SnsMessage.Notification)
        {
            using var inner = InnerMessage(body);
            return inner?.RootElement.Id("id") is { } messageId ? CommerceToolsMessages.DeliveryKey(store, messageId) : null;
        }

        return body.Id("MessageId") is { } snsId ? $"commercetools:{store.Id}:sns:{snsId}" : null;
    }

    public string? StoreMismatch(HttpRequest request, StoreOptions store) => null;

    public IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context) =>
        throw new NotSupportedException("SNS deliveries are mapped asynchronously.");

    public async ValueTask<IReadOnlyList<ICanonicalEvent>> MapAsync(string topic, JsonElement body, RecordMappingContext context, CancellationToken cancellationToken)
    {
        switch (topic)
        {
            case SnsMessage.SubscriptionConfirmation:
                await ConfirmAsync(body, cancellationToken);
                return [];
            case SnsMessage.UnsubscribeConfirmation:
                return [];
        }

        using var inner = InnerMessage(body) ?? throw new MappingException("The SNS Message is not a commercetools message.");
        return await CommerceToolsMessages.MapAsync(client, inner.RootElement, context, cancellationToken);
    }

    private async Task ConfirmAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var url = endpoints.Allowed(body.Str("SubscribeURL")) ?? throw new MappingException("SubscribeURL is not an https URL on an allowed SNS host.");
        try
        {
            using var response = await httpClients.CreateClient(SnsCertificates.HttpClientName).GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new StoreApiException($"SNS answered {(int)response.StatusCode} to the subscription confirmation.", (int)response.StatusCode, false);
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"SNS could not be reached to confirm the subscription: {error.Message}", null, false, null, error);
        }
    }

    private static string? TypeOf(HttpRequest request) =>
        request.Headers[SnsMessage.TypeHeader].FirstOrDefault() is { Length: > 0 } type ? type : null;

    private static JsonDocument? InnerMessage(JsonElement body)
    {
        try
        {
            return body.Str("Message") is { } text && JsonDocument.Parse(text) is var document
                ? document.RootElement.ValueKind == JsonValueKind.Object ? document : Dispose(document)
                : null;
        }
        catch (Exception error) when (error is JsonException or MappingException)
        {
            return null;
        }
    }

    private static JsonDocument? Dispose(JsonDocument document)
    {
        document.Dispose();
        return null;
    }
}
