namespace OrleansSync.HubSpot.Client.Batches;

/// <summary>What one batch request achieved: rejected whole (with HubSpot's error), or per-record successes and failures.</summary>
internal sealed record ChunkAttempt(HubSpotError? Rejected, IReadOnlyList<RecordSuccess> Succeeded, IReadOnlyList<RecordFailure> Failed)
{
    public static ChunkAttempt Reject(HubSpotError error) => new(error, [], []);
}
