using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Appends a delivery's canonical events to the delivery queue in one durable write, each under a deduplication key
/// derived from the platform's delivery id, so a repeated delivery is appended once; the queue then hands them to
/// their grains.
/// </summary>
public sealed class EventIngestor(DeliveryAppender queue, DeliveryRecorder recorder, GatewayMetrics metrics, ILogger<EventIngestor> logger)
{
    public async Task<Results<Ok<DeliveryAccepted>, Accepted<DeliveryQuarantined>, ProblemHttpResult>> IngestAsync(
        DeliveryContext delivery,
        IReadOnlyList<ICanonicalEvent> events,
        CancellationToken cancellationToken)
    {
        var key = delivery.DeliveryKey ?? throw new InvalidOperationException("A delivery key is required to append.");
        var deliveries = new PendingDelivery[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!GrainRouting.TryRoute(e, out var target, out var reason))
            {
                return await recorder.QuarantineAsync(delivery, reason, cancellationToken);
            }

            // One delivery can carry several events (a refund beside a status change, product variants):
            // each gets its own stable key, identical when the platform repeats the delivery.
            var type = MessageTypes.NameOf(e.GetType());
            deliveries[i] = new PendingDelivery(target, type, MessageTypes.Serialize(e), $"{key}|{type}|{e.Source.SourceId}", delivery.StoreId);
        }

        IReadOnlyList<AppendReceipt> receipts;
        try
        {
            receipts = await queue.AppendAsync(deliveries, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            GatewayLog.AppendFailed(logger, error, delivery.Platform, delivery.StoreId, delivery.Topic);
            return await recorder.QueueUnavailableAsync(delivery, cancellationToken);
        }

        var duplicates = receipts.Count(r => r.Duplicate);
        var appended = receipts.Count - duplicates;
        metrics.OnWebhookAccepted(delivery.Platform, appended, duplicates, Stopwatch.GetElapsedTime(delivery.Started));
        GatewayLog.Accepted(logger, delivery.Platform, delivery.StoreId, delivery.Topic, appended, duplicates);
        var status = events.Count == 0 ? "ignored" : appended == 0 ? "duplicate" : "appended";
        return TypedResults.Ok(new DeliveryAccepted(status, key, events.Count, appended, duplicates));
    }
}
