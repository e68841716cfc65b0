using System.Collections.Concurrent;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The real grain client, remembering every message the gateway appended (not the duplicates).</summary>
public sealed class CapturingGrainClient(IGrainClient inner) : IGrainClient
{
    private readonly ConcurrentQueue<GrainMessage> _appended = new();

    public IReadOnlyList<GrainMessage> Appended => [.. _appended];

    public IReadOnlyList<T> Events<T>() => [.. _appended.Select(m => m.Message).OfType<T>()];

    public async ValueTask<PostReceipt> PostAsync(GrainId target, object message, string? deduplicationKey = null, CancellationToken cancellationToken = default) =>
        (await PostManyAsync([new GrainMessage(target, message, deduplicationKey)], cancellationToken))[0];

    public async ValueTask<IReadOnlyList<PostReceipt>> PostManyAsync(IReadOnlyList<GrainMessage> messages, CancellationToken cancellationToken = default)
    {
        var receipts = await inner.PostManyAsync(messages, cancellationToken);
        for (var i = 0; i < messages.Count; i++)
        {
            if (!receipts[i].Duplicate)
            {
                _appended.Enqueue(messages[i]);
            }
        }

        return receipts;
    }

    public Task WaitUntilProcessedAsync(PostReceipt receipt, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        inner.WaitUntilProcessedAsync(receipt, timeout, cancellationToken);

    public ValueTask<TState?> ReadStateAsync<TState>(GrainId id, CancellationToken cancellationToken = default)
        where TState : class =>
        inner.ReadStateAsync<TState>(id, cancellationToken);
}
