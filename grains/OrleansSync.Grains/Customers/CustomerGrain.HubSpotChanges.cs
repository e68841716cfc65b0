using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;
using OrleansSync.Grains.Ownership;
using OrleansSync.Grains.StoreCustomers;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// Changes made in HubSpot (webhooks, through the contact id's alias grain), under field ownership:
/// <list type="bullet">
/// <item>our own writes coming back (changeSource INTEGRATION with our app id, or a value this grain already holds) change nothing;</item>
/// <item>HubSpot-owned properties stay in HubSpot (a lifecycle stage set there is left out of our writes from then on);</item>
/// <item>a store-owned property edited in HubSpot is overwritten with the store's value;</item>
/// <item>a shared property takes the later change: HubSpot's <c>occurredAt</c> against the store record's modified time.
/// HubSpot's value is written back to every store customer of this person (durably, through the outbox), and the store's
/// webhook echoing that write is recognised by its values and dropped.</item>
/// </list>
/// Property names are the sync's own: a property renamed in <c>SyncMapping:PropertyNames</c> arrives under its HubSpot name
/// and is read as the field it stands for, and the default name it replaced is no longer the sync's (ignored).
/// A merge points this person at the surviving contact id; a deletion forgets the contact id, and the next store change
/// upserts the contact by email again (re-creating it, or finding the contact that now holds the email).
/// </summary>
public sealed partial class CustomerGrain : IHandle<ContactPropertyChanged>, IHandle<ContactMergedInto>, IHandle<ContactRemoved>
{
    private const int RecentWriteBacksKept = 5;

    private FieldOwnershipOptions? _ownership;

    private FieldOwnershipOptions Ownership => _ownership ??= ServiceProvider.GetService<IOptions<FieldOwnershipOptions>>()?.Value ?? new FieldOwnershipOptions();

    public ValueTask HandleAsync(ContactPropertyChanged message, CancellationToken cancellationToken)
    {
        // HubSpot names the property as the portal has it: a renamed one (SyncMapping:PropertyNames) is read back as ours.
        if (Forwarded(message) || State.Deleted || message.Origin.ByThisApp || _options.CanonicalName(message.Property) is not { } property)
        {
            return ValueTask.CompletedTask;
        }

        var value = message.Value?.Trim() ?? "";
        switch (Ownership.Of(property))
        {
            case FieldOwner.HubSpot:
                State.LifecycleStageSetInHubSpot |= property == "lifecyclestage";
                return ValueTask.CompletedTask;
            case FieldOwner.Store:
                if (State.Fields.TryGetValue(property, out var owned) && owned.Value != value)
                {
                    Write();
                }

                return ValueTask.CompletedTask;
        }

        if (property == "email")
        {
            if (EmailNormalizer.Normalize(value) is { } email && email != State.Email)
            {
                // The store takes the new address; its webhook then moves this identity (as for an email changed in the store).
                WriteBackToStores(email);
            }

            return ValueTask.CompletedTask;
        }

        State.Fields.TryGetValue(property, out var current);
        if (current?.Value == value)
        {
            return ValueTask.CompletedTask;
        }

        if (current is not null && current.At >= message.OccurredAt)
        {
            Write();
            return ValueTask.CompletedTask;
        }

        State.Fields[property] = new FieldValue(value, message.OccurredAt, FromHubSpot: true);
        WriteBackToStores();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ContactMergedInto message, CancellationToken cancellationToken)
    {
        if (Forwarded(message) || State.Deleted || message.SurvivorId == State.HubSpotId)
        {
            return ValueTask.CompletedTask;
        }

        State.HubSpotId = message.SurvivorId;
        Context.Send(GrainKeys.CustomerByHubSpotId(State.PortalId!, message.SurvivorId), new LinkAlias(State.Email!, Now));
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ContactRemoved message, CancellationToken cancellationToken)
    {
        if (Forwarded(message) || message.Origin.ByThisApp || message.ContactId != State.HubSpotId)
        {
            return ValueTask.CompletedTask;
        }

        State.HubSpotId = null;
        State.ContactEmitted = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>Sends the shared fields as they now are to every store customer this person has.</summary>
    private void WriteBackToStores(string? newEmail = null)
    {
        var fields = State.Fields.Where(f => Ownership.Of(f.Key) == FieldOwner.Shared).ToDictionary(f => f.Key, f => f.Value.Value, StringComparer.Ordinal);
        if (newEmail is not null)
        {
            fields["email"] = newEmail;
        }

        foreach (var alias in State.Aliases)
        {
            var parts = alias.Split('/', 3);
            if (parts.Length == 3 && parts[1] is not ("utk" or "hubspot"))
            {
                Context.Send(GrainKeys.StoreCustomer(parts[1], parts[2]), new WriteStoreCustomer(parts[1], parts[2], fields));
                if (!State.StoreWriteBacks.TryGetValue(parts[1], out var recent))
                {
                    State.StoreWriteBacks[parts[1]] = recent = [];
                }

                recent.Add(fields);
                if (recent.Count > RecentWriteBacksKept)
                {
                    recent.RemoveAt(0);
                }
            }
        }
    }

    /// <summary>
    /// A store webhook carrying exactly what one of our recent write-backs to that store carried is that write coming back
    /// (an earlier one too: two quick HubSpot edits make two writes, and the first one's echo must not undo the second).
    /// </summary>
    private bool IsEchoOfWriteBack(string storeId, CustomerProfile profile)
    {
        if (!State.StoreWriteBacks.TryGetValue(storeId, out var recent)
            || (profile.EmailConsent is { } consent && ConsentRules.ShouldApply(State.Consent, State.ConsentAt, consent)))
        {
            return false;
        }

        var sent = StoreValues(profile);
        var echoed = recent.FindLastIndex(written => written.All(w => Same(w.Key, sent.GetValueOrDefault(w.Key), w.Value)));
        if (echoed < 0)
        {
            return false;
        }

        if (echoed == recent.Count - 1)
        {
            State.StoreWriteBacks.Remove(storeId);
        }
        else
        {
            recent.RemoveRange(0, echoed + 1);
        }

        return true;
    }

    /// <summary>The store sent an older value of a shared field HubSpot changed later: the store gets HubSpot's value again.</summary>
    private bool StoreIsBehindHubSpot(CustomerProfile profile) =>
        StoreValues(profile).Any(s => Ownership.Of(s.Key) == FieldOwner.Shared
            && !string.IsNullOrWhiteSpace(s.Value)
            && State.Fields.TryGetValue(s.Key, out var current) && current.FromHubSpot && !Same(s.Key, s.Value, current.Value));

    private static Dictionary<string, string?> StoreValues(CustomerProfile profile)
    {
        var address = profile.Addresses.FirstOrDefault();
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["email"] = profile.Email,
            ["firstname"] = profile.FirstName,
            ["lastname"] = profile.LastName,
            ["phone"] = profile.Phone,
            ["address"] = address?.Line1,
            ["city"] = address?.City,
            ["state"] = address?.Region,
            ["zip"] = address?.PostalCode,
            ["country"] = address?.CountryCode,
        };
    }

    private static bool Same(string field, string? a, string? b) =>
        field == "email"
            ? EmailNormalizer.Normalize(a) == EmailNormalizer.Normalize(b)
            : string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal);
}
