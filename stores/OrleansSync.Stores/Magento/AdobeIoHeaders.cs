namespace OrleansSync.Stores.Magento;

/// <summary>The headers of an Adobe I/O Events webhook delivery (platform-events.md §4.1).</summary>
public static class AdobeIoHeaders
{
    public const string EventId = "x-adobe-event-id";
    public const string EventCode = "x-adobe-event-code";
    public const string Signature1 = "x-adobe-digital-signature-1";
    public const string Signature2 = "x-adobe-digital-signature-2";
    public const string PublicKey1Path = "x-adobe-public-key1-path";
    public const string PublicKey2Path = "x-adobe-public-key2-path";
}
