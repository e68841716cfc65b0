using Microsoft.Extensions.Logging;

namespace OrleansSync.Runtime.Shards;

/// <summary>Log events of shard workers (event ids 1100–1199).</summary>
internal static partial class ShardLog
{
    [LoggerMessage(1100, LogLevel.Warning, "Shard {Shard}: lease at epoch {Epoch} lost: {Reason}")]
    public static partial void LeaseLost(ILogger logger, int shard, long epoch, string reason);

    [LoggerMessage(1101, LogLevel.Error, "Shard {Shard}: worker at epoch {Epoch} failed; the shard will be re-acquired and unacknowledged messages replayed")]
    public static partial void WorkerFailed(ILogger logger, Exception error, int shard, long epoch);

    [LoggerMessage(1102, LogLevel.Warning, "Grain {Grain}: handler for {MessageType} failed (attempt {Attempt})")]
    public static partial void HandlerFailed(ILogger logger, Exception error, string grain, string messageType, int attempt);

    [LoggerMessage(1103, LogLevel.Warning, "Shard {Shard}: drain timed out with {Running} turns still running; they will be replayed by the next owner")]
    public static partial void DrainTimedOut(ILogger logger, int shard, int running);

    [LoggerMessage(1104, LogLevel.Warning, "Grain {Grain}: OnDeactivateAsync failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception error, string grain);
}
