using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// One drain of a batch taken from a portal's queue: send in dependency order (products → companies → contacts → deals →
/// line items → associations → events → GDPR deletes) in batches of HubSpot's limit, and decide per record whether it was
/// written, is to be dead-lettered, or waits for the next drain. A record HubSpot keeps failing is isolated and retried
/// alone while the rest flows (see the isolation part); what depends on a record still being retried waits for it.
/// Stateless; the portal's grain holds the session.
/// </summary>
public sealed partial class HubSpotPortalDrain(
    IOptions<HubSpotDispatchOptions> dispatchOptions,
    IOptions<SyncMappingOptions> mappingOptions,
    DomainMetrics metrics,
    TimeProvider time,
    ILogger<HubSpotPortalDrain> logger)
{
    private static readonly string[] UpsertOrder =
        [HubSpotObjectTypes.Products, HubSpotObjectTypes.Companies, HubSpotObjectTypes.Contacts, HubSpotObjectTypes.Deals, HubSpotObjectTypes.LineItems];

    private readonly HubSpotDispatchOptions _options = dispatchOptions.Value;
    private readonly SyncMappingOptions _mapping = mappingOptions.Value;

    public async Task<DrainOutcome> DrainAsync(PortalSession session, HubSpotClient client, IGrainFactory grains, IReadOnlyList<QueuedWrite> batch, CancellationToken cancellationToken)
    {
        var outcome = new DrainOutcome();
        var items = batch.Select(w => new DrainItem(w)).ToList();
        await session.EnsureKnownAsync(grains, items.SelectMany(i => (string?[])[i.ObjectKey, i.Write.RenameFromObjectKey, i.Write.FromObjectKey, i.Write.ToHubSpotId is null ? i.Write.ToObjectKey : null]).OfType<string>());

        // After an email change the new identity renames the contact and writes the merged state. A write of the old
        // identity (in this batch, or late from a stale activation) would land on the renamed contact — HubSpot still
        // finds it by its old email — with older values, so it is dropped.
        var renamedAway = items.Select(i => i.Write.RenameFromObjectKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var superseded in items.Where(i => i.Write.Kind == HubSpotWriteKind.Upsert && (session.Retired.Contains(i.ObjectKey) || renamedAway.Contains(i.ObjectKey))).ToList())
        {
            Succeed(session, superseded, outcome);
            items.Remove(superseded);
        }

        var pending = items.Select(i => i.ObjectKey).ToHashSet(StringComparer.Ordinal);

        await FindRenamedContactsAsync(session, client, items, pending, cancellationToken);

        // The drain retries failed calls itself, record by record; the client's own retries would only hide which failed.
        client = client.WithoutServerErrorRetries();
        using var gate = new SemaphoreSlim(_options.MaxConcurrentBatches);

        // Upserts go by our unique keys and never name another record's HubSpot id, so every kind is sent at once.
        await Task.WhenAll(UpsertOrder.Select(type =>
            UpsertAsync(session, client, type, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Upsert && i.Write.ObjectType == type)], gate, outcome, cancellationToken)));

        // A contact still being retried holds back its events and its GDPR delete, so they never overtake its write.
        var settled = outcome.Completed.Select(c => c.Item.ObjectKey).Concat(outcome.Rejected.Select(r => r.Item.ObjectKey)).ToHashSet(StringComparer.Ordinal);
        bool Pending(string objectKey) => session.Suspects.Contains(objectKey) || (pending.Contains(objectKey) && !settled.Contains(objectKey));
        bool ContactPending(string? email) => email is not null && Pending(ObjectKeys.Contact(email));

        if (!outcome.Failed)
        {
            await Task.WhenAll(
                AssociateAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Associate)], Pending, gate, outcome, cancellationToken),
                SendEventsAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.Event && !ContactPending(i.Write.Email))], gate, outcome, cancellationToken));
        }

        if (!outcome.Failed)
        {
            await GdprDeleteAsync(session, client, [.. items.Where(i => i.Write.Kind == HubSpotWriteKind.GdprDelete && !ContactPending(i.Write.Key))], gate, outcome, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// An email change renames the contact written under the old email. When that contact's id is not in the id map (it was
    /// written by an activation that died before recording it, or before this sync existed), HubSpot is asked, so the
    /// rename never creates a second contact.
    /// </summary>
    private static async Task FindRenamedContactsAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, HashSet<string> pending, CancellationToken cancellationToken)
    {
        var unknown = items.Select(i => i.Write.RenameFromObjectKey).OfType<string>()
            .Where(k => !session.Ids.ContainsKey(k) && !pending.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await client.FindIdsAsync(HubSpotObjectTypes.Contacts, "email", [.. unknown.Select(ObjectKeys.EmailOf)], cancellationToken);
        foreach (var key in unknown)
        {
            if (found.TryGetValue(ObjectKeys.EmailOf(key), out var id))
            {
                session.Ids[key] = id;
            }
        }
    }

    /// <summary>HubSpot named this record in its answer: a 207 or 4xx verdict is final; anything else counts as an attempt.</summary>
    private void Reject(PortalSession session, DrainItem item, HubSpotError error, DrainOutcome outcome, string objectType)
    {
        // Retrying the same payload cannot change HubSpot's verdict on the record's data.
        var permanent = error.Category != "MISSING_FROM_RESPONSE" && error.StatusCode is 207 or (>= 400 and < 500 and not 429);
        if (permanent)
        {
            DeadLetter(session, item, Describe(error), session.Suspects.AttemptsOf(item) + 1, error.Category, outcome, objectType);
        }
        else
        {
            Blame(session, item, error, outcome, objectType);
        }
    }

    private static void Succeed(PortalSession session, DrainItem item, DrainOutcome outcome, string? hubSpotId = null)
    {
        outcome.Completed.Add((item, hubSpotId));
        session.Attempts.Remove(item.ObjectKey);
        session.Suspects.Forget(item.ObjectKey);
        session.DeadLettered.Remove(item.ObjectKey);
        if (hubSpotId is not null)
        {
            session.Ids[item.ObjectKey] = hubSpotId;
            outcome.Learned[item.ObjectKey] = hubSpotId;
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "HubSpot rejected {ObjectType} record {ObjectKey} of portal {PortalId} after {Attempts} attempt(s) ({Category}); dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, string objectType, string objectKey, string portalId, int attempts, string category);
}
