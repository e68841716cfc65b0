using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;

namespace OrleansSync.Grains.Orders;

public sealed partial class OrderGrain
{
    private void Changed()
    {
        State.Revision++;
        if (State.Email is { } email && State.PortalId is { } portal)
        {
            Context.Send(GrainKeys.Customer(portal, email), new CustomerOrderRecorded(State.OrderKey!, Id, State.Revision, Summary(), _buyer));
        }

        _buyer = null;
        WriteDeal();
        RecordInLedger();
    }

    private OrderSummary Summary() => new(
        State.StoreId!,
        State.Totals?.Currency ?? "",
        OrderRules.Amount(State, _options.Amount),
        State.Paid,
        State.PlacedAt,
        State.PaidAt,
        State.Cancelled,
        State.FraudHold,
        State.Refunds.Count > 0 && !State.FullyRefunded,
        [.. State.Lines.SelectMany(l => l.Categories).Distinct(StringComparer.OrdinalIgnoreCase)],
        State.PlatformCustomerId);

    /// <summary>
    /// Writes deal, line items and their associations: the complete desired state. The deal does not wait for its contact's
    /// HubSpot id — upserts go by our unique key, so the portal sends contact, deal and lines in the same drain; only the
    /// deal → contact association waits for the id (it names the contact the customer grain resolved, which may differ
    /// from the order's email after a merge).
    /// </summary>
    private void WriteDeal()
    {
        if (State.Totals is null || State.OrderKey is null)
        {
            return;
        }

        State.DealWritten = true;

        var channel = State.PortalId!;
        var dealKey = ObjectKeys.Deal(State.OrderKey!);
        Context.Emit(channel, dealKey, new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Deals, EcommerceSchema.OrderKey, State.OrderKey!,
            DealProperties(), StageLabel: DealStageLabels.Of(OrderRules.Stage(State)), ExistingHubSpotId: State.DealHubSpotId));

        foreach (var line in State.Lines)
        {
            var lineKey = $"{State.OrderKey}/{line.LineId}";
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["name"] = line.Name,
                ["quantity"] = Props.Number(line.Quantity),
                ["price"] = Props.Number(Math.Max(0m, line.UnitPrice)),
                ["discount"] = Props.Precise(UnitDiscount(line)),
                ["hs_line_item_currency_code"] = State.Totals.Currency,
            };
            properties.SetIfPresent("hs_sku", line.Sku);
            Context.Emit(channel, ObjectKeys.LineItem(lineKey), new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.LineItems, EcommerceSchema.LineKey, lineKey, properties));
            Associate(channel, dealKey, HubSpotObjectTypes.LineItems, ObjectKeys.LineItem(lineKey), null, AssociationTypeIds.DealToLineItem);
        }

        AssociateContact();
    }

    private void AssociateContact()
    {
        if (State.ContactHubSpotId is { } contactId && State.Totals is not null)
        {
            Associate(State.PortalId!, ObjectKeys.Deal(State.OrderKey!), HubSpotObjectTypes.Contacts, ObjectKeys.Contact(State.Email!), contactId, AssociationTypeIds.DealToContact);
        }
    }

    /// <summary>
    /// HubSpot's line-item <c>discount</c> is per unit (amount = quantity × (price − discount), hubspot-api.md §6.4), while
    /// stores send the line's total discount: 2 × 25.00 with 20.00 off is a 10.00 unit discount, amount 30.00.
    /// </summary>
    private static decimal UnitDiscount(Contracts.Context.LineItem line) =>
        line.Quantity > 0 ? Math.Max(0m, line.Discount) / line.Quantity : Math.Max(0m, line.Discount);

    private void Associate(string channel, string dealKey, string toType, string toKey, string? toId, int typeId)
    {
        var key = ObjectKeys.Association(dealKey, toKey);
        if (!State.Associated.Add(toId is null ? key : $"{key}#{toId}"))
        {
            return; // written once; associations are not re-sent with every deal update
        }

        Context.Emit(channel, key, new HubSpotWrite(HubSpotWriteKind.Associate, HubSpotObjectTypes.Deals, null, key, new Dictionary<string, string>(),
            FromObjectKey: dealKey, ToObjectType: toType, ToObjectKey: toKey, ToHubSpotId: toId, AssociationTypeId: typeId));
    }

    private Dictionary<string, string> DealProperties()
    {
        var totals = State.Totals!;
        var p = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dealname"] = $"{State.StoreId} order {State.OrderNumber ?? State.OrderKey}",
            ["amount"] = Props.Number(OrderRules.Amount(State, _options.Amount)),
            ["deal_currency_code"] = totals.Currency,
            ["ecom_store"] = State.StoreId!,
            ["ecom_subtotal"] = Props.Number(totals.Subtotal),
            ["ecom_tax"] = Props.Number(totals.Tax),
            ["ecom_shipping"] = Props.Number(totals.Shipping),
            ["ecom_discount"] = Props.Number(totals.Discount),
            ["ecom_refunded"] = Props.Number(OrderRules.RefundedAmount(State)),
            ["ecom_amount_rule"] = _options.Amount.ToString().ToLowerInvariant(),
        };
        p.SetIfPresent("ecom_order_number", State.OrderNumber);
        p.SetIfPresent("ecom_order_status", State.RawStatus);
        p.SetIfPresent("ecom_discount_codes", string.Join(';', State.DiscountCodes));
        if (State.SnapshotAt is { } updated)
        {
            p["ecom_updated_at"] = Props.Time(updated);
        }

        if (State.PaidAt is { } paid && State.Paid)
        {
            p["closedate"] = Props.Time(paid);
        }

        return p;
    }
}
