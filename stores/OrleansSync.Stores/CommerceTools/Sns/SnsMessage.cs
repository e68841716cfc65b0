using System.Text.Json;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>
/// An Amazon SNS HTTPS delivery's JSON body (<c>x-amz-sns-message-type</c> says which <see cref="Type"/>):
/// <c>SubscriptionConfirmation</c> (confirmed by a GET to <see cref="SubscribeUrl"/>), <c>Notification</c> (the
/// published message, here a commercetools Message as a JSON string in <see cref="Message"/>) or <c>UnsubscribeConfirmation</c>.
/// </summary>
public sealed record SnsMessage(
    string? Type,
    string? MessageId,
    string? TopicArn,
    string? Subject,
    string? Message,
    string? Timestamp,
    string? SignatureVersion,
    string? Signature,
    string? SigningCertUrl,
    string? SubscribeUrl,
    string? Token)
{
    public const string TypeHeader = "x-amz-sns-message-type";
    public const string TopicArnHeader = "x-amz-sns-topic-arn";
    public const string SubscriptionConfirmation = "SubscriptionConfirmation";
    public const string Notification = "Notification";
    public const string UnsubscribeConfirmation = "UnsubscribeConfirmation";

    /// <summary>The fields as sent, kept verbatim: the signature is over their exact text.</summary>
    public static SnsMessage Of(JsonElement body) => new(
        body.Str("Type"),
        body.Str("MessageId"),
        body.Str("TopicArn"),
        body.Str("Subject"),
        body.Str("Message"),
        body.Str("Timestamp"),
        body.Str("SignatureVersion"),
        body.Str("Signature"),
        body.Str("SigningCertURL"),
        body.Str("SubscribeURL"),
        body.Str("Token"));

    /// <summary>The body's JSON, or null when it is not a JSON object.</summary>
    public static SnsMessage? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object ? Of(document.RootElement) : null;
        }
        catch (Exception error) when (error is JsonException or MappingException)
        {
            return null;
        }
    }
}
