using OrleansSync.HubSpot.Client.Batches;
using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

public sealed partial class HubSpotClient
{
    /// <summary>Creates associations (v4 batch create, 100 per call). Type ids are directional: deal→contact is 3, line item→deal is 20.</summary>
    public async Task<BatchResult> CreateAssociationsAsync(string fromType, string toType, IReadOnlyList<AssociationInput> inputs, CancellationToken cancellationToken)
    {
        var unique = inputs.DistinctBy(i => (i.Key, i.AssociationTypeId)).ToList();
        var result = await InChunksAsync(unique, BatchSize, i => i.Key, (chunk, token) => CreateAssociationChunkAsync(fromType, toType, chunk, token), cancellationToken);
        LogOutcome("associate", $"{fromType}->{toType}", result);
        return result;
    }

    private async Task<ChunkAttempt> CreateAssociationChunkAsync(string fromType, string toType, IReadOnlyList<AssociationInput> chunk, CancellationToken cancellationToken)
    {
        var inputs = chunk.Select(i => new AssociationCreateWire(new IdWire(i.FromId), new IdWire(i.ToId), [new AssociationSpecWire(i.Category, i.AssociationTypeId)])).ToList();
        var response = await SendAsync(HttpMethod.Post, _paths.AssociationBatch(fromType, toType) + "/create", new BatchRequestWire<AssociationCreateWire>(inputs), HubSpotJsonContext.Default.BatchRequestWireAssociationCreateWire, countsAgainstWindow: false, cancellationToken);
        if (!response.IsSuccess)
        {
            return RejectOrThrow(response);
        }

        var body = System.Text.Json.JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.AssociationBatchResponseWire);
        var written = (body?.Results ?? []).Select(r => $"{r.FromObjectId}->{r.ToObjectId}").ToHashSet(StringComparer.Ordinal);
        var succeeded = new List<RecordSuccess>();
        var failed = new List<RecordFailure>();
        foreach (var input in chunk)
        {
            if (written.Contains(input.Key))
            {
                succeeded.Add(new RecordSuccess(input.Key, input.Key));
                continue;
            }

            var error = body?.Errors?.FirstOrDefault(e =>
                e.Context?.GetValueOrDefault("fromObjectId")?.Contains(input.FromId) == true
                || e.Context?.GetValueOrDefault("toObjectId")?.Contains(input.ToId) == true);
            failed.Add(new RecordFailure(input.Key, error?.ToError(response.Code) ?? new HubSpotError(response.Code, "MISSING_FROM_RESPONSE", "HubSpot's answer did not mention this association.")));
        }

        return new ChunkAttempt(null, succeeded, failed);
    }
}
