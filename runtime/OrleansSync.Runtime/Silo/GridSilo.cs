using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Diagnostics;
using OrleansSync.Runtime.Membership;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Silo;

/// <summary>
/// One silo: joins the cluster, keeps its fair share of shard leases (renewing, acquiring, handing off),
/// runs a <see cref="ShardWorker"/> per owned shard and routes wake-up notifications to them.
/// </summary>
public sealed partial class GridSilo : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, ShardWorker> _workers = new();
    private readonly ILeaseStore _leases;
    private readonly IShardStore _shards;
    private readonly GridRuntimeServices _services;
    private readonly SiloOptions _options;
    private readonly TimeProvider _infra;
    private readonly ILogger<GridSilo> _logger;
    private readonly ILoggerFactory _loggerFactory;
    private CancellationTokenSource _life = new();
    private Task _loops = Task.CompletedTask;
    private readonly IInboxStore _inbox;
    private readonly GridOptions _grid;
    private volatile bool _paused;
    private long _lastPrune;

    internal GridSilo(ILeaseStore leases, IShardStore shards, IInboxStore inbox, GridRuntimeServices services, IOptions<SiloOptions> options, IOptions<GridOptions> grid, SiloClock clock, ILoggerFactory loggerFactory)
    {
        _inbox = inbox;
        _grid = grid.Value;
        _leases = leases;
        _shards = shards;
        _services = services;
        _options = options.Value;
        _infra = clock.Time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<GridSilo>();
    }

    public string SiloId => _options.SiloId;

    /// <summary>Raised when this silo acquires or stops running a shard.</summary>
    public event Action<SiloEvent>? Diagnostics;

    /// <summary>Shards this silo runs right now.</summary>
    public IReadOnlyCollection<int> OwnedShards => [.. _workers.Keys.Order()];

    public int ActivationCount => _workers.Values.Sum(w => w.ActivationCount);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _life = new CancellationTokenSource();
        await _leases.RegisterSiloAsync(SiloId, Environment.MachineName, cancellationToken);
        SiloLog.Started(_logger, SiloId, Environment.MachineName, _services.ShardCount, _options.LeaseTtl);
        var life = _life.Token;
        _loops = Task.WhenAll(
            Task.Run(() => LeaseLoopAsync(life), CancellationToken.None),
            Task.Run(() => ProbeLoopAsync(life), CancellationToken.None),
            Task.Run(() => ListenLoopAsync(life), CancellationToken.None));
    }

    /// <summary>Graceful leave: drains in-flight turns and releases every lease so nobody waits for an expiry.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _leases.SetSiloStatusAsync(SiloId, SiloStatus.Leaving, cancellationToken);
        await _life.CancelAsync();
        await _loops.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var released = 0;
        foreach (var shard in _workers.Keys.ToList())
        {
            if (await HandOffAsync(shard, cancellationToken))
            {
                released++;
            }
        }

        await _leases.SetSiloStatusAsync(SiloId, SiloStatus.Left, cancellationToken);
        SiloLog.Stopped(_logger, SiloId, released);
    }

    /// <summary>Stops as a crash would: no drain, no release, no goodbye. Others take over after the leases expire.</summary>
    public async Task KillAsync()
    {
        await _life.CancelAsync();
        await _loops.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // After the loops stopped, so a lease round that was still acquiring cannot leave a worker running.
        foreach (var worker in _workers.Values)
        {
            worker.Abort();
        }

        _workers.Clear();
    }

    /// <summary>Freezes lease renewal (as a long GC pause or a partition from the database would). Turns keep running until their trust windows end.</summary>
    public void Pause() => _paused = true;

    public void Resume() => _paused = false;

    public async ValueTask DisposeAsync() => await KillAsync();

    private async Task ListenLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _shards.ListenAsync(OnWork, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                SiloLog.ListenerFailed(_logger, ex, SiloId);
                await Task.Delay(_options.PollInterval, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// The fallback to notifications, and the reminder clock: one query per interval for all owned shards
    /// (not one per shard), waking only the shards that have work.
    /// </summary>
    private async Task ProbeLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Min(_options.PollInterval, _options.ReminderPollInterval), _infra, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var leases = _workers.Values.Where(w => !w.Faulted.IsCompleted).Select(w => w.Trust.Lease).ToList();
            if (_paused || leases.Count == 0 || cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            try
            {
                foreach (var work in await _shards.FindWorkAsync(leases, _services.Clock.GetUtcNow(), cancellationToken))
                {
                    if (_workers.TryGetValue(work.Shard, out var worker))
                    {
                        if (work.Messages)
                        {
                            worker.Wake();
                        }

                        if (work.Reminders)
                        {
                            worker.WakeReminders();
                        }
                    }
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                SiloLog.ProbeFailed(_logger, ex, SiloId);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private void Raise(SiloEvent e) => Diagnostics?.Invoke(e);

    private void OnWork(int? shard)
    {
        if (shard is { } s)
        {
            if (_workers.TryGetValue(s, out var worker))
            {
                worker.Wake();
            }

            return;
        }

        foreach (var worker in _workers.Values)
        {
            worker.Wake();
        }
    }
}
