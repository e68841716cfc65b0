using System.Globalization;
using OrleansSync.HubSpot.Client.Batches;
using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

public sealed partial class HubSpotClient
{
    /// <summary>HubSpot accepts up to 500 custom events per batch send.</summary>
    public const int EventBatchSize = 500;

    /// <summary>Sends custom behavioural events (batch send; exempt from the burst and daily limits). Keys are the events' uuids.</summary>
    public async Task<BatchResult> SendEventsAsync(IReadOnlyList<BehavioralEvent> events, CancellationToken cancellationToken)
    {
        var result = await InChunksAsync(events, EventBatchSize, e => e.Uuid, SendEventChunkAsync, cancellationToken);
        LogOutcome("send events", "events", result);
        return result;
    }

    private async Task<ChunkAttempt> SendEventChunkAsync(IReadOnlyList<BehavioralEvent> chunk, CancellationToken cancellationToken)
    {
        var inputs = chunk.Select(e => new EventWire(e.EventName, e.Email, e.ObjectId, e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), e.Uuid, e.Properties)).ToList();
        var response = await SendAsync(HttpMethod.Post, _paths.Events + "/send/batch", new BatchRequestWire<EventWire>(inputs), HubSpotJsonContext.Default.BatchRequestWireEventWire, countsAgainstWindow: false, cancellationToken);
        return response.IsSuccess
            ? new ChunkAttempt(null, [.. chunk.Select(e => new RecordSuccess(e.Uuid, e.Uuid))], [])
            : RejectOrThrow(response);
    }
}
