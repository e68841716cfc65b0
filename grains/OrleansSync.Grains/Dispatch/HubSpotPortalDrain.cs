using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Portals;
using OrleansSync.HubSpot;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// One drain of one portal's outbox: coalesce per object key, send in dependency order (products → companies → contacts →
/// deals → line items → associations → events) in batches, then record ids, tell the grains, complete or dead-letter rows.
/// </summary>
public sealed partial class HubSpotPortalDrain(
    IOutboxStore outbox,
    IGrainClient grains,
    IOptions<HubSpotDispatchOptions> dispatchOptions,
    IOptions<SyncMappingOptions> mappingOptions,
    DomainMetrics metrics,
    ILogger<HubSpotPortalDrain> logger)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly string[] _upsertOrder =
        [HubSpotObjectTypes.Products, HubSpotObjectTypes.Companies, HubSpotObjectTypes.Contacts, HubSpotObjectTypes.Deals, HubSpotObjectTypes.LineItems];

    private readonly HubSpotDispatchOptions _options = dispatchOptions.Value;
    private readonly SyncMappingOptions _mapping = mappingOptions.Value;

    /// <summary>Runs one drain; returns how many rows it completed or dead-lettered.</summary>
    public async Task<int> DrainOnceAsync(PortalSession session, HubSpotClient client, CancellationToken cancellationToken)
    {
        var rows = await outbox.ReadAsync(ObjectKeys.Channel(session.PortalId), _options.ReadLimit, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var outcome = new DrainOutcome();
        var items = Coalesce(rows, outcome);
        var pending = items.Select(i => i.ObjectKey).ToHashSet(StringComparer.Ordinal);
        await session.EnsureKnownAsync(grains, items.SelectMany(i => (string?[])[i.Write.RenameFromObjectKey, i.Write.FromObjectKey, i.Write.ToHubSpotId is null ? i.Write.ToObjectKey : null]).OfType<string>(), cancellationToken);
        foreach (var type in _upsertOrder)
        {
            if (!outcome.Failed)
            {
                await UpsertAsync(session, client, type, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Upsert && i.Write.ObjectType == type)], pending, outcome, cancellationToken);
            }
        }

        if (!outcome.Failed)
        {
            await AssociateAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Associate)], outcome, cancellationToken);
        }

        if (!outcome.Failed)
        {
            await SendEventsAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Event)], outcome, cancellationToken);
        }

        if (!outcome.Failed)
        {
            await GdprDeleteAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.GdprDelete)], outcome, cancellationToken);
        }

        await FinishAsync(session, outcome, cancellationToken);
        return outcome.Handled;
    }

    private static List<DrainItem> Coalesce(IReadOnlyList<OutboxEntry> rows, DrainOutcome outcome)
    {
        var items = new List<DrainItem>();
        foreach (var group in rows.GroupBy(r => r.ObjectKey, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(r => r.Id).ToList();
            var latest = ordered[^1];
            HubSpotWrite? write;
            try
            {
                write = JsonSerializer.Deserialize<HubSpotWrite>(latest.Payload, _json);
            }
            catch (JsonException ex)
            {
                outcome.Rejected.Add((latest, $"Unreadable outbox payload: {ex.Message}", 1));
                outcome.Completed.AddRange(ordered.Take(ordered.Count - 1).Select(r => r.Id));
                continue;
            }

            items.Add(new DrainItem(latest, write!, [.. ordered.Take(ordered.Count - 1).Select(r => r.Id)]));
        }

        return [.. items.OrderBy(i => ObjectKeys.Rank(i.Write)).ThenBy(i => i.Entry.Id)];
    }

    private async Task FinishAsync(PortalSession session, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Learned.Count > 0)
        {
            // Ids are durable in the id map before any row is completed: a new owner can still resolve associations.
            var updates = outcome.Learned.GroupBy(p => HubSpotIdMapGrain.BucketOf(p.Key))
                .Select(g => new GrainMessage(HubSpotIdMapGrain.For(session.PortalId, g.Key), new HubSpotIdsLearned(g.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))))
                .ToList();
            var receipts = await grains.PostManyAsync(updates, cancellationToken);
            await Task.WhenAll(receipts.Select(r => grains.WaitUntilProcessedAsync(r, TimeSpan.FromSeconds(30), cancellationToken)));
        }

        if (outcome.Notifications.Count > 0)
        {
            await grains.PostManyAsync(outcome.Notifications, cancellationToken);
        }

        if (outcome.Completed.Count > 0)
        {
            await outbox.CompleteAsync(outcome.Completed, cancellationToken);
        }

        if (outcome.Rejected.Count > 0)
        {
            await outbox.DeadLetterAsync(outcome.Rejected, cancellationToken);
        }
    }

    private void Reject(PortalSession session, DrainItem item, HubSpotError error, DrainOutcome outcome, string objectType)
    {
        var attempts = session.Attempt(item.ObjectKey);
        // A record-level error inside a 207 or a 4xx is HubSpot's verdict on the record; retrying the same payload cannot help.
        var permanent = error.Category != "MISSING_FROM_RESPONSE" && error.StatusCode is 207 or (>= 400 and < 500 and not 429);
        if (permanent || attempts >= _options.MaxAttempts)
        {
            outcome.Rejected.Add((item.Entry, $"{error.StatusCode} {error.Category}: {error.Message}", attempts));
            outcome.Completed.AddRange(item.Superseded);
            session.Attempts.Remove(item.ObjectKey);
            metrics.OnDeadLettered(objectType, 1);
            LogDeadLettered(logger, objectType, item.Entry.Id, session.PortalId, attempts, error.Category);
        }
    }

    private void Succeed(PortalSession session, DrainItem item, DrainOutcome outcome)
    {
        outcome.Completed.AddRange(item.AllIds);
        session.Attempts.Remove(item.ObjectKey);
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "HubSpot rejected {ObjectType} outbox row {OutboxId} of portal {PortalId} after {Attempts} attempt(s) ({Category}); dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, string objectType, long outboxId, string portalId, int attempts, string category);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "HubSpot call for {What} of portal {PortalId} failed; rows stay in the outbox for the next drain")]
    private static partial void LogCallFailed(ILogger logger, Exception error, string what, string portalId);
}
