using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

public sealed partial class HubSpotPortalDrain
{
    private async Task UpsertAsync(PortalSession session, HubSpotClient client, string type, List<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
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

        BatchResult result;
        try
        {
            result = await client.UpsertAsync(type, items[0].Write.IdProperty!, records, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCallFailed(logger, ex, type, session.PortalId);
            outcome.Failed = true;
            return;
        }

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

    private async Task AssociateAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var group in items.GroupBy(i => (i.Write.ObjectType, i.Write.ToObjectType, i.Write.AssociationTypeId)))
        {
            var byKey = new Dictionary<string, List<DrainItem>>(StringComparer.Ordinal);
            var inputs = new List<AssociationInput>();
            foreach (var item in group)
            {
                var fromId = session.Ids.GetValueOrDefault(item.Write.FromObjectKey!);
                var toId = item.Write.ToHubSpotId ?? session.Ids.GetValueOrDefault(item.Write.ToObjectKey!);
                if (fromId is null || toId is null)
                {
                    // An endpoint is not in HubSpot yet: the row waits for a later drain (bounded, then a dead letter).
                    if (session.Attempt(item.ObjectKey) >= _options.MaxUnresolvedDrains)
                    {
                        outcome.Rejected.Add((item, "An associated object never reached HubSpot (see its own dead letter).", session.Attempts[item.ObjectKey]));
                    }

                    continue;
                }

                var input = new AssociationInput(fromId, toId, item.Write.AssociationTypeId ?? 0);
                if (!byKey.TryGetValue(input.Key, out var list))
                {
                    byKey[input.Key] = list = [];
                    inputs.Add(input);
                }

                list.Add(item);
            }

            if (inputs.Count == 0)
            {
                continue;
            }

            BatchResult result;
            try
            {
                result = await client.CreateAssociationsAsync(group.Key.ObjectType, group.Key.ToObjectType!, inputs, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCallFailed(logger, ex, "associations", session.PortalId);
                outcome.Failed = true;
                return;
            }

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
    }

    private async Task SendEventsAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var byUuid = items.ToDictionary(i => i.Write.Key, StringComparer.Ordinal);
        var events = items.Select(i => new BehavioralEvent(
            $"pe{session.PortalId}_{i.Write.EventName}", i.Write.Key, i.Write.OccurredAt ?? DateTimeOffset.UnixEpoch, i.Write.Properties, i.Write.Email)).ToList();
        BatchResult result;
        try
        {
            result = await client.SendEventsAsync(events, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCallFailed(logger, ex, "events", session.PortalId);
            outcome.Failed = true;
            return;
        }

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
