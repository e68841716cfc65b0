using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Keeps refused and quarantined deliveries (raw body, scrubbed headers, reason) and shapes the answers.</summary>
public sealed class DeliveryRecorder(IDeliveryLog log, GatewayMetrics metrics, ILogger<DeliveryRecorder> logger)
{
    private const string RecordedKey = "OrleansSync.DeliveryRecordId";

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
        var recordId = await log.RecordAsync(ToRecord(delivery, DeliveryKind.Rejected, statusCode, $"{title}: {detail}"), Keeping(cancellationToken));
        delivery.Request.HttpContext.Items[RecordedKey] = recordId;
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
        var recordId = await log.RecordAsync(ToRecord(delivery, DeliveryKind.Quarantined, StatusCodes.Status202Accepted, reason), Keeping(cancellationToken));
        delivery.Request.HttpContext.Items[RecordedKey] = recordId;
        metrics.OnDeliveryQuarantined(delivery.Platform);
        GatewayLog.Quarantined(logger, delivery.Platform, delivery.StoreId, delivery.Topic, reason, recordId);
        return TypedResults.Accepted($"/admin/deliveries/{recordId}", new DeliveryQuarantined("quarantined", recordId, reason));
    }

    /// <summary>
    /// The refusal for a body that did not arrive whole or is over the limit (408, 413, 400), or null when the body is fine.
    /// </summary>
    public async Task<ProblemHttpResult?> RejectBodyAsync(DeliveryContext delivery, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (delivery.Body.Incomplete is not null || delivery.Body.TooLarge)
        {
            // The rest of the body is not read: the connection cannot carry another request, so Kestrel must not try to drain it.
            delivery.Request.HttpContext.Response.Headers.Connection = "close";
        }

        if (delivery.Body.Incomplete is { } failure)
        {
            return await RejectAsync(delivery, failure.StatusCode, ProblemTypes.BodyIncomplete, failure.Title, failure.Detail, cancellationToken);
        }

        return delivery.Body.TooLarge
            ? await RejectAsync(
                delivery, StatusCodes.Status413PayloadTooLarge, ProblemTypes.BodyTooLarge, "Body too large",
                $"The body exceeds the gateway's limit of {maxBodyBytes} bytes.", cancellationToken)
            : null;
    }

    /// <summary>True when this request's delivery was already kept (rejected or quarantined).</summary>
    public static bool WasKept(HttpContext context) => context.Items.ContainsKey(RecordedKey);

    // A refusal is kept even when the sender gave up (hung up mid-body): that is exactly when the operator needs it.
    private static CancellationToken Keeping(CancellationToken requestAborted) =>
        requestAborted.IsCancellationRequested ? CancellationToken.None : requestAborted;

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
