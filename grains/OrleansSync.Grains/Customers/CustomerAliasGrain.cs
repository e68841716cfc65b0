using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// A platform customer id, hubspotutk or HubSpot contact id; resolves to the customer grain of the email it belongs to. Events that arrive
/// carrying only the alias wait here until the alias is linked, then go to the customer grain.
/// </summary>
[GrainType(GrainTypes.CustomerAlias)]
public sealed class CustomerAliasGrain([PersistentState(GrainTypes.CustomerAlias)] IPersistentState<GrainRecord<CustomerAliasState>> storage) : SyncGrain<CustomerAliasState>(storage), ICustomerAliasGrain,
    IHandle<LinkAlias>, IHandle<CustomerCreated>, IHandle<CustomerUpdated>, IHandle<CustomerDeleted>, IHandle<CustomerRedacted>, IHandle<LeadCaptured>,
    IHandle<ProductViewed>, IHandle<CategoryViewed>, IHandle<SearchPerformed>, IHandle<AddedToCart>, IHandle<CheckoutBegun>,
    IHandle<ContactPropertyChanged>, IHandle<ContactMergedInto>, IHandle<ContactRemoved>
{
    private bool IsUtk => Id.Key.Contains("/utk/", StringComparison.Ordinal);

    private string PortalId => Id.Key[..Id.Key.IndexOf('/', StringComparison.Ordinal)];

    public ValueTask HandleAsync(LinkAlias message, CancellationToken cancellationToken)
    {
        string? previous = null;
        if (State.Email is null || State.Email == message.Email)
        {
            State.Email = message.Email;
            State.At = Max(State.At, message.At);
        }
        else if (IsUtk || (message.At is { } at && (State.At is null || at > State.At)))
        {
            // A newer claim on a store customer id is an email change; a shared browser (utk) never merges people.
            previous = IsUtk ? null : State.Email;
            State.Email = message.Email;
            State.At = message.At;
        }

        Context.Send(GrainKeys.Customer(PortalId, message.Email), new AliasLinked(Id.Key, State.Email, previous));
        foreach (var pending in State.Pending)
        {
            Context.Send(GrainKeys.Customer(PortalId, State.Email), MessageTypes.Deserialize(pending.MessageType, pending.Json));
        }

        State.Pending.Clear();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(CustomerCreated message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(CustomerUpdated message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(CustomerDeleted message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(CustomerRedacted message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(LeadCaptured message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(ProductViewed message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(CategoryViewed message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(SearchPerformed message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(AddedToCart message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(CheckoutBegun message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(ContactPropertyChanged message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(ContactMergedInto message, CancellationToken cancellationToken) => Route(message);

    public ValueTask HandleAsync(ContactRemoved message, CancellationToken cancellationToken) => Route(message);

    private ValueTask Route(object message)
    {
        if (State.Email is { } email)
        {
            Context.Send(GrainKeys.Customer(PortalId, email), message);
        }
        else if (State.Pending.Count < 1000)
        {
            State.Pending.Add(new PendingEvent(MessageTypes.NameOf(message.GetType()), MessageTypes.Serialize(message)));
        }

        return ValueTask.CompletedTask;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
