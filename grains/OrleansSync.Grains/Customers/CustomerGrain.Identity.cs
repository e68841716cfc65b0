using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

public sealed partial class CustomerGrain : IHandle<AliasLinked>, IHandle<MoveIdentity>, IHandle<IdentityTransferred>, IHandle<HubSpotObjectSynced>
{
    public ValueTask HandleAsync(AliasLinked message, CancellationToken cancellationToken)
    {
        EnsureIdentity();
        if (State.MovedTo is not null || !State.PendingAliases.Remove(message.AliasKey))
        {
            return ValueTask.CompletedTask;
        }

        if (message.CurrentEmail != State.Email)
        {
            // The alias moved on to a newer email: this identity is the stale one, so it hands over and forwards.
            HandOver(message.CurrentEmail);
            return ValueTask.CompletedTask;
        }

        if (message.PreviousEmail is { } previous && previous != State.Email)
        {
            State.AwaitingTransferFrom = previous;
            Context.Send(GrainKeys.Customer(State.PortalId!, previous), new MoveIdentity(State.Email!));
        }

        Write();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(MoveIdentity message, CancellationToken cancellationToken)
    {
        EnsureIdentity();
        if (message.NewEmail == State.Email)
        {
            return ValueTask.CompletedTask;
        }

        if (State.MovedTo is not null)
        {
            Context.Send(GrainKeys.Customer(State.PortalId!, message.NewEmail), new IdentityTransferred(State.Email!, null));
            return ValueTask.CompletedTask;
        }

        HandOver(message.NewEmail);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(IdentityTransferred message, CancellationToken cancellationToken)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        if (message.Snapshot is { } old)
        {
            Merge(old);
            if (old.ContactEmitted && State.HubSpotId is null)
            {
                State.RenameFrom = old.RenameFrom ?? message.FromEmail;
            }
        }

        if (State.AwaitingTransferFrom == message.FromEmail)
        {
            State.AwaitingTransferFrom = null;
        }

        Write();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(HubSpotObjectSynced message, CancellationToken cancellationToken)
    {
        EnsureIdentity();
        if (State.MovedTo is not null || !message.ObjectKey.StartsWith("contact:", StringComparison.Ordinal))
        {
            return ValueTask.CompletedTask;
        }

        if (State.HubSpotId != message.HubSpotId)
        {
            // HubSpot's webhooks name the contact by id: its alias leads them here.
            Context.Send(GrainKeys.CustomerByHubSpotId(State.PortalId!, message.HubSpotId), new LinkAlias(State.Email!, Now));
        }

        State.HubSpotId = message.HubSpotId;
        State.RenameFrom = null;
        foreach (var order in State.WaitingOrders)
        {
            Context.Send(new GrainIdentity(GrainTypes.Order, order), new ContactReady(State.Email!, message.HubSpotId));
        }

        State.WaitingOrders.Clear();
        return ValueTask.CompletedTask;
    }

    private void ClaimAliases(string storeId, string? platformCustomerId, string? utk, DateTimeOffset at)
    {
        if (!string.IsNullOrWhiteSpace(platformCustomerId))
        {
            var alias = GrainKeys.CustomerByPlatformId(State.PortalId!, storeId, platformCustomerId);
            if (State.Aliases.Add(alias.Key))
            {
                State.PendingAliases.Add(alias.Key);
            }

            Context.Send(alias, new LinkAlias(State.Email!, at));
        }

        if (!string.IsNullOrWhiteSpace(utk))
        {
            var alias = GrainKeys.CustomerByUtk(State.PortalId!, utk);
            if (State.Aliases.Add(alias.Key))
            {
                Context.Send(alias, new LinkAlias(State.Email!, at));
            }
        }
    }

    private void HandOver(string newEmail)
    {
        var snapshot = State;
        Context.Send(GrainKeys.Customer(State.PortalId!, newEmail), new IdentityTransferred(State.Email!, snapshot));
        State = new CustomerState { PortalId = snapshot.PortalId, Email = snapshot.Email, MovedTo = newEmail, ContactEmitted = snapshot.ContactEmitted };
        Context.CancelReminder(RecencyReminder);

        // The new identity renames the contact and writes the merged state; an unacknowledged write of the old one, re-sent
        // after a crash, would otherwise land on the renamed contact (HubSpot still finds it by its old email).
        Context.RetractHubSpotRecords();
    }

    private void Merge(CustomerState old)
    {
        foreach (var (name, field) in old.Fields)
        {
            if (!State.Fields.TryGetValue(name, out var mine) || mine.At < field.At)
            {
                State.Fields[name] = field;
            }
        }

        foreach (var (key, entry) in old.Orders)
        {
            if (!State.Orders.TryGetValue(key, out var mine) || mine.Revision < entry.Revision)
            {
                State.Orders[key] = entry;
            }
        }

        if (old.Consent != ConsentState.Unknown
            && ConsentRules.ShouldApply(State.Consent, State.ConsentAt, new MarketingConsent(old.Consent, old.ConsentSource ?? "store", old.ConsentAt, null, null)))
        {
            (State.Consent, State.ConsentSource, State.ConsentAt) = (old.Consent, old.ConsentSource, old.ConsentAt);
        }

        State.Aliases.UnionWith(old.Aliases);
        State.WaitingOrders.UnionWith(old.WaitingOrders);
        State.OpenCarts.UnionWith(old.OpenCarts);
        State.HandledAbandonments.UnionWith(old.HandledAbandonments);
        State.IsLead |= old.IsLead;
        State.LifecycleStageSetInHubSpot |= old.LifecycleStageSetInHubSpot;
        foreach (var (store, writeBacks) in old.StoreWriteBacks)
        {
            State.StoreWriteBacks.TryAdd(store, writeBacks);
        }

        State.Company ??= old.Company;
        State.AbandonedCart ??= old.AbandonedCart;
        State.RecoveredCarts = Math.Max(State.RecoveredCarts, old.RecoveredCarts);
        if (old.HighestLifecycleSent is { } sent)
        {
            State.HighestLifecycleSent = CustomerLifecycle.Forward(State.HighestLifecycleSent, sent);
        }

        ScheduleRecency();
    }
}
