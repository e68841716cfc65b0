using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Runtime.Activations;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Reminders;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Shards;

internal sealed partial class ShardWorker
{
    private void Route(IReadOnlyList<InboxEntry> claimed)
    {
        var toStart = new List<Activation>();
        var unroutable = new List<InboxEntry>();
        lock (_gate)
        {
            foreach (var entry in claimed)
            {
                if (!_activations.TryGetValue(entry.Target, out var activation))
                {
                    if (!_services.Registry.TryGet(entry.Target.Type, out var type))
                    {
                        unroutable.Add(entry);
                        continue;
                    }

                    activation = new Activation(entry.Target, type);
                    _activations[entry.Target] = activation;
                }

                if (activation.Queued.Add(entry.Sequence))
                {
                    activation.Mailbox.AddLast(entry);
                    _buffered++;
                }

                if (!activation.Running)
                {
                    activation.Running = true;
                    toStart.Add(activation);
                }
            }
        }

        foreach (var activation in toStart)
        {
            Interlocked.Increment(ref _running);
            _ = Task.Run(() => RunActivationAsync(activation), CancellationToken.None);
        }

        foreach (var entry in unroutable)
        {
            var error = new UnknownGrainTypeException(entry.Target.Type ?? "(none)").Message;
            var letter = new NewDeadLetter(DeadLetterKind.Message, entry.Target, null, entry.MessageType, entry.Payload, error, 1);
            _services.Metrics.OnDeadLettered();
            _ = _committer.CommitAsync(new TurnCommit(entry.Target, Shard, [entry.Sequence], null, [], [], [], letter));
        }
    }

    private async Task RunActivationAsync(Activation activation)
    {
        try
        {
            while (TryTakeTurn(activation, out var batch))
            {
                EnsureTrusted();
                if (activation.Instance is null)
                {
                    await ActivateAsync(activation);
                }

                var commit = await ExecuteTurnAsync(activation, batch);
                if (commit is null)
                {
                    continue;
                }

                await _committer.CommitAsync(commit.Value.Turn);
                activation.Version = commit.Value.Turn.State is { } write ? write.ExpectedVersion + 1 : activation.Version;
                activation.CommittedJson = commit.Value.StateJson;
                activation.Reminders = commit.Value.Reminders;
                Consumed(activation, batch);
            }
        }
        catch (Exception ex) when (!_aborted.IsCancellationRequested)
        {
            Fail(ex);
        }
        catch (Exception)
        {
            // The worker is already stopping; what was not committed is claimed again by the next owner.
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private bool TryTakeTurn(Activation activation, out List<InboxEntry> batch)
    {
        lock (_gate)
        {
            batch = [];
            if (_stopping.IsCancellationRequested || activation.Mailbox.Count == 0)
            {
                activation.Running = false;
                return false;
            }

            var take = activation.SingleStepRemaining > 0 ? 1 : _options.MaxMessagesPerTurn;
            while (batch.Count < take && activation.Mailbox.First is { } first)
            {
                batch.Add(first.Value);
                activation.Mailbox.RemoveFirst();
            }

            activation.LastUsed = _services.Clock.GetUtcNow();
            return true;
        }
    }

    private void Consumed(Activation activation, List<InboxEntry> batch)
    {
        var wasFull = false;
        lock (_gate)
        {
            foreach (var entry in batch)
            {
                activation.Queued.Remove(entry.Sequence);
                activation.Failures?.Remove(entry.Sequence);
            }

            wasFull = _buffered >= _options.MaxBufferedPerShard;
            _buffered -= batch.Count;
            activation.SingleStepRemaining = Math.Max(0, activation.SingleStepRemaining - batch.Count);
        }

        _services.Metrics.OnMessagesProcessed(batch.Count);
        if (wasFull)
        {
            Wake();
        }
    }

    private void Requeue(Activation activation, List<InboxEntry> batch)
    {
        lock (_gate)
        {
            for (var i = batch.Count - 1; i >= 0; i--)
            {
                activation.Mailbox.AddFirst(batch[i]);
            }
        }
    }

    private async Task ActivateAsync(Activation activation)
    {
        var stored = await _store.LoadGrainAsync(Trust.Lease, activation.Id, _aborted.Token);
        var instance = (IGrainActivation)ActivatorUtilities.CreateInstance(_services.Provider, activation.Type.ClassType);
        activation.Instance = instance;
        activation.Version = stored.Version;
        activation.CommittedJson = stored.StateJson;
        activation.Reminders = stored.Reminders.Count == 0 ? Activation.NoReminders : stored.Reminders.ToDictionary(r => r.Name, StringComparer.Ordinal);
        RestoreState(activation);
        instance.Attach(new TurnContext(activation.Id, _services.Clock, _services.Serializer, _services.ShardCount, activation.Reminders));
        await instance.OnActivateAsync(_aborted.Token);
        _services.Metrics.OnActivated();
    }

    private void RestoreState(Activation activation) =>
        activation.Instance!.State = activation.CommittedJson is null
            ? Activator.CreateInstance(activation.Instance.StateType)!
            : _services.Serializer.Deserialize(activation.CommittedJson, activation.Instance.StateType);

    /// <summary>
    /// Runs one turn. Null means it failed and was rolled back: the batch is back in the mailbox and will be
    /// retried (one message per turn until the failing one is isolated), or dead-lettered after its last attempt.
    /// </summary>
    private async Task<(TurnCommit Turn, string? StateJson, IReadOnlyDictionary<string, StoredReminder> Reminders)?> ExecuteTurnAsync(Activation activation, List<InboxEntry> batch)
    {
        var context = new TurnContext(activation.Id, _services.Clock, _services.Serializer, _services.ShardCount, activation.Reminders);
        var instance = activation.Instance!;
        instance.Attach(context);
        var failure = await HandleAllAsync(activation, context, batch);
        if (failure is null)
        {
            var json = _services.Serializer.Serialize(instance.State, instance.StateType);
            var state = json == activation.CommittedJson ? null : new StateWrite(activation.Version, json);
            var turn = new TurnCommit(activation.Id, Shard, [.. batch.Select(e => e.Sequence)], state, context.Messages, context.ReminderChanges, context.Outbox);
            return (turn, json, context.Reminders);
        }

        RestoreState(activation);
        if (batch.Count > 1)
        {
            activation.SingleStepRemaining = batch.Count;
            Requeue(activation, batch);
            return null;
        }

        activation.Failures ??= [];
        var attempts = activation.Failures[failure.Sequence] = activation.Failures.GetValueOrDefault(failure.Sequence) + 1;
        ShardLog.HandlerFailed(_logger, failure.Error, activation.Id.ToString(), batch[0].MessageType, attempts);
        if (!failure.Permanent && attempts < _options.MaxAttempts)
        {
            Requeue(activation, batch);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2_000, 25 * (1 << Math.Min(attempts, 6)))), _aborted.Token);
            return null;
        }

