using OrleansSync.Contracts.Connectors;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Admin.Connectors;

/// <summary>Every configured store connector's progress, read from its grain; a grain that does not answer gives its error instead.</summary>
internal static class ConnectorProgressReader
{
    /// <summary>The stores that have a connector (an <c>Api</c> with an absolute base URL).</summary>
    public static IEnumerable<StoreOptions> Connected(GatewayOptions options) => options.Stores.Where(StoreCatalog.IsConnected);

    public static Task<ConnectorReading[]> ReadAllAsync(IGrainFactory grains, GatewayOptions options, CancellationToken cancellationToken) =>
        Task.WhenAll(Connected(options).Select(async store =>
        {
            try
            {
                return new ConnectorReading(store, await grains.GetGrain<IStoreConnectorGrain>(store.Id).GetProgressAsync().WaitAsync(cancellationToken), null);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                return new ConnectorReading(store, null, $"The grid did not answer: {error.Message}");
            }
        }));
}
