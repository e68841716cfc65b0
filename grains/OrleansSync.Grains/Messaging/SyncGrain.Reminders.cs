namespace OrleansSync.Grains.Messaging;

/// <remarks>
/// Domain reminders are kept in state with their due time on the sync clock; an Orleans reminder (ADO.NET on PostgreSQL in
/// production) wakes the grain when that time should have come, and the grain acts only if the sync clock agrees — so an
/// early, late or repeated tick is harmless, and tests move business time without moving Orleans. A reminder is registered
/// before the state that needs it is stored, and unregistered after: a crash in between leaves a spare tick, never a lost one.
/// One more reminder (<see cref="RetryReminder"/>) re-sends effects that were stored but not yet acknowledged.
/// </remarks>
public abstract partial class SyncGrain<TState>
{
    /// <summary>The Orleans reminder that re-sends unacknowledged effects.</summary>
    public const string RetryReminder = "sync.retry-effects";

    /// <summary>Orleans' reminder timers take due times up to ~49 days; a later one is re-registered when it ticks early.</summary>
    private static readonly TimeSpan MaxReminderDelay = TimeSpan.FromDays(7);

    private readonly Dictionary<string, IGrainReminder> _registered = new(StringComparer.Ordinal);

    /// <summary>When (real time) each reminder this activation registered first ticks.</summary>
    private readonly Dictionary<string, DateTimeOffset> _firstTicks = new(StringComparer.Ordinal);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ThrowIfDiscarded();
        if (reminderName == RetryReminder)
        {
            await RetryEffectsAsync();
            return;
        }

        if (!Record.Reminders.TryGetValue(reminderName, out var due))
        {
            await UnregisterRemindersAsync([reminderName]);
            return;
        }

        if (due > Now)
        {
            if (due - Now > _options.EffectRetryPeriod)
            {
                await RegisterAsync(reminderName, due - Now);
            }

            return;
        }

        Record.Reminders.Remove(reminderName);
        await RunTurnAsync([], new ReminderTick(reminderName, due), remember: false);
        if (!Record.Reminders.ContainsKey(reminderName))
        {
            await UnregisterRemindersAsync([reminderName]);
        }
    }

    private async Task RetryEffectsAsync()
    {
        if (Record.HasEffects)
        {
            // Re-send messages, and records whose portal queue is gone (lost with a silo); repeats are dropped or harmless.
            await ForgetLostHandOversAsync();
            StartFlush();
            return;
        }

        Record.RetryReminder = false;
        await WriteAsync();
        await UnregisterRemindersAsync([RetryReminder]);
    }

    private async Task RegisterRemindersAsync(TurnContext turn)
    {
        foreach (var name in turn.RemindersSet)
        {
            // A reminder moved later (every cart activity moves abandonment) needs no new registration: the earlier tick
            // finds it not yet due on the sync clock and registers the rest then. That saves a write per event.
            var delay = Record.Reminders[name] - Now;
            if (!_firstTicks.TryGetValue(name, out var first) || first > TimeProvider.System.GetUtcNow() + delay)
            {
                await RegisterAsync(name, delay);
            }
        }

        if (Record.HasEffects && !Record.RetryReminder)
        {
            await RegisterAsync(RetryReminder, _options.EffectRetryPeriod);
            Record.RetryReminder = true;
        }
    }

    private async Task RegisterAsync(string name, TimeSpan delay)
    {
        var dueTime = delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > MaxReminderDelay ? MaxReminderDelay : delay;
        _registered[name] = await this.RegisterOrUpdateReminder(name, dueTime, _options.EffectRetryPeriod);
        _firstTicks[name] = TimeProvider.System.GetUtcNow() + dueTime;
    }

    private async Task UnregisterRemindersAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _firstTicks.Remove(name);
            var reminder = _registered.Remove(name, out var known) ? known : await this.GetReminder(name);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }
}
