using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Portals;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Silo;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// Silo-side drain loop: for each configured portal, runs drains only while this silo owns the shard of the portal grain
/// <c>hubspot-portal/{portal}</c>, so exactly one silo writes to a portal and the rate limiter lives with that owner.
/// No grain turn waits on HTTP: grains only record writes in the outbox.
/// </summary>
public sealed partial class HubSpotPortalDispatcher(
    IServiceProvider services,
    GridSilo silo,
    HubSpotPortalDrain drain,
    IGrainClient grains,
    IOutboxStore outbox,
    IOptions<GridOptions> gridOptions,
    IOptions<HubSpotDispatchOptions> dispatchOptions,
    IOptions<SyncMappingOptions> mappingOptions,
    DomainMetrics metrics,
    TimeProvider time,
    ILogger<HubSpotPortalDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, PortalSession> _sessions = new(StringComparer.Ordinal);
    private readonly HubSpotDispatchOptions _options = dispatchOptions.Value;
    private readonly SortedSet<string> _portals = new(dispatchOptions.Value.Portals, StringComparer.Ordinal);
    private long _discoveredAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            await DiscoverAsync(stoppingToken);
            foreach (var portal in _portals)
            {
                try
                {
                    busy |= await TickAsync(portal, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _sessions.Remove(portal);
                    LogDrainFailed(logger, ex, portal);
                }
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task DiscoverAsync(CancellationToken cancellationToken)
    {
        if (!_options.DiscoverPortals || (_discoveredAt != 0 && Stopwatch.GetElapsedTime(_discoveredAt) < _options.DiscoveryInterval))
        {
            return;
        }

        _discoveredAt = Stopwatch.GetTimestamp();
        try
        {
            foreach (var channel in (await outbox.CountByChannelAsync(cancellationToken)).Keys)
            {
                if (channel.StartsWith(ObjectKeys.ChannelPrefix, StringComparison.Ordinal) && _portals.Add(channel[ObjectKeys.ChannelPrefix.Length..]))
                {
                    LogDiscovered(logger, channel[ObjectKeys.ChannelPrefix.Length..]);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDrainFailed(logger, ex, "(discovery)");
        }
    }

    private async Task<bool> TickAsync(string portal, CancellationToken cancellationToken)
    {
        var shard = ShardHash.ShardOf(HubSpotPortalGrain.For(portal), gridOptions.Value.ShardCount);
        if (!silo.OwnedShards.Contains(shard))
        {
            if (_sessions.Remove(portal))
            {
                LogReleased(logger, portal);
            }

            return false;
        }

        var client = services.GetRequiredService<HubSpotClient>();
        if (!_sessions.TryGetValue(portal, out var session))
        {
            _sessions[portal] = session = await OpenAsync(portal, client, cancellationToken);
            LogTakenOver(logger, portal);
        }

        var watch = Stopwatch.StartNew();
        var handled = await drain.DrainOnceAsync(session, client, cancellationToken);
        if (handled > 0)
        {
            metrics.OnDrained(watch.Elapsed);
        }

        return handled > 0;
    }

    private async Task<PortalSession> OpenAsync(string portal, HubSpotClient client, CancellationToken cancellationToken)
    {
        var schema = DomainSchema.Create(mappingOptions.Value);
        string pipelineId;
        IReadOnlyDictionary<string, string> stages;
        if (_options.BootstrapSchema)
        {
            var report = await services.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(schema, cancellationToken);
            (pipelineId, stages) = (report.PipelineId, report.StageIds);
        }
        else
        {
            var pipeline = (await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken)).FirstOrDefault(p => p.Label == schema.Pipeline.Label)
                ?? throw new InvalidOperationException($"Portal {portal} has no '{schema.Pipeline.Label}' deal pipeline; run the schema bootstrap.");
            (pipelineId, stages) = (pipeline.Id!, pipeline.Stages.ToDictionary(s => s.Label, s => s.Id!, StringComparer.Ordinal));
        }

        await grains.PostAsync(HubSpotPortalGrain.For(portal), new PortalBootstrapped(silo.SiloId, pipelineId, stages, time.GetUtcNow()), cancellationToken: cancellationToken);
        return new PortalSession(portal, pipelineId, stages);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Draining HubSpot portal {PortalId} on this silo")]
    private static partial void LogTakenOver(ILogger logger, string portalId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "HubSpot portal {PortalId} moved to another silo")]
    private static partial void LogReleased(ILogger logger, string portalId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Found outbox rows for HubSpot portal {PortalId}; draining it too")]
    private static partial void LogDiscovered(ILogger logger, string portalId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Drain of HubSpot portal {PortalId} failed; retrying")]
    private static partial void LogDrainFailed(ILogger logger, Exception error, string portalId);
}
