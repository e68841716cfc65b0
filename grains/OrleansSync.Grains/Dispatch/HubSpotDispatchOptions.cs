using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Dispatch;

/// <summary>How each portal's grain drains its queue to HubSpot. Section <c>HubSpotDispatch</c>.</summary>
public sealed class HubSpotDispatchOptions
{
    public const string SectionName = "HubSpotDispatch";

    /// <summary>How often a portal's grain looks at its queue when it is not draining. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Records taken from the queue per drain (sent in batches of HubSpot's limit, 100). Default 1000.</summary>
    [Range(1, 10_000)]
    public int ReadLimit { get; set; } = 1000;

    /// <summary>Attempts for a record HubSpot fails transiently before it becomes a dead letter (client-side 4xx rejects go at once). Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Drains an association may wait for an endpoint's HubSpot id before it becomes a dead letter. Default 200.</summary>
    [Range(1, 100_000)]
    public int MaxUnresolvedDrains { get; set; } = 200;

    /// <summary>Create the sync's properties and the "Ecommerce" pipeline when a portal's grain activates (idempotent). Default true.</summary>
    public bool BootstrapSchema { get; set; } = true;
}
