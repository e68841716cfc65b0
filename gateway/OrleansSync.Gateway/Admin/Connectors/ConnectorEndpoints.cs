using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Admin.Connectors;

internal static class ConnectorEndpoints
{
    public static void MapConnectors(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/connectors").WithTags("Admin: store connectors");
        group.MapGet("/", ListAsync)
            .WithName("ListConnectors")
            .WithSummary("Every store connector: state (Backfilling, Polling, Paused, Failing), last error, next poll, and per resource done/total/rate/eta/cursor.");
        group.MapPost("/{storeId}/backfill", (string storeId, DateTimeOffset? from, IGrainFactory grains, IOptions<GatewayOptions> options) =>
                CommandAsync(storeId, grains, options, c => c.BackfillAsync(from)))
            .WithName("BackfillConnector")
            .WithSummary("Starts or restarts a backfill of every resource, from the beginning or from ?from= (ISO 8601); delta polls follow.");
        group.MapPost("/{storeId}/pause", (string storeId, IGrainFactory grains, IOptions<GatewayOptions> options) =>
                CommandAsync(storeId, grains, options, c => c.PauseAsync()))
            .WithName("PauseConnector")
            .WithSummary("Stops reading after the page in progress; the cursor is kept.");
        group.MapPost("/{storeId}/resume", (string storeId, IGrainFactory grains, IOptions<GatewayOptions> options) =>
                CommandAsync(storeId, grains, options, c => c.ResumeAsync()))
            .WithName("ResumeConnector")
            .WithSummary("Reads again from the kept cursor (and retries a failing store at once).");
    }

    private static async Task<Ok<ConnectorList>> ListAsync(IGrainFactory grains, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var readings = await ConnectorProgressReader.ReadAllAsync(grains, options.Value, cancellationToken);
        return TypedResults.Ok(new ConnectorList([.. readings.Select(r => r.Progress is { } progress
            ? View(progress)
            : new ConnectorView(r.Store.Id, r.Store.Platform.ToString(), "Unknown", r.Error, null, 0, null, []))]));
    }

    private static async Task<Results<Accepted<ConnectorView>, ProblemHttpResult>> CommandAsync(
        string storeId, IGrainFactory grains, IOptions<GatewayOptions> options, Func<IStoreConnectorGrain, Task> command)
    {
        if (!ConnectorProgressReader.Connected(options.Value).Any(s => s.Id == storeId))
        {
            return TypedResults.Problem(
                $"No store '{storeId}' with an Api is configured.", statusCode: StatusCodes.Status404NotFound, title: "Unknown connector", type: ProblemTypes.NotFound);
        }

        var connector = grains.GetGrain<IStoreConnectorGrain>(storeId);
        try
        {
            await command(connector);
            return TypedResults.Accepted($"/admin/connectors", View(await connector.GetProgressAsync()));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return TypedResults.Problem(
                $"The connector did not answer: {error.Message}", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Grid unavailable", type: ProblemTypes.ClusterUnavailable);
        }
    }

    private static ConnectorView View(ConnectorProgress p) => new(
        p.Store,
        p.Platform.ToString(),
        p.State.ToString(),
        p.LastError,
        p.NextPollAt,
        p.Rejected,
        p.Silo,
        [.. p.Resources.Select(r => new ConnectorResourceView(p.Store, r.Resource, r.State.ToString(), r.Done, r.Total, r.Rate, r.Eta?.TotalSeconds, r.Cursor, p.LastError))]);
}
