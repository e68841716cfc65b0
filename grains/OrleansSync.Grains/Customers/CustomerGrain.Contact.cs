using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;

namespace OrleansSync.Grains.Customers;

public sealed partial class CustomerGrain
{
    /// <summary>Records the contact's complete desired state in the outbox, unless an identity question is still open.</summary>
    private void Write()
    {
        if (State.MovedTo is not null || State.Deleted)
        {
            return;
        }

        if (State.PendingAliases.Count > 0 || State.AwaitingTransferFrom is not null)
        {
            State.Dirty = true;
            return;
        }

        State.Dirty = false;
        var properties = ContactProperties.Build(State, Now, _options, out var sent);
        State.HighestLifecycleSent = sent;
        var key = State.Email!;
        if (State.RenameFrom is { } old)
        {
            // Email change: upsert the existing contact by its old email, moving it to the new one; the old address stays findable.
            properties["email"] = State.Email!;
            properties["hs_additional_emails"] = old;
        }

        var channel = State.PortalId!;
        var contactKey = ObjectKeys.Contact(State.Email!);
        Context.Emit(channel, contactKey, new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Contacts, "email", key, properties,
            RenameFromObjectKey: State.RenameFrom is { } from ? ObjectKeys.Contact(from) : null));
        State.ContactEmitted = true;

        if (State.Company is { } company)
        {
            var companyKey = $"{State.PortalId}/{company.ToLowerInvariant()}";
            Context.Emit(channel, ObjectKeys.Company(companyKey), new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Companies,
                EcommerceSchema.CompanyKey, companyKey, new Dictionary<string, string> { ["name"] = company }));
            Context.Emit(channel, ObjectKeys.Association(contactKey, ObjectKeys.Company(companyKey)), new HubSpotWrite(
                HubSpotWriteKind.Associate, HubSpotObjectTypes.Contacts, null, contactKey, new Dictionary<string, string>(),
                FromObjectKey: contactKey, ToObjectType: HubSpotObjectTypes.Companies, ToObjectKey: ObjectKeys.Company(companyKey), AssociationTypeId: AssociationTypeIds.ContactToCompany));
        }
    }

    private void EmitCartEvent(string name, string uuid, CartRecord cart)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["store"] = cart.StoreId,
            ["cart_value"] = Props.Number(cart.Value),
            ["currency"] = cart.Currency,
        };
        properties.SetIfPresent("items", cart.Items);
        properties.SetIfPresent("recovery_url", cart.RecoveryUrl);
        Context.Emit(State.PortalId!, ObjectKeys.Event(uuid), new HubSpotWrite(
            HubSpotWriteKind.Event, HubSpotObjectTypes.Contacts, null, uuid, properties, EventName: name, Email: State.Email, OccurredAt: Now));
    }
}
