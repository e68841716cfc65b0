using Microsoft.Extensions.Logging;
using OrleansSync.Runtime.Activations;
using OrleansSync.Runtime.Diagnostics;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Silo;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Shards;

/// <summary>
/// Runs one owned shard: claims its inbox, keeps one mailbox per grain (so a slow grain never blocks its
/// neighbours), runs turns, group-commits them fenced by the lease, fires the shard's reminders and collects
/// idle activations. Any failure to commit ends the worker; the silo then re-acquires the shard with a new
/// epoch, and everything not committed is claimed again.
/// </summary>
internal sealed partial class ShardWorker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<GrainId, Activation> _activations = [];
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(250);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _remindersDue = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _aborted = new();
    private readonly TaskCompletionSource<Exception> _faulted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IShardStore _store;
    private readonly GridRuntimeServices _services;
    private readonly SiloOptions _options;
    private readonly ShardCommitter _committer;
    private readonly ILogger _logger;
    private readonly Func<int> _activationBound;
    private int _buffered;
    private int _running;
    private Task _loops = Task.CompletedTask;

    public ShardWorker(LeaseTrust trust, IShardStore store, GridRuntimeServices services, SiloOptions options, Func<int> activationBound, ILogger logger)
    {
        Trust = trust;
        _store = store;
        _services = services;
        _options = options;
        _activationBound = activationBound;
        _logger = logger;
        _committer = new ShardCommitter(store, trust.Lease, options.MaxTurnsPerCommit, services.Faults, services.Metrics.OnCommitted);
    }

    public LeaseTrust Trust { get; }

    public int Shard => Trust.Lease.Shard;

    public int ActivationCount
    {
        get
        {
            lock (_gate)
            {
                return _activations.Count;
            }
        }
    }

    /// <summary>Completes with the error when the worker has failed (lease lost, commit refused, store unreachable).</summary>
    public Task<Exception> Faulted => _faulted.Task;

    public void Start()
    {
        var token = _aborted.Token;
        _loops = Task.WhenAll(
            Task.Run(() => GuardAsync(() => _committer.RunAsync(token)), CancellationToken.None),
            Task.Run(() => GuardAsync(() => PumpAsync(_stopping.Token)), CancellationToken.None),
            Task.Run(() => GuardAsync(() => FireRemindersAsync(_stopping.Token)), CancellationToken.None),
            Task.Run(() => GuardAsync(() => WatchTrustAsync(token)), CancellationToken.None));
    }

    /// <summary>Wakes the claim loop: the shard has new messages.</summary>
    public void Wake() => Signal(_wake);

    /// <summary>Wakes the reminder loop: the shard has due reminders.</summary>
    public void WakeReminders() => Signal(_remindersDue);

    private static void Signal(SemaphoreSlim signal)
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Someone else signalled first; one wake-up is enough.
            }
        }
    }

    /// <summary>Graceful stop: no new turns, in-flight turns finish and commit (bounded), activations are deactivated.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (!await WaitForTurnsToEndAsync(_options.DrainTimeout, cancellationToken))
        {
            ShardLog.DrainTimedOut(_logger, Shard, Volatile.Read(ref _running));
        }

        _committer.Complete();
        await _aborted.CancelAsync();
        await _loops.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await DeactivateAllAsync(cancellationToken);
    }

    /// <summary>Abrupt stop, as in a crash: nothing drains, nothing is released.</summary>
    public void Abort()
    {
        _stopping.Cancel();
        _committer.Complete();
        _aborted.Cancel();
    }

    private async Task GuardAsync(Func<Task> loop)
    {
        try
        {
            await loop();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested || _aborted.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    private void Fail(Exception error)
    {
        if (_faulted.TrySetResult(error))
        {
            if (error is LeaseLostException or LeaseTrustExpiredException)
            {
                ShardLog.LeaseLost(_logger, Shard, Trust.Lease.Epoch, error.Message);
            }
            else
            {
                ShardLog.WorkerFailed(_logger, error, Shard, Trust.Lease.Epoch);
            }

            Abort();
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var room = _options.MaxBufferedPerShard - Volatile.Read(ref _buffered);
            if (room > 0)
            {
                EnsureTrusted();
                var claimed = await _store.ClaimAsync(Trust.Lease, Math.Min(room, _options.ClaimBatchSize), cancellationToken);
                Route(claimed);
                if (claimed.Count == _options.ClaimBatchSize)
                {
                    continue;
                }
            }

            // Notifications and the silo's probe wake this loop; the long timeout only guards against a lost wake-up.
            await _wake.WaitAsync(SafetyPoll, cancellationToken);
        }
    }

    private async Task FireRemindersAsync(CancellationToken cancellationToken)
    {
        var due = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            EnsureTrusted();
            if (due)
            {
                await _store.FireDueRemindersAsync(Trust.Lease, _services.Clock.GetUtcNow(), 500, cancellationToken);
            }

            await CollectIdleAsync(cancellationToken);
            due = await _remindersDue.WaitAsync(_options.ReminderPollInterval, cancellationToken);
        }
    }

    /// <summary>
    /// Ends the worker the moment its trust window closes, which cancels every in-flight turn: a turn must not
    /// still be running when the lease can expire and another silo may start the same grain.
    /// </summary>
    private async Task WatchTrustAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var remaining = Trust.Remaining;
            if (remaining <= TimeSpan.Zero)
            {
                throw new LeaseTrustExpiredException(Shard, Trust.Lease.Epoch);
            }

            // Renewals move the deadline; look again at least every quarter second.
            await Task.Delay(remaining < WatchInterval ? remaining + TimeSpan.FromMilliseconds(1) : WatchInterval, cancellationToken);
        }
    }

    /// <summary>Waits (bounded) until no turn of this worker is running any more; false if some still ran at the bound.</summary>
    public async Task<bool> WaitForTurnsToEndAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)bound.TotalMilliseconds;
        while (Volatile.Read(ref _running) > 0)
        {
            if (Environment.TickCount64 >= deadline || cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(5, CancellationToken.None);
        }

        return true;
    }

    private void EnsureTrusted()
    {
        if (!Trust.IsTrusted)
        {
            throw new LeaseTrustExpiredException(Shard, Trust.Lease.Epoch);
        }
    }
}
