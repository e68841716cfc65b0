using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.HubSpot;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// One person in one portal, keyed by normalised email. Merges guests and registrations (same key), follows email changes
/// (identity moves through the alias grain), keeps consent, lifecycle, order statistics and cart state, and writes the contact.
/// </summary>
[GrainType(GrainTypes.Customer)]
public sealed partial class CustomerGrain([PersistentState(GrainTypes.Customer)] IPersistentState<GrainRecord<CustomerState>> storage, IOptions<SyncMappingOptions> options, DomainMetrics metrics) : SyncGrain<CustomerState>(storage), ICustomerGrain,
    IHandle<CustomerCreated>, IHandle<CustomerUpdated>, IHandle<CustomerDeleted>, IHandle<CustomerRedacted>, IHandle<LeadCaptured>, IHandle<EraseCustomer>
{
    private readonly SyncMappingOptions _options = options.Value;

    public ValueTask HandleAsync(CustomerCreated message, CancellationToken cancellationToken) =>
        Profile(message, message.Store, message.Source, message.Customer, lead: message.Customer.IsGuest != true);

    public ValueTask HandleAsync(CustomerUpdated message, CancellationToken cancellationToken) =>
        Profile(message, message.Store, message.Source, message.Customer, lead: message.Customer.IsGuest == false);

    public ValueTask HandleAsync(LeadCaptured message, CancellationToken cancellationToken) =>
        Profile(message, message.Store, message.Source, message.Customer, lead: true);

    public ValueTask HandleAsync(CustomerDeleted message, CancellationToken cancellationToken)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        // A deleted store account is not an erase request: the contact and its history stay in HubSpot.
        Fields()["ecom_store_account"] = new FieldValue("deleted", Stamp(message.Source));
        Write();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(EraseCustomer message, CancellationToken cancellationToken) =>
        Forwarded(message) ? ValueTask.CompletedTask : Erase(message.PortalId, message.Email);

    public ValueTask HandleAsync(CustomerRedacted message, CancellationToken cancellationToken) =>
        Forwarded(message) ? ValueTask.CompletedTask : Erase(message.Store.PortalId, message.Email ?? State.Email);

    private ValueTask Erase(string portalId, string? requestedEmail)
    {
        if (requestedEmail is null)
        {
            return ValueTask.CompletedTask;
        }

        // GDPR: forget everything personal, cancel reminders, and queue HubSpot's GDPR delete of the contact
        // (sent after any write of the same drain, so nothing re-creates it).
        var portal = State.PortalId ?? portalId;
        var email = State.Email ?? EmailNormalizer.Normalize(requestedEmail)!;
        State = new CustomerState { PortalId = portal, Email = email, Deleted = true };
        Context.CancelReminder(RecencyReminder);
        Context.Emit(portal, ObjectKeys.GdprDelete(email), new HubSpotWrite(HubSpotWriteKind.GdprDelete, HubSpotObjectTypes.Contacts, "email", email, new Dictionary<string, string>()));
        return ValueTask.CompletedTask;
    }

    private ValueTask Profile(object message, StoreContext store, SourceStamp source, CustomerProfile profile, bool lead)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        var at = Stamp(source);
        SetField("firstname", profile.FirstName, at);
        SetField("lastname", profile.LastName, at);
        SetField("phone", profile.Phone, at);
        SetField("company", profile.Company ?? profile.B2BCompany, at);
        if (profile.Addresses.FirstOrDefault() is { } address)
        {
            SetField("address", address.Line1, at);
            SetField("city", address.City, at);
            SetField("state", address.Region, at);
            SetField("zip", address.PostalCode, at);
            SetField("country", address.CountryCode, at);
        }

        if (profile.EmailConsent is { } consent && ConsentRules.ShouldApply(State.Consent, State.ConsentAt, consent))
        {
            State.Consent = consent.State;
            State.ConsentSource = consent.Source;
            State.ConsentAt = consent.At ?? at;
        }

        State.IsLead |= lead;
        if (!string.IsNullOrWhiteSpace(profile.B2BCompany))
        {
            State.Company = profile.B2BCompany.Trim();
        }

        ClaimAliases(store.StoreId, profile.PlatformCustomerId, profile.HubSpotUtk, at);
        Write();
        return ValueTask.CompletedTask;
    }

    private void SetField(string name, string? value, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Fields().TryGetValue(name, out var current) || current.At <= at)
        {
            Fields()[name] = new FieldValue(value.Trim(), at);
        }
    }

    /// <summary>
    /// An order's or checkout's buyer details fill only fields nothing has set yet, stamped as the oldest possible value,
    /// so any customer record (which describes the person, not one purchase) replaces them. True when a field was filled.
    /// </summary>
    private bool FillBlanks(BuyerDetails? buyer)
    {
        if (buyer is null)
        {
            return false;
        }

        var filled = Fill("firstname", buyer.FirstName) | Fill("lastname", buyer.LastName) | Fill("phone", buyer.Phone) | Fill("company", buyer.Company);
        if (buyer.Address is { } address)
        {
            filled |= Fill("address", address.Line1) | Fill("city", address.City) | Fill("state", address.Region) | Fill("zip", address.PostalCode) | Fill("country", address.CountryCode);
        }

        return filled;
    }

    private bool Fill(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || Fields().ContainsKey(name))
        {
            return false;
        }

        Fields()[name] = new FieldValue(value.Trim(), DateTimeOffset.MinValue);
        return true;
    }

    private Dictionary<string, FieldValue> Fields() => State.Fields;

    private static DateTimeOffset Stamp(SourceStamp source) => source.UpdatedAt ?? source.ReceivedAt;

    private void EnsureIdentity()
    {
        if (State.Email is null)
        {
            var slash = Id.Key.IndexOf('/', StringComparison.Ordinal);
            State.PortalId = Id.Key[..slash];
            State.Email = Id.Key[(slash + 1)..];
        }
    }

    /// <summary>A moved identity forwards everything to the identity it moved to.</summary>
    private bool Forwarded(object message)
    {
        EnsureIdentity();
        if (State.MovedTo is not { } to)
        {
            return false;
        }

        Context.Send(GrainKeys.Customer(State.PortalId!, to), message);
        return true;
    }

    private static string EventName(IBehaviourEvent e) => e switch
    {
        ProductViewed => "product_viewed",
        CategoryViewed => "category_viewed",
        SearchPerformed => "search_performed",
        AddedToCart => "added_to_cart",
        CheckoutBegun => "checkout_begun",
        _ => "store_event",
    };
}
