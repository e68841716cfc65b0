using Microsoft.Extensions.Logging;

namespace OrleansSync.Grains.Connectors;

public sealed partial class StoreConnectorGrain
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Store {Store} ({Platform}): backfill started from {From}")]
    private static partial void LogBackfillStarted(ILogger logger, string store, string platform, DateTimeOffset? from);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Store {Store}: {Resource} backfilled ({Records} records); delta polls go on from here")]
    private static partial void LogBackfilled(ILogger logger, string store, string resource, long records);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Store {Store}: reading failed (attempt {Attempt}); retrying the same cursor in {Delay}")]
    private static partial void LogReadFailed(ILogger logger, Exception error, string store, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Store {Store}: {Count} {Resource} records could not be mapped or routed; kept as rejected")]
    private static partial void LogRejected(ILogger logger, string store, string resource, int count);
}
