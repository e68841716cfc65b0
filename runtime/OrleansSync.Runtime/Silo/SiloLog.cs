using Microsoft.Extensions.Logging;

namespace OrleansSync.Runtime.Silo;

/// <summary>Log events of the silo host (event ids 1000–1099).</summary>
internal static partial class SiloLog
{
    [LoggerMessage(1000, LogLevel.Information, "Silo {SiloId} started on {Host} ({ShardCount} shards, lease TTL {LeaseTtl})")]
    public static partial void Started(ILogger logger, string siloId, string host, int shardCount, TimeSpan leaseTtl);

    [LoggerMessage(1001, LogLevel.Debug, "Silo {SiloId} acquired shard {Shard} at epoch {Epoch}")]
    public static partial void Acquired(ILogger logger, string siloId, int shard, long epoch);

    [LoggerMessage(1008, LogLevel.Information, "Silo {SiloId} now owns {Owned} shards ({Acquired} acquired this round)")]
    public static partial void OwnershipChanged(ILogger logger, string siloId, int owned, int acquired);

    [LoggerMessage(1002, LogLevel.Information, "Silo {SiloId} handed off shard {Shard}")]
    public static partial void HandedOff(ILogger logger, string siloId, int shard);

    [LoggerMessage(1003, LogLevel.Warning, "Silo {SiloId} lost shard {Shard} (epoch {Epoch})")]
    public static partial void Lost(ILogger logger, string siloId, int shard, long epoch);

    [LoggerMessage(1004, LogLevel.Error, "Silo {SiloId}: membership row gone or declared dead; dropping every shard and rejoining")]
    public static partial void DeclaredDead(ILogger logger, string siloId);

    [LoggerMessage(1005, LogLevel.Warning, "Silo {SiloId}: lease round failed; retrying")]
    public static partial void RoundFailed(ILogger logger, Exception error, string siloId);

    [LoggerMessage(1006, LogLevel.Information, "Silo {SiloId} stopped gracefully; {Shards} shards released")]
    public static partial void Stopped(ILogger logger, string siloId, int shards);

    [LoggerMessage(1009, LogLevel.Warning, "Silo {SiloId}: work probe failed; retrying")]
    public static partial void ProbeFailed(ILogger logger, Exception error, string siloId);

    [LoggerMessage(1010, LogLevel.Information, "Silo {SiloId} forgot {Count} deduplication keys older than the deduplication window")]
    public static partial void DeliveryKeysPruned(ILogger logger, string siloId, long count);

    [LoggerMessage(1007, LogLevel.Warning, "Silo {SiloId}: notification listener failed; polling covers until it reconnects")]
    public static partial void ListenerFailed(ILogger logger, Exception error, string siloId);
}
