using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Messaging;

/// <summary>
/// Base of the domain grains: turns a batch of messages into one turn (handlers from <see cref="IHandle{TMessage}"/>),
/// stores the new state with the turn's effects in one ETag-checked write, then carries the effects out.
/// <para>
/// Orleans messaging is at-most-once, so the guarantees are built here: a caller's <see cref="DeliverAsync"/> returns only
/// once the turn is durable (else the caller hands the messages over again, and repeats are dropped by id); messages to other
/// grains and HubSpot records leave through the stored state and are re-sent — after a failure, on reactivation, or by a
/// retry reminder — until acknowledged; a stale duplicate activation cannot store anything (its write fails on the ETag and
/// it deactivates). A message whose handler keeps failing is dead-lettered, and the rest of the batch goes on.
/// </para>
/// </summary>
public abstract partial class SyncGrain<TState>(IPersistentState<GrainRecord<TState>> storage) : Grain, IMessageGrain, IHubSpotSource, IRemindable
    where TState : class, new()
{
    private TurnContext? _turn;
    private bool _discarded;
    private SyncClock _clock = SyncClock.System;
    private SyncGrainOptions _options = new();
    private IDeadLetterStore? _deadLetters;
    private ILogger _logger = null!;

    /// <summary>The grain's domain state, stored with every turn.</summary>
    protected TState State
    {
        get => Record.State;
        set => Record.State = value;
    }

    /// <summary>What the current turn may do; only valid inside a handler.</summary>
    protected TurnContext Context => _turn ?? throw new InvalidOperationException("Effects can only be recorded inside a turn.");

    /// <summary>The grain's logical identity (full key, even when its Orleans key is a shortened form).</summary>
    protected GrainIdentity Id => new(this.GetGrainId().Type.ToString()!, Record.Key ?? this.GetPrimaryKeyString());

    protected DateTimeOffset Now => _clock.Now;

    private GrainRecord<TState> Record => storage.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _clock = ServiceProvider.GetService<SyncClock>() ?? SyncClock.System;
        _options = ServiceProvider.GetService<IOptions<SyncGrainOptions>>()?.Value ?? new SyncGrainOptions();
        _deadLetters = ServiceProvider.GetService<IDeadLetterStore>();
        _effects = ServiceProvider.GetService<EffectsInFlight>();
        _logger = ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
        if (Record.HasEffects)
        {
            // Effects stored by an earlier activation (this silo or one that died) may never have been acknowledged.
            StartFlush();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DisposeRetryTimer();
        EffectsSettled();
        if (_unsaved && !_discarded && reason.ReasonCode is not DeactivationReasonCode.ApplicationError)
        {
            try
            {
                await storage.WriteStateAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Only acknowledgements were unsaved; the effects are re-sent and acknowledged again.
                LogUnsavedOnDeactivation(_logger, error, Id.ToString());
            }
        }
    }

    public async Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
    {
        ThrowIfDiscarded();
        Record.Key ??= target.Key;
        var fresh = new List<GrainEnvelope>(envelopes.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var envelope in envelopes)
        {
            if (seen.Add(envelope.Id) && !AlreadyApplied(envelope))
            {
                fresh.Add(envelope);
            }
        }

        if (fresh.Count > 0)
        {
            await RunTurnAsync(fresh, tick: null, remember: true);
        }
    }

    /// <summary>Applies the messages (and the reminder tick) in one turn, dead-letters poison messages, stores, then carries out effects.</summary>
    /// <remarks>
    /// With <c>storeOnlyWithEffects</c> (acknowledgements), a turn that only took note of a HubSpot id (nothing sent,
    /// emitted or scheduled) is stored with the next write. Lost in a crash, it comes back: the record it acknowledged is
    /// still owed in the stored state, so it is sent again (an upsert by our key), acknowledged again and noted again.
    /// </remarks>
    private async Task RunTurnAsync(IReadOnlyList<GrainEnvelope> envelopes, ReminderTick? tick, bool remember, bool storeOnlyWithEffects = false)
    {
        ThrowIfDiscarded();
        TurnContext turn;
        try
        {
            turn = await ApplyAndStoreAsync(envelopes, tick, remember, storeOnlyWithEffects);
        }
        catch
        {
            // The turn changed this activation's state (messages marked applied, effects recorded) but did not store it
            // (a reminder could not be registered, the write failed): a caller's retry must not be dropped as already
            // applied, nor an effect that was never stored be sent. This activation goes; the next one reads the stored state.
            _discarded = true;
            LogDiscarded(_logger, Id.ToString());
            DeactivateOnIdle();
            throw;
        }

        await UnregisterRemindersAsync(turn.RemindersCancelled);
        StartFlush();
    }

    private async Task<TurnContext> ApplyAndStoreAsync(IReadOnlyList<GrainEnvelope> envelopes, ReminderTick? tick, bool remember, bool storeOnlyWithEffects)
    {
        var handlers = HandlerMap.For(GetType());
        var poisoned = new Dictionary<GrainEnvelope, Exception>();
        var key = Record.Key;
        TurnContext turn;
        while (true)
        {
            turn = _turn = NewTurn();
            GrainEnvelope? failed = null;
            try
            {
                foreach (var envelope in envelopes)
                {
                    if (!poisoned.ContainsKey(envelope))
                    {
                        failed = envelope;
                        NoteCause(envelope.Message);
                        await HandleAsync(handlers, envelope.Message);
                        failed = null;
                    }

                    if (remember)
                    {
                        MarkApplied(envelope);
                    }
                }

                if (tick is not null && this is IReminderReceiver receiver)
                {
                    await receiver.ReceiveReminderAsync(tick, CancellationToken.None);
                }

                break;
            }
            catch (Exception error) when (failed is not null && error is not OperationCanceledException)
            {
                // Roll back to the stored state and run the batch again without the message that failed.
                poisoned[failed] = error;
                LogPoisonMessage(_logger, error, failed.Message.GetType().Name, Id.ToString());
                await storage.ReadStateAsync();
                Record.Key ??= key;
            }
            finally
            {
                _turn = null;
            }
        }

        if (poisoned.Count > 0)
        {
            await DeadLetterAsync(poisoned);
        }

        if (storeOnlyWithEffects && !turn.RecordedEffects && poisoned.Count == 0)
        {
            _unsaved = true;
            return turn;
        }

        await RegisterRemindersAsync(turn);
        await WriteAsync();
        return turn;
    }

    /// <summary>An activation whose turn failed after changing its state answers nothing until Orleans replaces it.</summary>
    private void ThrowIfDiscarded()
    {
        if (_discarded)
        {
            throw new InvalidOperationException($"This activation of {Id} holds a turn that was not stored and is being replaced; try again.");
        }
    }

    private Task HandleAsync(IReadOnlyDictionary<Type, Func<object, object, CancellationToken, ValueTask>> handlers, object message) =>
        handlers.TryGetValue(message.GetType(), out var handle)
            ? handle(this, message, CancellationToken.None).AsTask()
            : throw new InvalidOperationException($"{GetType().Name} has no handler for {message.GetType().Name}.");

    private TurnContext NewTurn() =>
        new(() => Id, () => ++Record.LastSequence, Record.Outbox, Record.HubSpot, Record.Reminders, _clock, () => Record.UnsyncedSince);

    /// <summary>
    /// Latency is measured from the oldest store event not yet in HubSpot: a new event starts the clock when nothing is
    /// owed to HubSpot, and leaves an older running one alone.
    /// </summary>
    private void NoteCause(object message)
    {
        if (SyncCause.Of(message) is { } cause && (Record.HubSpot.Count == 0 || Record.UnsyncedSince is null))
        {
            Record.UnsyncedSince = cause;
        }
    }

    /// <summary>
    /// Stores state and pending effects (ETag-checked). Any other failed write is the caller's to handle: a turn discards
    /// its activation (<see cref="RunTurnAsync"/>), so a retry is applied from the stored state.
    /// </summary>
    private async Task WriteAsync()
    {
        try
        {
            await storage.WriteStateAsync();
            _unsaved = false;
        }
        catch (InconsistentStateException)
        {
            // Another activation stored since this one read: this one is stale and goes.
            LogStaleActivation(_logger, Id.ToString());
            DeactivateOnIdle();
            throw;
        }
    }

    private bool AlreadyApplied(GrainEnvelope envelope) =>
        envelope.Sender is { } sender
            ? Record.AppliedFrom.TryGetValue(sender, out var last) && envelope.Sequence <= last
            : Record.RecentDeliveries.Contains(DeliveryHash(envelope.Id));

    private void MarkApplied(GrainEnvelope envelope)
    {
        if (envelope.Sender is { } sender)
        {
            Record.AppliedFrom[sender] = Math.Max(envelope.Sequence, Record.AppliedFrom.GetValueOrDefault(sender));
            return;
        }

        Record.RecentDeliveries.Add(DeliveryHash(envelope.Id));
        if (Record.RecentDeliveries.Count > _options.RecentDeliveriesKept)
        {
            Record.RecentDeliveries.RemoveRange(0, Record.RecentDeliveries.Count - _options.RecentDeliveriesKept);
        }
    }

    private static string DeliveryHash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];

    private async Task DeadLetterAsync(Dictionary<GrainEnvelope, Exception> poisoned)
    {
        if (_deadLetters is null)
        {
            return;
        }

        await _deadLetters.AddAsync(
            [.. poisoned.Select(p => new NewDeadLetter(DeadLetterKind.Message, Id, null, MessageTypes.NameOf(p.Key.Message.GetType()),
                MessageTypes.Serialize(p.Key.Message), $"{p.Value.GetType().Name}: {p.Value.Message}", 1))],
            CancellationToken.None);
    }
}
