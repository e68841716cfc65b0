using Microsoft.Extensions.Logging;

namespace OrleansSync.HubSpot;

/// <summary>Log events 4100–4199. No tokens, record keys or property values: they can be personal data.</summary>
public sealed partial class HubSpotClient
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "HubSpot {Operation} on {ObjectType}: {Succeeded} records written, {Failed} rejected")]
    private static partial void LogBatch(ILogger logger, string operation, string objectType, int succeeded, int failed);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "HubSpot rejected a record in {Operation} on {ObjectType}: {Category} (correlation {CorrelationId})")]
    private static partial void LogRecordRejected(ILogger logger, string operation, string objectType, string category, string? correlationId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "HubSpot {Method} {Path} answered {Status} {Category} (correlation {CorrelationId})")]
    private static partial void LogCallFailed(ILogger logger, string method, string path, int status, string? category, string? correlationId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "HubSpot daily API quota is spent; calls stop until it resets at midnight in the portal's time zone")]
    private static partial void LogDailyQuota(ILogger logger);

    private void LogOutcome(string operation, string objectType, BatchResult result)
    {
        LogBatch(_logger, operation, objectType, result.Succeeded.Count, result.Failed.Count);
        foreach (var failure in result.Failed.Take(10))
        {
            LogRecordRejected(_logger, operation, objectType, failure.Error.Category, failure.Error.CorrelationId);
        }
    }
}
