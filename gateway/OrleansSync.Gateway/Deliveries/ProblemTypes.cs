namespace OrleansSync.Gateway.Deliveries;

/// <summary>The <c>type</c> URIs of the gateway's problem-details answers (stable; clients may switch on them).</summary>
public static class ProblemTypes
{
    public const string UnknownStore = "urn:orleanssync:gateway:unknown-store";
    public const string MissingSignature = "urn:orleanssync:gateway:missing-signature";
    public const string InvalidSignature = "urn:orleanssync:gateway:invalid-signature";
    public const string MalformedJson = "urn:orleanssync:gateway:malformed-json";
    public const string UnknownTopic = "urn:orleanssync:gateway:unknown-topic";
    public const string MissingDeliveryId = "urn:orleanssync:gateway:missing-delivery-id";
    public const string StoreMismatch = "urn:orleanssync:gateway:store-mismatch";
    public const string BodyTooLarge = "urn:orleanssync:gateway:body-too-large";
    public const string BodyIncomplete = "urn:orleanssync:gateway:body-incomplete";
    public const string MethodNotAllowed = "urn:orleanssync:gateway:method-not-allowed";
    public const string UnsupportedMediaType = "urn:orleanssync:gateway:unsupported-media-type";
    public const string HeadersTooLarge = "urn:orleanssync:gateway:headers-too-large";
    public const string UnknownEndpoint = "urn:orleanssync:gateway:unknown-endpoint";
    public const string InternalError = "urn:orleanssync:gateway:internal-error";
    public const string InvalidEvent = "urn:orleanssync:gateway:invalid-event";
    public const string Unavailable = "urn:orleanssync:gateway:grid-unavailable";
    public const string Unauthorized = "urn:orleanssync:gateway:admin-unauthorized";
    public const string NotFound = "urn:orleanssync:gateway:not-found";
    public const string NotReplayable = "urn:orleanssync:gateway:not-replayable";
    public const string ClusterUnavailable = "urn:orleanssync:gateway:cluster-unavailable";
}
