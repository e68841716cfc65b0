using System.Threading.Channels;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Group commit: calls that arrive while a write is in flight are written together in the next one, so many concurrent
/// callers (webhook requests) share transactions instead of queueing on them. Each caller still gets its own results,
/// in order, and returns only once its items are written; a failed write fails every caller of its group.
/// </summary>
/// <param name="write">Writes one group in one transaction and returns one result per item, in order.</param>
/// <param name="maxItemsPerWrite">Upper bound of items per write (a caller's items are never split across writes).</param>
internal sealed class GroupCommit<TItem, TResult>(
    Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TResult>>> write,
    int maxItemsPerWrite = 2_000) : IAsyncDisposable
{
    private readonly Channel<Waiter> _queue = Channel.CreateUnbounded<Waiter>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _writer;

    public Task<IReadOnlyList<TResult>> WriteAsync(IReadOnlyList<TItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<TResult>>([]);
        }

        EnsureWriter();
        var waiter = new Waiter(items, new TaskCompletionSource<IReadOnlyList<TResult>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(waiter))
        {
            throw new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>));
        }

        // Once queued the items are written even if this caller gives up; the caller only stops waiting.
        return waiter.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is { } writer)
        {
            await writer;
        }
    }

    private void EnsureWriter()
    {
        if (_writer is null)
        {
            lock (_gate)
            {
                _writer ??= Task.Run(WriteLoopAsync);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Waiter>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            var count = 0;
            while (count < maxItemsPerWrite && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                count += next.Items.Count;
            }

            try
            {
                var results = await write([.. group.SelectMany(w => w.Items)], CancellationToken.None);
                var offset = 0;
                foreach (var waiter in group)
                {
                    var own = new TResult[waiter.Items.Count];
                    for (var i = 0; i < own.Length; i++)
                    {
                        own[i] = results[offset + i];
                    }

                    waiter.Done.SetResult(own);
                    offset += own.Length;
                }
            }
            catch (Exception error)
            {
                foreach (var waiter in group)
                {
                    waiter.Done.TrySetException(error);
                }
            }
        }
    }

    private sealed record Waiter(IReadOnlyList<TItem> Items, TaskCompletionSource<IReadOnlyList<TResult>> Done);
}