        var entry = batch[0];
        var letter = new NewDeadLetter(DeadLetterKind.Message, activation.Id, null, entry.MessageType, entry.Payload, failure.Error.Message, attempts);
        _services.Metrics.OnDeadLettered();
        return (new TurnCommit(activation.Id, Shard, [entry.Sequence], null, [], [], [], letter), activation.CommittedJson, activation.Reminders);
    }

    private async Task<TurnFailure?> HandleAllAsync(Activation activation, TurnContext context, List<InboxEntry> batch)
    {
        foreach (var entry in batch)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_aborted.Token);
            timeout.CancelAfter(_options.MaxTurnDuration);
            try
            {
                await HandleAsync(activation, context, entry, timeout.Token);
            }
            catch (Exception ex) when (!_aborted.IsCancellationRequested)
            {
                var permanent = ex is UnknownMessageTypeException or System.Text.Json.JsonException or NotSupportedException;
                return new TurnFailure(entry.Sequence, ex, permanent);
            }
        }

        return null;
    }

    private async Task HandleAsync(Activation activation, TurnContext context, InboxEntry entry, CancellationToken cancellationToken)
    {
        var instance = activation.Instance!;
        if (entry.MessageType == ReminderSchedule.TickMessageType)
        {
            var tick = ReminderSchedule.ParseTick(entry.Payload);
            if (!context.Reminders.TryGetValue(tick.Name, out var reminder) || reminder.Generation != tick.Generation)
            {
                return; // cancelled or replaced since it fired: a stale tick is consumed without effect
            }

            context.CompleteFiredReminder(reminder);
            if (instance is not IRemindable remindable)
            {
                throw new UnknownMessageTypeException(activation.Type.Name, entry.MessageType);
            }

            await remindable.ReceiveReminderAsync(tick, cancellationToken);
            _services.Metrics.OnReminderDelivered();
            return;
        }

        if (!activation.Type.Handlers.TryGetValue(entry.MessageType, out var handler))
        {
            throw new UnknownMessageTypeException(activation.Type.Name, entry.MessageType);
        }

        var message = _services.Serializer.Deserialize(entry.Payload, handler.MessageType);
        await handler.Invoke(instance, message, cancellationToken);
    }
}
