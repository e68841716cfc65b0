using System.Collections.Concurrent;
using System.Text.Json;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class DeliveryHandOff
{
    private async Task HandOverToGrainAsync(
        List<QueuedDelivery> rows, ConcurrentBag<long> delivered, ConcurrentBag<DeliveryFailure> failures, CancellationToken cancellationToken)
    {
        var target = rows[0].Target;

        // A call that could outlast a row's lease might overlap another gateway's hand-over of it: leave it to a sweep.
        var handOverBy = time.GetUtcNow() + _options.HandOffTimeout;
        var held = rows.Where(r => r.LeaseExpiresAt > handOverBy).ToList();
        if (held.Count < rows.Count)
        {
            DeliveryLog.LeaseTooShort(logger, rows.Count - held.Count, target);
        }

        var readable = new List<QueuedDelivery>(held.Count);
        var envelopes = new List<GrainEnvelope>(held.Count);
        foreach (var row in held)
        {
            try
            {
                envelopes.Add(new GrainEnvelope(row.DeduplicationKey, MessageTypes.Deserialize(row.MessageType, row.Payload)));
                readable.Add(row);
            }
            catch (Exception error) when (error is JsonException or NotSupportedException)
            {
                await ParkUnreadableAsync(row, error, delivered, failures, cancellationToken);
            }
        }

        if (envelopes.Count == 0)
        {
            return;
        }

        try
        {
            await grains.Get(target).DeliverAsync(target, envelopes).WaitAsync(_options.HandOffTimeout, time, cancellationToken);
            foreach (var row in readable)
            {
                delivered.Add(row.Id);
            }
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Orleans is at-most-once: a rejection, a timeout or no silo at all leaves the rows for the next attempt; the
            // grain drops whatever part of this call did reach it.
            var attempt = readable.Max(r => r.Attempts) + 1;
            var next = time.GetUtcNow() + _options.RetryDelay(attempt);
            DeliveryLog.HandOverFailed(logger, error, readable.Count, target, attempt, next);
            foreach (var row in readable)
            {
                failures.Add(new DeliveryFailure(row.Id, next, $"{error.GetType().Name}: {error.Message}"));
            }
        }
    }

    // A stored message that no longer reads (its type renamed without an alias) would fail forever: an operator decides.
    private async Task ParkUnreadableAsync(
        QueuedDelivery row, Exception error, ConcurrentBag<long> delivered, ConcurrentBag<DeliveryFailure> failures, CancellationToken cancellationToken)
    {
        var reason = $"{error.GetType().Name}: {error.Message}";
        if (_deadLetters is null)
        {
            DeliveryLog.UnreadableKept(logger, error, row.MessageType, row.Id, row.Target);
            failures.Add(new DeliveryFailure(row.Id, time.GetUtcNow() + _options.MaxRetryDelay, reason));
            return;
        }

        await _deadLetters.AddAsync(
            [new NewDeadLetter(DeadLetterKind.Message, row.Target, null, row.MessageType, row.Payload, reason, row.Attempts + 1)],
            cancellationToken);
        DeliveryLog.Unreadable(logger, error, row.MessageType, row.Id, row.Target);
        metrics.OnUnreadableDeadLettered(1);
        delivered.Add(row.Id);
    }
}
