using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Keeps refused and quarantined deliveries (raw body, scrubbed headers, reason) and shapes the answers.</summary>
public sealed class DeliveryRecorder(IDeliveryLog log, GatewayMetrics metrics, IOptions<GatewayOptions> options, ILogger<DeliveryRecorder> logger)
{
    private const string RecordedKey = "OrleansSync.DeliveryRecordId";

    /// <summary>
    /// Keeps the delivery as rejected and answers with a problem-details body naming the kept record. When the delivery
    /// log cannot be written (PostgreSQL away), the answer is 503 with <c>Retry-After</c> instead: every refusal is kept,
    /// so one that cannot be kept is not final, and the platform sends the delivery again.
    /// </summary>
    public async Task<ProblemHttpResult> RejectAsync(
        DeliveryContext delivery,
        int statusCode,
        string problemType,
        string title,
        string detail,
        CancellationToken cancellationToken,
        IDictionary<string, string[]>? errors = null)
    {
        long recordId;
        try
        {
            recordId = await log.RecordAsync(ToRecord(delivery, DeliveryKind.Rejected, statusCode, $"{title}: {detail}"), Keeping(cancellationToken));
        }
        catch (Exception error) when (StorageOutage.Is(error))
        {
            GatewayLog.NotKept(logger, error, delivery.Platform, delivery.StoreId, delivery.Topic, statusCode);
            AskToRetry(delivery.Request.HttpContext);
            var refusal = statusCode == StatusCodes.Status503ServiceUnavailable ? "" : $" (it would be refused with {statusCode}: {title})";
            return TypedResults.Problem(
                $"The gateway's database is unavailable: the delivery could not be kept{refusal}. Retry the delivery.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Gateway storage unavailable", type: ProblemTypes.Unavailable);
        }

        delivery.Request.HttpContext.Items[RecordedKey] = recordId;
        if (statusCode == StatusCodes.Status503ServiceUnavailable)
        {
            AskToRetry(delivery.Request.HttpContext);
        }

        metrics.OnDeliveryRejected(delivery.Platform, statusCode);
        GatewayLog.Rejected(logger, delivery.Platform, delivery.StoreId, delivery.Topic, statusCode, title, recordId);
        var extensions = new Dictionary<string, object?> { ["recordId"] = recordId };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(detail, statusCode: statusCode, title: title, type: problemType, extensions: extensions);
    }

    /// <summary>
    /// The answer to a delivery the delivery queue could not take (PostgreSQL away; nothing was appended): 503 with
    /// <c>Retry-After</c>, the delivery kept as rejected if the delivery log can still be written.
    /// </summary>
    public Task<ProblemHttpResult> QueueUnavailableAsync(DeliveryContext delivery, CancellationToken cancellationToken) =>
        RejectAsync(
            delivery, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Delivery queue unavailable",
            "The delivery queue could not be written; nothing was appended. Retry the delivery.", cancellationToken);

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

    private void AskToRetry(HttpContext context) =>
        context.Response.Headers.RetryAfter = Math.Ceiling(options.Value.UnavailableRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

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
