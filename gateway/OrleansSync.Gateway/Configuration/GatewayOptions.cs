using System.ComponentModel.DataAnnotations;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Configuration;

/// <summary>The gateway's stores and request limits (section "Gateway").</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// Largest accepted request body in bytes; larger ones get 413 and are recorded (first bytes only).
    /// Default 2 MiB: a Shopify order with a few hundred lines is well under it.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Longest time a delivery's whole body may take to arrive; a slower (or stalled) body gets 408 and is kept with the
    /// bytes that did arrive. Default 15 s (Kestrel's own minimum data rate, 240 bytes/s after 5 s, also ends a silent body with 408).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Largest total size of a delivery's request headers (names and values); larger ones get 431 and are kept.
    /// Default 32 KiB, Kestrel's own default: the gateway raises Kestrel's limit to four times this so it sees and keeps
    /// such requests itself (beyond that Kestrel answers 431 before the gateway sees anything).
    /// </summary>
    [Range(1024, 256 * 1024)]
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// The <c>Retry-After</c> of a delivery answered 503 because the delivery queue (PostgreSQL) cannot be written.
    /// Default 30 s. Platforms that ignore the header retry on their own schedule.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UnavailableRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The stores this gateway accepts deliveries for. At least one is required (checked by <see cref="GatewayOptionsValidator"/>).</summary>
    public List<StoreOptions> Stores { get; set; } = [];
}
