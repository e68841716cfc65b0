using System.Text.Json;
using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// A platform customer id or hubspotutk; resolves to the customer grain of the email it belongs to. Events that arrive
/// carrying only the alias wait here until the alias is linked, then go to the customer grain.
/// </summary>
public sealed class CustomerAliasGrain : Grain<CustomerAliasState>,
    IHandle<LinkAlias>, IHandle<CustomerCreated>, IHandle<CustomerUpdated>, IHandle<CustomerDeleted>, IHandle<CustomerRedacted>, IHandle<LeadCaptured>,
    IHandle<ProductViewed>, IHandle<CategoryViewed>, IHandle<SearchPerformed>, IHandle<AddedToCart>, IHandle<CheckoutBegun>
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, Type> _parkable = new[]
    {
        typeof(CustomerCreated), typeof(CustomerUpdated), typeof(CustomerDeleted), typeof(CustomerRedacted), typeof(LeadCaptured),
        typeof(ProductViewed), typeof(CategoryViewed), typeof(SearchPerformed), typeof(AddedToCart), typeof(CheckoutBegun),
    }.ToDictionary(MessageNames.Of, t => t, StringComparer.Ordinal);

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
            Context.Send(GrainKeys.Customer(PortalId, State.Email), JsonSerializer.Deserialize(pending.Json, _parkable[pending.MessageType], _json)!);
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

    private ValueTask Route(object message)
    {
        if (State.Email is { } email)
        {
            Context.Send(GrainKeys.Customer(PortalId, email), message);
        }
        else if (State.Pending.Count < 1000)
        {
            State.Pending.Add(new PendingEvent(MessageNames.Of(message.GetType()), JsonSerializer.Serialize(message, message.GetType(), _json)));
        }

        return ValueTask.CompletedTask;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
