using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Portals;

namespace OrleansSync.Grains.Messaging;

/// <remarks>
/// Effects are carried out outside the turn that recorded them (the flush is not awaited by the turn), so two grains
/// sending to each other never wait on each other. One flush runs at a time, so a grain's messages to one receiver arrive
/// in sequence order.
/// </remarks>
public abstract partial class SyncGrain<TState>
{
    private readonly Dictionary<string, long> _handedToPortal = new(StringComparer.Ordinal);
    private Task? _flush;
    private bool _flushAgain;
    private bool _unsaved;
    private bool _inFlight;
    private EffectsInFlight? _effects;
    private IGrainTimer? _retryTimer;
    private TimeSpan _retryDelay;

    public async Task AcknowledgeAsync(IReadOnlyList<HubSpotAck> acks)
    {
        ThrowIfDiscarded();
        var synced = new List<GrainEnvelope>();
        foreach (var ack in acks)
        {
            if (Record.HubSpot.TryGetValue(ack.ObjectKey, out var pending) && pending.Version == ack.Version)
            {
                Record.HubSpot.Remove(ack.ObjectKey);
                _handedToPortal.Remove(ack.ObjectKey);
                _unsaved = true;
            }

            if (ack is { HubSpotId: { } id, DeadLettered: false } && HandlerMap.For(GetType()).ContainsKey(typeof(HubSpotObjectSynced)))
            {
                synced.Add(new GrainEnvelope($"ack:{ack.ObjectKey}#{ack.Version}", new HubSpotObjectSynced(ack.ObjectKey, id)));
            }
        }

        if (Record.HubSpot.Count == 0 && Record.UnsyncedSince is not null)
        {
            Record.UnsyncedSince = null;
            _unsaved = true;
        }

        // Learning an id can change what the grain owes (a waiting deal): such a turn is stored at once. Acknowledgements, and
        // turns that only noted an id, are stored with the next write.
        if (synced.Count > 0)
        {
            await RunTurnAsync(synced, tick: null, remember: false, storeOnlyWithEffects: true);
        }
    }

    private void StartFlush()
    {
        if (_discarded || !Record.HasEffects)
        {
            return;
        }

        if (_flush is { IsCompleted: false })
        {
            _flushAgain = true;
            return;
        }

        if (!_inFlight)
        {
            _inFlight = true;
            _effects?.Started();
        }

        _flush = FlushLoopAsync();
    }

    private void EffectsSettled()
    {
        if (_inFlight)
        {
            _inFlight = false;
            _effects?.Ended();
        }
    }

    private async Task FlushLoopAsync()
    {
        do
        {
            _flushAgain = false;
            var ok = await FlushOnceAsync();
            if (!ok)
            {
                ScheduleRetry();
                return;
            }

            _retryDelay = TimeSpan.Zero;
        }
        while (_flushAgain && !_discarded);

        EffectsSettled();
    }

    private async Task<bool> FlushOnceAsync()
    {
        var sender = Id.ToString();
        var deliveries = Record.Outbox.GroupBy(m => m.Target).Select(async group =>
        {
            var messages = group.OrderBy(m => m.Sequence).ToList();
            try
            {
                var envelopes = messages.Select(m => new GrainEnvelope($"{sender}#{m.Sequence}", MessageTypes.Deserialize(m.Type, m.Payload), sender, m.Sequence)).ToList();
                await GrainFactory.Get(group.Key).DeliverAsync(group.Key, envelopes);
                var last = messages[^1].Sequence;
                Record.Outbox.RemoveAll(m => m.Target == group.Key && m.Sequence <= last);
                _unsaved = true;
                return true;
            }
            catch (Exception error)
            {
                LogEffectFailed(_logger, error, group.Key.ToString(), sender);
                return false;
            }
        }).ToList();

        var handOvers = Record.HubSpot.Values
            .Where(w => !_handedToPortal.TryGetValue(w.ObjectKey, out var version) || version != w.Version)
            .GroupBy(w => w.PortalId)
            .Select(async group =>
            {
                var writes = group.ToList();
                try
                {
                    await GrainFactory.GetGrain<IHubSpotPortalQueue>(group.Key).EnqueueAsync(Id, writes);
                    foreach (var write in writes)
                    {
                        _handedToPortal[write.ObjectKey] = write.Version;
                    }

                    return true;
                }
                catch (Exception error)
                {
                    LogEffectFailed(_logger, error, $"hubspot-portal/{group.Key}", sender);
                    return false;
                }
            }).ToList();

        var results = await Task.WhenAll([.. deliveries, .. handOvers]);
        return results.All(ok => ok);
    }

    private void ScheduleRetry()
    {
        _retryDelay = _retryDelay == TimeSpan.Zero ? _options.EffectRetryDelay : TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, _options.EffectRetryPeriod.Ticks));
        DisposeRetryTimer();
        _retryTimer = this.RegisterGrainTimer(
            () =>
            {
                DisposeRetryTimer();
                StartFlush();
                return Task.CompletedTask;
            },
            new GrainTimerCreationOptions(_retryDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private void DisposeRetryTimer()
    {
        _retryTimer?.Dispose();
        _retryTimer = null;
    }
}
