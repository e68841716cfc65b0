namespace OrleansSync.HubSpot.Client.Batches;

/// <summary>
/// Per-record error isolation. HubSpot writes the good records of a batch and lists the bad ones (207) only in some
/// cases; otherwise one bad record fails the whole request (400/409) and nothing is written. Then the batch is split
/// in halves until every bad record stands alone: its own request fails with HubSpot's error for it, good neighbours land.
/// </summary>
internal static class BatchIsolation
{
    public static async Task<BatchResult> RunAsync<T>(
        IReadOnlyList<T> inputs,
        Func<T, string> key,
        Func<IReadOnlyList<T>, CancellationToken, Task<ChunkAttempt>> send,
        CancellationToken cancellationToken)
    {
        var attempt = await send(inputs, cancellationToken);
        if (attempt.Rejected is not { } error)
        {
            return new BatchResult(attempt.Succeeded, attempt.Failed);
        }

        if (inputs.Count == 1 || IsRequestLevel(error))
        {
            return new BatchResult([], [.. inputs.Select(i => new RecordFailure(key(i), error))]);
        }

        var half = inputs.Count / 2;
        var left = await RunAsync([.. inputs.Take(half)], key, send, cancellationToken);
        var right = await RunAsync([.. inputs.Skip(half)], key, send, cancellationToken);
        return new BatchResult([.. left.Succeeded, .. right.Succeeded], [.. left.Failed, .. right.Failed]);
    }

    /// <summary>Errors about the request itself, not a record in it: splitting would only repeat them.</summary>
    private static bool IsRequestLevel(HubSpotError error) =>
        error.Message.Contains("non-unique", StringComparison.OrdinalIgnoreCase)
        || error.Message.StartsWith("Unable to infer object type", StringComparison.OrdinalIgnoreCase);
}
