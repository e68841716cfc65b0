using Microsoft.Extensions.Logging;

namespace OrleansSync.Gateway.Diagnostics;

/// <summary>Log events of the gateway (event ids 3000–3099). Never payloads, emails or secrets.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(3000, LogLevel.Debug, "Accepted {Platform} delivery for store {StoreId} ({Topic}): {Appended} appended, {Duplicates} duplicates")]
    public static partial void Accepted(ILogger logger, string platform, string storeId, string? topic, int appended, int duplicates);

    [LoggerMessage(3001, LogLevel.Warning, "Rejected {Platform} delivery for store {StoreId} ({Topic}) with {StatusCode}: {Reason} (record {RecordId})")]
    public static partial void Rejected(ILogger logger, string platform, string storeId, string? topic, int statusCode, string reason, long recordId);

    [LoggerMessage(3002, LogLevel.Warning, "Quarantined {Platform} delivery for store {StoreId} ({Topic}): {Reason} (record {RecordId})")]
    public static partial void Quarantined(ILogger logger, string platform, string storeId, string? topic, string reason, long recordId);

    [LoggerMessage(3003, LogLevel.Error, "Could not append {Platform} delivery for store {StoreId} ({Topic}); answered 503 so the platform retries")]
    public static partial void AppendFailed(ILogger logger, Exception error, string platform, string storeId, string? topic);

    [LoggerMessage(3004, LogLevel.Information, "Answered WooCommerce ping for store {StoreId}")]
    public static partial void Ping(ILogger logger, string storeId);

    [LoggerMessage(3005, LogLevel.Information, "GDPR erase {RequestId} queued for {PortalCount} portal(s) by {RequestedBy}; {DeliveriesErased} kept deliveries erased")]
    public static partial void EraseQueued(ILogger logger, string requestId, int portalCount, string requestedBy, int deliveriesErased);

    [LoggerMessage(3006, LogLevel.Warning, "Admin request refused: missing or wrong bearer token ({Path})")]
    public static partial void AdminRefused(ILogger logger, string path);

    [LoggerMessage(3007, LogLevel.Information, "Dead letter {Id} {Action} by an operator")]
    public static partial void DeadLetterAction(ILogger logger, long id, string action);

    [LoggerMessage(3008, LogLevel.Debug, "Dashboard sample of portal {PortalId} skipped: its grain did not answer ({Error})")]
    public static partial void PortalSampleFailed(ILogger logger, string portalId, string error);

    [LoggerMessage(3009, LogLevel.Warning, "Dashboard sampling failed; trying again at the next interval")]
    public static partial void SampleFailed(ILogger logger, Exception error);

    [LoggerMessage(3010, LogLevel.Warning, "Could not hand the stores to the grid's scheduled checks yet; retrying")]
    public static partial void ChecksNotScheduled(ILogger logger, Exception error);

    [LoggerMessage(3011, LogLevel.Information, "Scheduled the daily reconciliation and periodic data-quality checks of {PortalCount} portal(s)")]
    public static partial void ChecksScheduled(ILogger logger, int portalCount);

    [LoggerMessage(3012, LogLevel.Error, "Could not keep the {Platform} delivery for store {StoreId} ({Topic}) refused with {StatusCode}; answered 503 so the platform retries")]
    public static partial void NotKept(ILogger logger, Exception error, string platform, string storeId, string? topic, int statusCode);
}
