using Microsoft.Extensions.Logging;

namespace OrleansSync.Storage.Orleans;

internal static partial class StorageFailureLog
{
    [LoggerMessage(4020, LogLevel.Warning, "Grain call {Interface}.{Method} on {Grain} failed on PostgreSQL; answered with StorageUnavailableException")]
    public static partial void CallFailed(ILogger logger, Exception error, string @interface, string method, GrainId grain);
}
