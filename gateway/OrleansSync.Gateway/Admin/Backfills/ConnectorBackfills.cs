using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Admin.Backfills;

/// <summary>The backfill panel's rows: every resource of every store connector, as its grain reports it.</summary>
internal sealed class ConnectorBackfills(IGrainFactory grains, IOptions<GatewayOptions> options) : IBackfillProgressSource
{
    public async Task<IReadOnlyList<BackfillProgress>> ReadAsync(CancellationToken cancellationToken)
    {
        var stores = options.Value.Stores.Where(StoreCatalog.IsConnected).ToList();
        var rows = await Task.WhenAll(stores.Select(async store =>
        {
            try
            {
                var progress = await grains.GetGrain<IStoreConnectorGrain>(store.Id).GetProgressAsync().WaitAsync(cancellationToken);
                return progress.Resources
                    .Select(r => new BackfillProgress(
                        store.Id, r.Resource.ToLowerInvariant(), r.Done, r.Total, r.Rate, r.Eta?.TotalSeconds, StateOf(r.State), r.State == ConnectorState.Failing ? progress.LastError : null))
                    .ToList();
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                return [new BackfillProgress(store.Id, "all", 0, null, 0, null, "failed", $"The grid did not answer: {error.Message}")];
            }
        }));
        return [.. rows.SelectMany(r => r)];
    }

    private static string StateOf(ConnectorState state) => state switch
    {
        ConnectorState.Backfilling => "running",
        ConnectorState.Polling => "done",
        ConnectorState.Paused => "paused",
        _ => "failed",
    };
}
