using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Stores;

namespace OrleansSync.Grains.Connectors;

/// <summary>
/// When a silo becomes active, makes sure every configured store with an <c>Api</c> has its connector running. Every silo
/// does it; <see cref="IStoreConnectorGrain.StartAsync"/> is idempotent. Start-up does not wait for it.
/// </summary>
public sealed partial class StoreConnectorStarter(StoreCatalog catalog, IGrainFactory grains, ILogger<StoreConnectorStarter> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StoreConnectorStarter), ServiceLifecycleStage.Active, OnActive, OnStop);

    private Task OnActive(CancellationToken cancellationToken)
    {
        foreach (var store in catalog.Connected)
        {
            _ = StartAsync(store.Id);
        }

        return Task.CompletedTask;
    }

    private Task OnStop(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private async Task StartAsync(string storeId)
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IStoreConnectorGrain>(storeId).StartAsync();
                return;
            }
            catch (Exception error) when (attempt < 30)
            {
                LogStartFailed(logger, error, storeId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Starting the connector of store {Store} failed (attempt {Attempt}); retrying")]
    private static partial void LogStartFailed(ILogger logger, Exception error, string store, int attempt);
}
