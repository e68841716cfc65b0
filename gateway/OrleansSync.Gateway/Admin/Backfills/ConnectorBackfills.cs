using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Gateway.Admin.Connectors;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Admin.Backfills;

/// <summary>The backfill panel's rows: every resource of every store connector, as its grain reports it.</summary>
internal sealed class ConnectorBackfills(IGrainFactory grains, IOptions<GatewayOptions> options) : IBackfillProgressSource
{
    public async Task<IReadOnlyList<BackfillProgress>> ReadAsync(CancellationToken cancellationToken)
    {
        var readings = await ConnectorProgressReader.ReadAllAsync(grains, options.Value, cancellationToken);
        return [.. readings.SelectMany(Rows)];
    }

    private static IEnumerable<BackfillProgress> Rows(ConnectorReading reading) => reading.Progress is { } progress
        ? progress.Resources.Select(r => new BackfillProgress(
            reading.Store.Id, r.Resource.ToLowerInvariant(), r.Done, r.Total, r.Rate, r.Eta?.TotalSeconds, StateOf(r.State), r.State == ConnectorState.Failing ? progress.LastError : null))
        : [new BackfillProgress(reading.Store.Id, "all", 0, null, 0, null, "failed", reading.Error)];

    private static string StateOf(ConnectorState state) => state switch
    {
        ConnectorState.Backfilling => "running",
        ConnectorState.Polling => "done",
        ConnectorState.Paused => "paused",
        _ => "failed",
    };
}
