using System.Globalization;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Carts;

/// <summary>
/// One store cart. Each activity (re)arms the abandonment reminder (default 45 minutes); when it fires the customer grain
/// decides, because only it knows whether the person bought in any storefront since.
/// </summary>
[GrainType(GrainTypes.Cart)]
public sealed class CartGrain([PersistentState(GrainTypes.Cart)] IPersistentState<GrainRecord<CartState>> storage, IOptions<SyncMappingOptions> options, DomainMetrics metrics) : SyncGrain<CartState>(storage), ICartGrain,
    IHandle<CheckoutStarted>, IHandle<CartUpdated>, IHandle<PurchaseMade>, IReminderReceiver
{
    public const string AbandonmentReminder = "abandonment";

    public ValueTask HandleAsync(CheckoutStarted message, CancellationToken cancellationToken) => Activity(message.Store, message.Source, message.Cart);

    public ValueTask HandleAsync(CartUpdated message, CancellationToken cancellationToken) => Activity(message.Store, message.Source, message.Cart);

    public ValueTask HandleAsync(PurchaseMade message, CancellationToken cancellationToken)
    {
        if (State.Status == CartStatus.Abandoned && State.LastActivity is { } last && message.PurchasedAt >= last)
        {
            State.Status = CartStatus.Recovered;
            metrics.OnCartRecovered(State.StoreId ?? "");
        }
        else if (State.Status == CartStatus.Open)
        {
            State.Status = CartStatus.Converted;
        }

        Context.CancelReminder(AbandonmentReminder);
        return ValueTask.CompletedTask;
    }

    public ValueTask ReceiveReminderAsync(ReminderTick tick, CancellationToken cancellationToken)
    {
        if (tick.Name != AbandonmentReminder || State.Status != CartStatus.Open || State.Email is null)
        {
            return ValueTask.CompletedTask;
        }

        State.Status = CartStatus.Abandoned;
        Context.Send(GrainKeys.Customer(State.PortalId!, State.Email), new CartAbandonmentDue(
            Id, State.StoreId!, State.Generation, State.LastActivity!.Value, State.Value, State.Currency, State.Items, State.RecoveryUrl));
        return ValueTask.CompletedTask;
    }

    private ValueTask Activity(Contracts.Context.StoreContext store, Contracts.Context.SourceStamp source, CartSnapshot cart)
    {
        var at = cart.UpdatedAt ?? source.UpdatedAt ?? source.ReceivedAt;
        if (State.LastActivity is { } last && at <= last)
        {
            return ValueTask.CompletedTask; // duplicate or older delivery
        }

        State.StoreId = store.StoreId;
        State.PortalId = store.PortalId;
        State.Email = EmailNormalizer.Normalize(cart.Customer.Email) ?? State.Email;
        State.LastActivity = at;
        State.Value = cart.Total;
        State.Currency = cart.Currency;
        State.Items = string.Join("; ", cart.Lines.Select(l => $"{l.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} x {l.Name}"));
        State.RecoveryUrl = cart.RecoveryUrl ?? State.RecoveryUrl;
        if (cart.CompletedAt is not null)
        {
            State.Status = State.Status == CartStatus.Abandoned ? CartStatus.Recovered : CartStatus.Converted;
            Context.CancelReminder(AbandonmentReminder);
            return ValueTask.CompletedTask;
        }

        if (State.Status is CartStatus.Converted or CartStatus.Recovered)
        {
            return ValueTask.CompletedTask;
        }

        State.Status = CartStatus.Open;
        State.Generation++;
        Context.SetReminder(AbandonmentReminder, Now + options.Value.AbandonmentWindow);
        if (State.Email is { } email)
        {
            Context.Send(GrainKeys.Customer(store.PortalId, email), new CartOpened(Id, at, BuyerDetails.From(cart.Customer)));
        }

        return ValueTask.CompletedTask;
    }
}
