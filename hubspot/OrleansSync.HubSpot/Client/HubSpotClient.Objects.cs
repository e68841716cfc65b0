using System.Globalization;
using OrleansSync.HubSpot.Client.Batches;
using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

public sealed partial class HubSpotClient
{
    /// <summary>
    /// Creates or updates records keyed by <paramref name="idProperty"/> (<c>email</c> for contacts, a unique-value
    /// property such as <c>ecom_order_key</c> otherwise), 100 per call. Repeating it is harmless. Inputs with the same
    /// key are merged (later properties win) and share one outcome.
    /// </summary>
    public async Task<BatchResult> UpsertAsync(string objectType, string idProperty, IReadOnlyList<UpsertRecord> records, CancellationToken cancellationToken)
    {
        string Normal(string key) => idProperty == "email" ? key.Trim().ToLowerInvariant() : key;
        var merged = records
            .GroupBy(r => Normal(r.Key), StringComparer.Ordinal)
            .Select(g => new UpsertRecord(g.Key, g.SelectMany(r => r.Properties).GroupBy(p => p.Key).ToDictionary(p => p.Key, p => p.Last().Value)))
            .ToList();
        var result = await InChunksAsync(merged, BatchSize, r => r.Key, (chunk, token) => UpsertChunkAsync(objectType, idProperty, chunk, token), cancellationToken);
        LogOutcome("upsert", objectType, result);
        if (merged.Count == records.Count && records.All(r => r.Key == Normal(r.Key)))
        {
            return result;
        }

        var ok = result.Succeeded.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var bad = result.Failed.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return new BatchResult(
            [.. records.Where(r => ok.ContainsKey(Normal(r.Key))).Select(r => ok[Normal(r.Key)] with { Key = r.Key })],
            [.. records.Where(r => bad.ContainsKey(Normal(r.Key))).Select(r => bad[Normal(r.Key)] with { Key = r.Key })]);
    }

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="primaryId"/> (contacts, companies, deals); returns the survivor (use its id).</summary>
    public async Task<HubSpotRecord> MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, _paths.Objects(objectType) + "/merge", new MergeRequestWire(primaryId, mergedId), HubSpotJsonContext.Default.MergeRequestWire, cancellationToken);
        EnsureSuccess(response);
        var record = System.Text.Json.JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.ObjectWire)!;
        return new HubSpotRecord(record.Id, record.Properties ?? []);
    }

    /// <summary>Permanently deletes a contact by email (GDPR); HubSpot also blocks the email from being used again.</summary>
    public async Task GdprDeleteContactAsync(string email, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, _paths.Objects(HubSpotObjectTypes.Contacts) + "/gdpr-delete", new GdprRequestWire(email, "email"), HubSpotJsonContext.Default.GdprRequestWire, cancellationToken);
        EnsureSuccess(response);
    }

    private async Task<ChunkAttempt> UpsertChunkAsync(string objectType, string idProperty, IReadOnlyList<UpsertRecord> chunk, CancellationToken cancellationToken)
    {
        // The trace id is the input's index: 207 errors name it, and it maps results back even if HubSpot reorders them.
        var inputs = chunk.Select((r, i) => new UpsertInputWire(r.Key, idProperty, r.Properties, i.ToString(CultureInfo.InvariantCulture))).ToList();
        var response = await SendAsync(HttpMethod.Post, _paths.Objects(objectType) + "/batch/upsert", new BatchRequestWire<UpsertInputWire>(inputs), HubSpotJsonContext.Default.BatchRequestWireUpsertInputWire, cancellationToken);
        if (!response.IsSuccess)
        {
            return RejectOrThrow(response);
        }

        var body = System.Text.Json.JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.BatchResponseWire);
        var byKey = chunk.Select((r, i) => (r.Key, i)).ToDictionary(x => idProperty == "email" ? x.Key.ToLowerInvariant() : x.Key, x => x.i, StringComparer.Ordinal);
        int? IndexOf(ObjectWire result) =>
            int.TryParse(result.ObjectWriteTraceId, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < chunk.Count ? i
            : result.Properties?.GetValueOrDefault(idProperty) is { } value && byKey.TryGetValue(idProperty == "email" ? value.ToLowerInvariant() : value, out var j) ? j
            : null;

        var done = new bool[chunk.Count];
        var succeeded = new List<RecordSuccess>();
        foreach (var result in body?.Results ?? [])
        {
            if (IndexOf(result) is { } i && !done[i])
            {
                done[i] = true;
                succeeded.Add(new RecordSuccess(chunk[i].Key, result.Id, result.IsNew));
            }
        }

        var failed = new List<RecordFailure>();
        foreach (var error in body?.Errors ?? [])
        {
            foreach (var trace in error.Context?.GetValueOrDefault("objectWriteTraceId") ?? [])
            {
                if (int.TryParse(trace, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < chunk.Count && !done[i])
                {
                    done[i] = true;
                    failed.Add(new RecordFailure(chunk[i].Key, error.ToError(response.Code)));
                }
            }
        }

        for (var i = 0; i < chunk.Count; i++)
        {
            if (!done[i])
            {
                failed.Add(new RecordFailure(chunk[i].Key, new HubSpotError(response.Code, "MISSING_FROM_RESPONSE", "HubSpot's answer named neither a result nor an error for this input.")));
            }
        }

        return new ChunkAttempt(null, succeeded, failed);
    }
}
