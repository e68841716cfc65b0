using Microsoft.Extensions.Logging;

namespace OrleansSync.Grains.Messaging;

public abstract partial class SyncGrain<TState>
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "A {MessageType} failed in grain {Grain}; dead-lettered, the rest of the batch goes on")]
    private static partial void LogPoisonMessage(ILogger logger, Exception error, string messageType, string grain);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Grain {Grain} found its stored state changed by another activation; this one deactivates and the caller retries")]
    private static partial void LogStaleActivation(ILogger logger, string grain);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Handing effects of {Grain} to {Target} failed; retrying")]
    private static partial void LogEffectFailed(ILogger logger, Exception error, string target, string grain);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "A turn of grain {Grain} changed its state but could not store it; this activation is discarded and the caller retries on a new one")]
    private static partial void LogDiscarded(ILogger logger, string grain);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Grain {Grain} could not store its acknowledgements on deactivation; its effects will be acknowledged again")]
    private static partial void LogUnsavedOnDeactivation(ILogger logger, Exception error, string grain);
}
