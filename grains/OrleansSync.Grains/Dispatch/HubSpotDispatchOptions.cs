using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Dispatch;

/// <summary>How each portal's grain drains its queue to HubSpot. Section <c>HubSpotDispatch</c>.</summary>
public sealed class HubSpotDispatchOptions : IValidatableObject
{
    public const string SectionName = "HubSpotDispatch";

    /// <summary>How often a portal's grain looks at its queue when it is not draining. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long a queue holding less than one full batch (100 records) waits for more before it is sent anyway, counted
    /// from when its oldest record arrived. A backlogged queue is sent at once. Default 250 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan CoalesceDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Records taken from the queue per drain (sent in batches of HubSpot's limit, 100). Default 5000: each drain round
    /// pays a grid-side cost (id-map writes, acknowledgements) of up to a second on a loaded machine; it overlaps the next
    /// round's sends (<see cref="MaxFinishingBatches"/>), and larger rounds keep HubSpot's calls full.
    /// </summary>
    [Range(1, 10_000)]
    public int ReadLimit { get; set; } = 5000;

    /// <summary>Batch calls a drain has in flight at once (the portal's rate limiter still paces them). Default 8.</summary>
    [Range(1, 64)]
    public int MaxConcurrentBatches { get; set; } = 8;

    /// <summary>
    /// Drained batches whose ids are still being stored and whose owning grains are still being acknowledged while the
    /// next batch is sent. 1 sends the next batch only once the last one is finished. Default 2.
    /// </summary>
    [Range(1, 16)]
    public int MaxFinishingBatches { get; set; } = 2;

    /// <summary>
    /// Failed attempts before a record becomes a dead letter. Only attempts the record is to blame for count: HubSpot
    /// failed it (a 5xx, timeout or record-level error) in a call of its own while answering other calls of the portal.
    /// 429s and whole-portal outages never count; HubSpot's record-level rejections (4xx) are dead-lettered at once. Default 5.
    /// </summary>
    [Range(1, 100)]
    public int MaxRecordAttempts { get; set; } = 5;

    /// <summary>Wait before a blamed record is tried again; doubles per attempt up to <see cref="RecordRetryMaxDelay"/>. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RecordRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between two attempts of a blamed record. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RecordRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Longest pause of the whole portal while HubSpot answers none of its calls (an outage): the pause starts at
    /// <see cref="PollInterval"/> and doubles per failed drain up to this. Default 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan OutageRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Drains an association may wait for an endpoint's HubSpot id before it becomes a dead letter. Default 200.</summary>
    [Range(1, 100_000)]
    public int MaxUnresolvedDrains { get; set; } = 200;

    /// <summary>Create the sync's properties and the "Ecommerce" pipeline when a portal's grain activates (idempotent). Default true.</summary>
    public bool BootstrapSchema { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RecordRetryMaxDelay < RecordRetryDelay)
        {
            yield return new ValidationResult($"{SectionName}:RecordRetryMaxDelay must not be shorter than RecordRetryDelay.", [nameof(RecordRetryMaxDelay)]);
        }

        if (OutageRetryMaxDelay < PollInterval)
        {
            yield return new ValidationResult($"{SectionName}:OutageRetryMaxDelay must not be shorter than PollInterval.", [nameof(OutageRetryMaxDelay)]);
        }
    }
}
