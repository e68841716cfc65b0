using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

public sealed partial class HubSpotPortalDrain
{
    private const string DeadEndpoint = "ENDPOINT_DEAD_LETTERED";

    private Task UpsertAsync(PortalSession session, HubSpotClient client, string type, List<DrainItem> items, SemaphoreSlim gate, DrainOutcome outcome, CancellationToken cancellationToken) =>
        SendIsolatedAsync(session, client, type, items, HubSpotClient.BatchSize, (batch, token) => UpsertBatchAsync(session, client, type, batch, outcome, token), gate, outcome, cancellationToken);

    private async Task UpsertBatchAsync(PortalSession session, HubSpotClient client, string type, IReadOnlyList<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<DrainItem>>(StringComparer.OrdinalIgnoreCase);
        var records = new List<UpsertRecord>();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var write = item.Write;
            var key = write.Key;
            if (write.RenameFromObjectKey is { } from)
            {
                renames[item.ObjectKey] = from;
                if (session.Ids.ContainsKey(from))
                {
                    key = ObjectKeys.EmailOf(from);
                }
            }

            var properties = write.Properties.ToDictionary(p => _mapping.PropertyName(p.Key), p => p.Value, StringComparer.Ordinal);
            if (write.StageLabel is { } label)
            {
                properties["pipeline"] = session.PipelineId;
                properties["dealstage"] = session.StageIds[label];
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(item);
            records.Add(new UpsertRecord(key, properties));
        }

        if (records.Count == 0)
        {
            return;
        }

        await ClaimExistingAsync(session, client, type, items, cancellationToken);
        var result = await client.UpsertAsync(type, items[0].Write.IdProperty!, records, cancellationToken);
        foreach (var success in result.Succeeded)
        {
            foreach (var item in byKey.GetValueOrDefault(success.Key) ?? [])
            {
                Succeed(session, item, outcome, success.HubSpotId);
                if (renames.TryGetValue(item.ObjectKey, out var renamedFrom) && session.Retired.Add(renamedFrom))
                {
                    // The old key now names the renamed contact: its associations resolve to it, its writes are dropped.
                    outcome.Retired.Add(renamedFrom);
                    session.Ids[renamedFrom] = success.HubSpotId;
                    outcome.Learned[renamedFrom] = success.HubSpotId;
                }
            }
        }

        foreach (var failure in result.Failed)
        {
            foreach (var item in byKey.GetValueOrDefault(failure.Key) ?? [])
            {
                Reject(session, item, failure.Error, outcome, type);
            }
        }

        metrics.OnDispatched(type, result.Succeeded.Count);
    }

    /// <summary>
    /// Associations whose endpoints have HubSpot ids are sent; one whose endpoint is still being retried waits for it, one
    /// whose endpoint was dead-lettered is dead-lettered too (replaying the endpoint's letter replays it as well).
    /// </summary>
    private async Task AssociateAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, Func<string, bool> pending, SemaphoreSlim gate, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        var sends = new List<Task>();
        foreach (var group in items.GroupBy(i => (i.Write.ObjectType, i.Write.ToObjectType, i.Write.AssociationTypeId)))
        {
            var ready = new List<DrainItem>();
            foreach (var item in group)
            {
                var endpoints = new[] { item.Write.FromObjectKey, item.Write.ToHubSpotId is null ? item.Write.ToObjectKey : null }.OfType<string>().ToList();
                if (endpoints.FirstOrDefault(k => session.DeadLettered.Contains(k) && !pending(k)) is { } dead)
                {
                    DeadLetter(session, item, $"{DeadEndpoint}: the endpoint {dead} was dead-lettered; replaying its letter replays this one too.", 1, DeadEndpoint, outcome, "associations");
                    continue;
                }

                var fromId = session.Ids.GetValueOrDefault(item.Write.FromObjectKey!);
                var toId = item.Write.ToHubSpotId ?? session.Ids.GetValueOrDefault(item.Write.ToObjectKey!);
                if (fromId is null || toId is null)
                {
                    // An endpoint is not in HubSpot yet: the row waits for a later drain — bounded, unless the endpoint is being retried.
                    if (!endpoints.Any(pending) && session.Attempt(item.ObjectKey) >= _options.MaxUnresolvedDrains)
                    {
                        DeadLetter(session, item, "An associated object never reached HubSpot (see its own dead letter).", session.Attempts[item.ObjectKey], "UNRESOLVED", outcome, "associations");
                    }

                    continue;
                }

                ready.Add(item);
            }

            sends.Add(SendIsolatedAsync(session, client, "associations", ready, HubSpotClient.BatchSize, (batch, token) => AssociateBatchAsync(session, client, batch, outcome, token), gate, outcome, cancellationToken));
        }

        await Task.WhenAll(sends);
    }

    private async Task AssociateBatchAsync(PortalSession session, HubSpotClient client, IReadOnlyList<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<DrainItem>>(StringComparer.Ordinal);
        var inputs = new List<AssociationInput>();
        foreach (var item in items)
        {
            var input = new AssociationInput(session.Ids[item.Write.FromObjectKey!], item.Write.ToHubSpotId ?? session.Ids[item.Write.ToObjectKey!], item.Write.AssociationTypeId ?? 0);
            if (!byKey.TryGetValue(input.Key, out var list))
            {
                byKey[input.Key] = list = [];
                inputs.Add(input);
            }

            list.Add(item);
        }

        var result = await client.CreateAssociationsAsync(items[0].Write.ObjectType, items[0].Write.ToObjectType!, inputs, cancellationToken);
        foreach (var success in result.Succeeded)
        {
            foreach (var item in byKey.GetValueOrDefault(success.Key) ?? [])
            {
                Succeed(session, item, outcome);
            }
        }

        foreach (var failure in result.Failed)
        {
            foreach (var item in byKey.GetValueOrDefault(failure.Key) ?? [])
            {
                Reject(session, item, failure.Error, outcome, "associations");
            }
        }

        metrics.OnDispatched("associations", result.Succeeded.Count);
    }

    private Task SendEventsAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, SemaphoreSlim gate, DrainOutcome outcome, CancellationToken cancellationToken) =>
        SendIsolatedAsync(session, client, "events", items, HubSpotClient.EventBatchSize, (batch, token) => SendEventBatchAsync(session, client, batch, outcome, token), gate, outcome, cancellationToken);

    private async Task SendEventBatchAsync(PortalSession session, HubSpotClient client, IReadOnlyList<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        var byUuid = items.ToDictionary(i => i.Write.Key, StringComparer.Ordinal);
        var events = items.Select(i => new BehavioralEvent(
            $"pe{session.PortalId}_{i.Write.EventName}", i.Write.Key, i.Write.OccurredAt ?? DateTimeOffset.UnixEpoch, i.Write.Properties, i.Write.Email)).ToList();
        var result = await client.SendEventsAsync(events, cancellationToken);
        foreach (var success in result.Succeeded)
        {
            if (byUuid.TryGetValue(success.Key, out var item))
            {
                Succeed(session, item, outcome);
            }
        }

        foreach (var failure in result.Failed)
        {
            if (byUuid.TryGetValue(failure.Key, out var item))
            {
                Reject(session, item, failure.Error, outcome, "events");
            }
        }

        metrics.OnDispatched("events", result.Succeeded.Count);
    }
}
