using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Client;

/// <summary>Posts messages by appending them to the inbox of the target grain's shard.</summary>
public sealed class GrainClient(IInboxStore inbox, GridSerializer serializer, IOptions<GridOptions> options) : IGrainClient
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private readonly int _shardCount = options.Value.ShardCount;

    public async ValueTask<PostReceipt> PostAsync(GrainId target, object message, string? deduplicationKey = null, CancellationToken cancellationToken = default)
    {
        var receipts = await PostManyAsync([new GrainMessage(target, message, deduplicationKey)], cancellationToken);
        return receipts[0];
    }

    public async ValueTask<IReadOnlyList<PostReceipt>> PostManyAsync(IReadOnlyList<GrainMessage> messages, CancellationToken cancellationToken = default)
    {
        var entries = new NewInboxEntry[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var type = m.Message.GetType();
            entries[i] = new NewInboxEntry(ShardHash.ShardOf(m.Target, _shardCount), m.Target, MessageNames.Of(type), serializer.Serialize(m.Message, type), m.DeduplicationKey);
        }

        var outcomes = await inbox.AppendAsync(entries, cancellationToken);
        return outcomes.Select(o => new PostReceipt(o.Sequence, o.Duplicate)).ToList();
    }

    public async Task WaitUntilProcessedAsync(PostReceipt receipt, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (receipt.Sequence == 0)
        {
            return;
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (await inbox.IsPendingAsync(receipt.Sequence, cancellationToken))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Message {receipt.Sequence} was not processed within {timeout}.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public async ValueTask<TState?> ReadStateAsync<TState>(GrainId id, CancellationToken cancellationToken = default)
        where TState : class
    {
        var stored = await inbox.ReadGrainAsync(id, cancellationToken);
        return stored.StateJson is null ? null : (TState)serializer.Deserialize(stored.StateJson, typeof(TState));
    }
}
