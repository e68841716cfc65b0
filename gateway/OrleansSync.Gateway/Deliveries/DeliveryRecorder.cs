using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Keeps refused and quarantined deliveries (raw body, scrubbed headers, reason) and shapes the answers.</summary>
public sealed class DeliveryRecorder(IDeliveryLog log, GatewayMetrics metrics, ILogger<DeliveryRecorder> logger)
{
    /// <summary>Keeps the delivery as rejected and answers with a problem-details body naming the kept record.</summary>
    public async Task<ProblemHttpResult> RejectAsync(
        DeliveryContext delivery,
        int statusCode,
        string problemType,
        string title,
        string detail,
        CancellationToken cancellationToken,
        IDictionary<string, string[]>? errors = null)
    {
        var recordId = await log.RecordAsync(ToRecord(delivery, DeliveryKind.Rejected, statusCode, $"{title}: {detail}"), cancellationToken);
        metrics.OnDeliveryRejected(delivery.Platform, statusCode);
        GatewayLog.Rejected(logger, delivery.Platform, delivery.StoreId, delivery.Topic, statusCode, title, recordId);
        var extensions = new Dictionary<string, object?> { ["recordId"] = recordId };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(detail, statusCode: statusCode, title: title, type: problemType, extensions: extensions);
    }

    /// <summary>Keeps an authentic but unmappable delivery and answers 202 (the platform must not retry or disable the hook).</summary>
    public async Task<Accepted<DeliveryQuarantined>> QuarantineAsync(DeliveryContext delivery, string reason, CancellationToken cancellationToken)
    {
        var recordId = await log.RecordAsync(ToRecord(delivery, DeliveryKind.Quarantined, StatusCodes.Status202Accepted, reason), cancellationToken);
        metrics.OnDeliveryQuarantined(delivery.Platform);
        GatewayLog.Quarantined(logger, delivery.Platform, delivery.StoreId, delivery.Topic, reason, recordId);
        return TypedResults.Accepted($"/admin/deliveries/{recordId}", new DeliveryQuarantined("quarantined", recordId, reason));
    }

    private static NewDeliveryRecord ToRecord(DeliveryContext delivery, DeliveryKind kind, int statusCode, string reason) =>
        new(
            kind,
            delivery.Platform,
            delivery.StoreId,
            delivery.Topic,
            statusCode,
            reason,
            HeaderScrubber.Scrub(delivery.Request.Headers),
            delivery.Body.Bytes,
            delivery.Body.TooLarge,
            delivery.DeliveryKey,
            EmailExtractor.Extract(delivery.Body.Bytes),
            delivery.ReceivedAt);
}
