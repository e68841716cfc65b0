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
    /// <summary>
    /// A record handed to a portal's queue that still holds it (a backlog) is not handed over again at every retry tick; at
    /// every this many ticks without any acknowledgement it is, in case an acknowledgement was lost on its way here.
    /// </summary>
    private const int TicksBeforeHandingOverAgain = 8;

    /// <summary>Object key → the version handed to its portal, and the id of the portal queue that took it.</summary>
    private readonly Dictionary<string, (long Version, Guid Queue)> _handedToPortal = new(StringComparer.Ordinal);
    private int _ticksWithoutAcknowledgement;
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
        _ticksWithoutAcknowledgement = 0;
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
            .Where(w => !_handedToPortal.TryGetValue(w.ObjectKey, out var handed) || handed.Version != w.Version)
            .GroupBy(w => w.PortalId)
            .Select(async group =>
            {
                var writes = group.ToList();
                try
                {
                    var queue = await GrainFactory.GetGrain<IHubSpotPortalQueue>(group.Key).EnqueueAsync(Id, writes);
                    foreach (var write in writes)
                    {
                        _handedToPortal[write.ObjectKey] = (write.Version, queue);
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

    /// <summary>
    /// At a retry tick: forgets the hand-overs to portal queues that are gone (the portal's grain was activated anew, on
    /// this silo or another, and lost its in-memory queue), so the flush hands those records over again. During a long
    /// backlog the portal still holds them, and handing every record of every owing grain over again every tick would
    /// only keep the portal from draining.
    /// </summary>
    private async Task ForgetLostHandOversAsync()
    {
        if (++_ticksWithoutAcknowledgement >= TicksBeforeHandingOverAgain)
        {
            _ticksWithoutAcknowledgement = 0;
            _handedToPortal.Clear();
            return;
        }

        foreach (var portal in Record.HubSpot.Values.Select(w => w.PortalId).Distinct(StringComparer.Ordinal).ToList())
        {
            Guid? current;
            try
            {
                current = await GrainFactory.GetGrain<IHubSpotPortalQueue>(portal).GetQueueIdAsync();
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogEffectFailed(_logger, error, $"hubspot-portal/{portal}", Id.ToString());
                current = null;
            }

            foreach (var write in Record.HubSpot.Values.Where(w => w.PortalId == portal))
            {
                if (_handedToPortal.TryGetValue(write.ObjectKey, out var handed) && handed.Queue != current)
                {
                    _handedToPortal.Remove(write.ObjectKey);
                }
            }
        }
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
