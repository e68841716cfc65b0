using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Portals;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// The rate-limiting grain of one HubSpot portal (key: portal id). Orleans keeps one activation per portal, so one rate
/// limiter writes to each portal. Grains enqueue the records they owe; a grain timer drains the queue — coalesced per object,
/// in dependency order, in batches — then records the ids learned, acknowledges the owing grains and dead-letters what
/// HubSpot rejects. No grain waits on HubSpot: enqueueing interleaves with a running drain. A backlogged queue is sent in
/// full batches without pause; a partial batch waits <see cref="HubSpotDispatchOptions.CoalesceDelay"/> for company. While
/// HubSpot answers none of the portal's calls, the portal pauses (doubling up to <see cref="HubSpotDispatchOptions.OutageRetryMaxDelay"/>)
/// and then sends one read before its queue, so an outage does not spend the rate limit the drain needs once it ends.
/// </summary>
[GrainType("hubspot-portal")]
public sealed partial class HubSpotPortalGrain(
    [PersistentState("portal")] IPersistentState<HubSpotPortalState> storage,
    HubSpotPortalDrain drain,
    IOptions<HubSpotDispatchOptions> options,
    DomainMetrics metrics,
    TimeProvider time,
    OperationsMetrics operations,
    ILogger<HubSpotPortalGrain> logger) : Grain, IHubSpotPortalGrain, IHubSpotPortalQueue
{
    private readonly PortalQueue _queue = new();
    private readonly Guid _queueId = Guid.NewGuid();
    private readonly LatencyBook _latency = new();
    private readonly List<Task> _finishing = [];
    private PortalSession? _session;
    private bool _draining;
    private long _sent;
    private long _deadLettered;
    private string? _lastError;
    private DateTimeOffset _activeSince;
    private DateTimeOffset? _waitingSince;
    private DateTimeOffset _resumeAt;
    private int _outages;

    private string PortalId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activeSince = time.GetUtcNow();
        storage.State.Activations++;
        storage.State.LastSilo = RuntimeIdentity;
        storage.State.ActivatedAt = _activeSince;
        await storage.WriteStateAsync(cancellationToken);
        this.RegisterGrainTimer(DrainAsync, new GrainTimerCreationOptions(options.Value.PollInterval, options.Value.PollInterval) { Interleave = true, KeepAlive = true });
        LogActivated(logger, PortalId, RuntimeIdentity);
    }

    public Task<Guid> EnqueueAsync(GrainIdentity source, IReadOnlyList<PendingHubSpotWrite> writes)
    {
        metrics.OnHandedOver(writes.Count);
        var written = writes.Where(w => !_queue.Add(new QueuedWrite(source, w))).ToList();
        if (written.Count > 0)
        {
            // A re-send that crossed its acknowledgement: tell the grain again instead of writing again.
            _ = AcknowledgeAsync(source, [.. written.Select(w => new HubSpotAck(w.ObjectKey, w.Version, _session?.Ids.GetValueOrDefault(w.ObjectKey), DeadLettered: false))]);
        }

        NoteWaiting();
        return Task.FromResult(_queueId);
    }

    public Task<Guid> GetQueueIdAsync() => Task.FromResult(_queueId);

    public Task<IReadOnlyList<string>> GetQueuedAsync() => Task.FromResult(_queue.Keys);

    public Task<PortalStatus> GetStatusAsync() => Task.FromResult(new PortalStatus(
        PortalId, _queue.Count, _queue.InFlight, _sent, _deadLettered, ServiceProvider.GetService<IOptions<HubSpotClientOptions>>()?.Value.ForPortal(PortalId).EffectiveRequestsPerInterval ?? 0,
        _lastError, _activeSince, RuntimeIdentity));

    public Task<PortalOperations> GetOperationsAsync() => Task.FromResult(new PortalOperations(
        PortalId, time.GetUtcNow(), ServiceProvider.GetService<HubSpotClients>()?.For(PortalId).Calls ?? 0, _sent, _deadLettered,
        _latency.SentToday, _latency.DeadLetteredToday, _latency.Summary()));

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (_queue.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (now < _resumeAt || !ReadyToSend(now))
                {
                    return;
                }

                var client = ServiceProvider.GetRequiredService<HubSpotClients>().For(PortalId);
                _session ??= await OpenAsync(client, cancellationToken);
                var session = _session;
                if (_outages > 0 && !await drain.AnswersAsync(client.WithoutServerErrorRetries(), cancellationToken))
                {
                    PauseForOutage(now);
                    return; // HubSpot still answers nothing: one read per pause, not the whole queue again
                }

                bool Due(QueuedWrite write) => session.Suspects.IsDue(write, now);
                if (!_queue.HasAny(Due) || !await StillCurrentAsync(cancellationToken))
                {
                    return; // nothing but records waiting out their backoff, or superseded
                }

                var batch = _queue.Take(options.Value.ReadLimit, Due);
                _waitingSince = _queue.Count > 0 ? now : null;
                var watch = Stopwatch.StartNew();
                DrainOutcome outcome;
                try
                {
                    outcome = await drain.DrainAsync(session, client, GrainFactory, batch, cancellationToken);
                }
                catch
                {
                    foreach (var write in batch)
                    {
                        _queue.Return(write);
                    }

                    throw;
                }

                // The next batch is sent while this one's ids are stored and its owners acknowledged: the grid's part of a
                // round overlaps HubSpot's part of the next, instead of adding to it.
                _finishing.Add(FinishAsync(batch, outcome));
                metrics.OnDrained(watch.Elapsed);
                PauseIfOutage(outcome, now);
                if (outcome.Failed || outcome.Handled == 0)
                {
                    return; // wait for the next tick before trying again
                }

                await WhileFinishingAtMostAsync(options.Value.MaxFinishingBatches - 1);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _lastError = error.Message;
            LogDrainFailed(logger, error, PortalId);
        }
        finally
        {
            _draining = false;
        }
    }

    /// <summary>
    /// A stale activation (its silo was declared dead while stalled, and a new activation took over) must not keep
    /// writing to HubSpot: each drain first stores the portal's state, which fails on the ETag once another activation has.
    /// </summary>
    private async Task<bool> StillCurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            storage.State.LastDrainAt = time.GetUtcNow();
            await storage.WriteStateAsync(cancellationToken);
            return true;
        }
        catch (InconsistentStateException)
        {
            LogSuperseded(logger, PortalId, RuntimeIdentity);
            DeactivateOnIdle();
            return false;
        }
    }

    /// <summary>Waits until at most <paramref name="count"/> drained batches are still being finished.</summary>
    private async Task WhileFinishingAtMostAsync(int count)
    {
        _finishing.RemoveAll(f => f.IsCompleted);
        while (_finishing.Count > count)
        {
            await Task.WhenAny(_finishing);
            _finishing.RemoveAll(f => f.IsCompleted);
        }
    }

    /// <summary>
    /// Ids are stored in the id map before anyone is acknowledged, so a new activation can still resolve associations.
    /// When storing them fails, the batch is queued again: HubSpot's writes are upserts by our keys, so sending it again
    /// changes nothing there, and nobody was told it was written.
    /// </summary>
    private async Task FinishAsync(IReadOnlyList<QueuedWrite> batch, DrainOutcome outcome)
    {
        try
        {
            await StoreOutcomeAsync(outcome);
        }
        catch (Exception error)
        {
            _lastError = error.Message;
            LogFinishFailed(logger, error, PortalId);
            foreach (var write in batch)
            {
                _queue.Return(write);
            }

            return;
        }

        await AcknowledgeAsync(batch, outcome);
    }

    private async Task StoreOutcomeAsync(DrainOutcome outcome)
    {
        if (outcome.Learned.Count > 0 || outcome.Retired.Count > 0)
        {
            var buckets = outcome.Learned.Keys.Concat(outcome.Retired).Select(HubSpotIdMapGrain.BucketOf).Distinct();
            await Task.WhenAll(buckets.Select(bucket => GrainFactory.GetGrain<IHubSpotIdMapGrain>(HubSpotIdMapGrain.KeyOf(PortalId, bucket)).LearnAsync(
                outcome.Learned.Where(p => HubSpotIdMapGrain.BucketOf(p.Key) == bucket).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                [.. outcome.Retired.Where(k => HubSpotIdMapGrain.BucketOf(k) == bucket)])));
        }

        if (outcome.Rejected.Count > 0)
        {
            await ServiceProvider.GetRequiredService<IDeadLetterStore>().AddAsync(
                [.. outcome.Rejected.Where(r => r.Item.Queued.ReplayOf is null).Select(r => new NewDeadLetter(DeadLetterKind.HubSpotRecord, r.Item.Queued.Source, PortalId,
                    r.Item.ObjectKey, JsonSerializer.Serialize(r.Item.Queued.Pending, MessageTypes.Json), r.Error, r.Attempts))],
                CancellationToken.None);
        }
    }

    private async Task AcknowledgeAsync(IReadOnlyList<QueuedWrite> batch, DrainOutcome outcome)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var acks = new List<(GrainIdentity Source, HubSpotAck Ack)>();
        foreach (var (item, id) in outcome.Completed)
        {
            done.Add(item.ObjectKey);
            acks.Add((item.Queued.Source, new HubSpotAck(item.ObjectKey, item.Queued.Pending.Version, id, DeadLettered: false)));
            if (item.Queued.ReplayOf is { } letter)
            {
                await ServiceProvider.GetRequiredService<IDeadLetterStore>().RemoveAsync(letter, CancellationToken.None);
            }
        }

        foreach (var (item, _, _) in outcome.Rejected)
        {
            done.Add(item.ObjectKey);
            acks.Add((item.Queued.Source, new HubSpotAck(item.ObjectKey, item.Queued.Pending.Version, null, DeadLettered: true)));
        }

        Measure(outcome);
        _sent += outcome.Completed.Count;
        _deadLettered += outcome.Rejected.Count;
        _lastError = outcome.Outage ? "HubSpot answered no call of the portal; the portal pauses and tries again."
            : outcome.RateLimited ? "HubSpot rate-limited the portal; the rest waits for the next drain."
            : null;
        // An owing grain that misses its acknowledgement sends the record again later and is told again.
        await Task.WhenAll(acks.GroupBy(a => a.Source).Select(g => AcknowledgeAsync(g.Key, [.. g.Select(a => a.Ack)])));

        // Only now do the records leave the in-flight set: until the owing grains have the acknowledgement, the portal is not idle.
        foreach (var write in batch)
        {
            if (done.Contains(write.ObjectKey))
            {
                _queue.Done(write);
            }
            else
            {
                _queue.Return(write);
            }
        }
    }

    /// <summary>One latency sample per store event a drain completed records for (an order's deal, lines and associations count once).</summary>
    private void Measure(DrainOutcome outcome)
    {
        var now = time.GetUtcNow();
        _latency.Count(now, outcome.Completed.Count, outcome.Rejected.Count);
        foreach (var cause in outcome.Completed.Select(c => (c.Item.Queued.Source, c.Item.Queued.Pending.Cause)).Where(c => c.Cause is not null).Distinct())
        {
            _latency.Add(cause.Cause!.Kind, now - cause.Cause.ReceivedAt);
            operations.OnSynced(cause.Cause.Kind, now - cause.Cause.ReceivedAt);
        }
    }

    private async Task AcknowledgeAsync(GrainIdentity source, IReadOnlyList<HubSpotAck> acks)
    {
        try
        {
            await GrainFactory.GetGrain<IHubSpotSource>(source.ToGrainId()).AcknowledgeAsync(acks);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogAckFailed(logger, error, source.ToString(), PortalId);
        }
    }

    private async Task<PortalSession> OpenAsync(HubSpotClient client, CancellationToken cancellationToken)
    {
        var mapping = ServiceProvider.GetRequiredService<IOptions<SyncMappingOptions>>().Value;
        var schema = DomainSchema.Create(mapping);
        if (options.Value.BootstrapSchema || storage.State.PipelineId is null)
        {
            var report = options.Value.BootstrapSchema
                ? await ServiceProvider.GetRequiredService<HubSpotClients>().BootstrapperFor(PortalId).RunAsync(schema, cancellationToken)
                : null;
            if (report is not null)
            {
                (storage.State.PipelineId, storage.State.StageIds) = (report.PipelineId, new Dictionary<string, string>(report.StageIds, StringComparer.Ordinal));
            }
            else
            {
                var pipeline = (await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken)).FirstOrDefault(p => p.Label == schema.Pipeline.Label)
                    ?? throw new InvalidOperationException($"Portal {PortalId} has no '{schema.Pipeline.Label}' deal pipeline; run the schema bootstrap.");
                (storage.State.PipelineId, storage.State.StageIds) = (pipeline.Id!, pipeline.Stages.ToDictionary(s => s.Label, s => s.Id!, StringComparer.Ordinal));
            }

            await storage.WriteStateAsync(cancellationToken);
        }

        return new PortalSession(PortalId, storage.State.PipelineId!, storage.State.StageIds);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "HubSpot portal {PortalId} is drained on silo {Silo}")]
    private static partial void LogActivated(ILogger logger, string portalId, string silo);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "HubSpot portal {PortalId} is drained by a newer activation; this one on silo {Silo} stops")]
    private static partial void LogSuperseded(ILogger logger, string portalId, string silo);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Drain of HubSpot portal {PortalId} failed; retrying at the next tick")]
    private static partial void LogDrainFailed(ILogger logger, Exception error, string portalId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Could not store the outcome of a drain of HubSpot portal {PortalId}; its records are sent again")]
    private static partial void LogFinishFailed(ILogger logger, Exception error, string portalId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Could not acknowledge records to {Grain} for portal {PortalId}; it will send them again")]
    private static partial void LogAckFailed(ILogger logger, Exception error, string grain, string portalId);
}
