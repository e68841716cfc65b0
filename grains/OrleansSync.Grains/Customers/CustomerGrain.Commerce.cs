using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Carts;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

public sealed partial class CustomerGrain : IHandle<CustomerOrderRecorded>, IHandle<CartOpened>, IHandle<CartAbandonmentDue>, IReminderReceiver
{
    public const string RecencyReminder = "recency";

    public ValueTask HandleAsync(CustomerOrderRecorded message, CancellationToken cancellationToken)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        if (State.Orders.TryGetValue(message.OrderKey, out var known) && known.Revision >= message.Revision)
        {
            AnswerOrder(message.OrderGrain);
            return ValueTask.CompletedTask;
        }

        var isNew = known is null;
        if (message.Summary.PlatformCustomerId is { } platformId && (message.Summary.PlacedAt ?? message.Summary.PaidAt) is { } orderedAt)
        {
            // The email an order was placed with is the person's email at that time: it takes part in email-change ordering.
            ClaimAliases(message.Summary.StoreId, platformId, null, orderedAt);
        }

        State.Orders[message.OrderKey] = new OrderEntry(message.Revision, message.OrderGrain.Key, message.Summary);
        FillBlanks(message.Buyer);
        var purchasedAt = message.Summary.PlacedAt ?? message.Summary.PaidAt;
        if (isNew && !message.Summary.Cancelled && purchasedAt is { } at)
        {
            Purchased(at);
        }

        ScheduleRecency();
        AnswerOrder(message.OrderGrain);
        Write();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(CartOpened message, CancellationToken cancellationToken)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        if (LastPurchase() is { } purchased && purchased >= message.LastActivity)
        {
            Context.Send(message.Cart, new PurchaseMade(purchased));
            return ValueTask.CompletedTask;
        }

        State.OpenCarts.Add(message.Cart.Key);
        if (FillBlanks(message.Buyer) | !State.IsLead)
        {
            State.IsLead = true;
            Write();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(CartAbandonmentDue message, CancellationToken cancellationToken)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        State.OpenCarts.Remove(message.Cart.Key);
        if (LastPurchase() is { } purchased && purchased >= message.LastActivity)
        {
            Context.Send(message.Cart, new PurchaseMade(purchased));
            return ValueTask.CompletedTask;
        }

        if (!State.HandledAbandonments.Add($"{message.Cart.Key}#{message.Generation}"))
        {
            return ValueTask.CompletedTask;
        }

        State.AbandonedCart = new CartRecord(message.Cart.Key, message.StoreId, message.Value, message.Currency, message.Items, message.RecoveryUrl, message.LastActivity, Now, Recovered: false);
        metrics.OnCartAbandoned(message.StoreId);
        EmitCartEvent("cart_abandoned", $"abandoned:{message.Cart.Key}#{message.Generation}", State.AbandonedCart);
        Write();
        return ValueTask.CompletedTask;
    }

    public ValueTask ReceiveReminderAsync(ReminderTick tick, CancellationToken cancellationToken)
    {
        EnsureIdentity();
        if (State.MovedTo is null && tick.Name == RecencyReminder)
        {
            Write();
            ScheduleRecency();
        }

        return ValueTask.CompletedTask;
    }

    private void Purchased(DateTimeOffset at)
    {
        foreach (var cart in State.OpenCarts)
        {
            Context.Send(new GrainIdentity(GrainTypes.Cart, cart), new PurchaseMade(at));
        }

        State.OpenCarts.Clear();
        if (State.AbandonedCart is { Recovered: false } cart2 && at >= cart2.LastActivity)
        {
            State.AbandonedCart = cart2 with { Recovered = true };
            State.RecoveredCarts++;
            Context.Send(new GrainIdentity(GrainTypes.Cart, cart2.CartKey), new PurchaseMade(at));
            EmitCartEvent("cart_recovered", $"recovered:{cart2.CartKey}", State.AbandonedCart);
        }
    }

    private DateTimeOffset? LastPurchase() =>
        State.Orders.Values.Where(o => !o.Summary.Cancelled).Select(o => o.Summary.PlacedAt ?? o.Summary.PaidAt).Max();

    private void AnswerOrder(GrainIdentity order)
    {
        if (State.HubSpotId is { } id)
        {
            Context.Send(order, new ContactReady(State.Email!, id));
        }
        else
        {
            State.WaitingOrders.Add(order.Key);
        }
    }

    private void ScheduleRecency()
    {
        if (CustomerLifecycle.NextChange(State.Orders.Values.Select(o => o.Summary), Now, _options) is { } next)
        {
            Context.SetReminder(RecencyReminder, next);
        }
        else if (Context.HasReminder(RecencyReminder))
        {
            Context.CancelReminder(RecencyReminder);
        }
    }
}
