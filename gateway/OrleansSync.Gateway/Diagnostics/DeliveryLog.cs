using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Diagnostics;

/// <summary>Log events of the delivery queue and its hand-off (event ids 3100–3199). Never payloads or emails.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(3100, LogLevel.Warning, "Hand-over of {Count} message(s) to {Grain} failed (attempt {Attempt}); retrying from {NextAttemptAt:O}")]
    public static partial void HandOverFailed(ILogger logger, Exception error, int count, GrainIdentity grain, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(3101, LogLevel.Error, "Queued {MessageType} message {Id} for {Grain} cannot be read back; moved to the dead letters")]
    public static partial void Unreadable(ILogger logger, Exception error, string messageType, long id, GrainIdentity grain);

    [LoggerMessage(3102, LogLevel.Error, "Queued {MessageType} message {Id} for {Grain} cannot be read back and no dead-letter store is registered; it stays pending")]
    public static partial void UnreadableKept(ILogger logger, Exception error, string messageType, long id, GrainIdentity grain);

    [LoggerMessage(3103, LogLevel.Error, "The delivery queue could not be read or updated; trying again in {Delay}")]
    public static partial void QueueUnavailable(ILogger logger, Exception error, TimeSpan delay);

    [LoggerMessage(3104, LogLevel.Debug, "Swept {Count} due message(s) from the delivery queue")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(3105, LogLevel.Information, "Pruned {Count} delivered message(s) older than the deduplication window ({Window})")]
    public static partial void Pruned(ILogger logger, long count, TimeSpan window);

    [LoggerMessage(3106, LogLevel.Debug, "Left {Count} message(s) for {Grain} to a later sweep: their lease runs out before a hand-over could finish")]
    public static partial void LeaseTooShort(ILogger logger, int count, GrainIdentity grain);
}
