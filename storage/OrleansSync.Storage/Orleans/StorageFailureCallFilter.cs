using Microsoft.Extensions.Logging;

namespace OrleansSync.Storage.Orleans;

/// <summary>
/// Answers a grain call that failed on PostgreSQL (grain state or one of the sync's own stores) with a
/// <see cref="Contracts.Storage.StorageUnavailableException"/>: Npgsql's exceptions have no Orleans codec, so the caller
/// would get no answer at all and wait for its response timeout.
/// </summary>
internal sealed class StorageFailureCallFilter(ILogger<StorageFailureCallFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception error) when (StorageFailures.Translate(error) is { } unavailable)
        {
            StorageFailureLog.CallFailed(logger, error, context.InterfaceName, context.MethodName, context.TargetId);
            throw unavailable;
        }
    }
}
