using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Customers;

/// <summary>Builds the contact's complete desired property set from the customer's state.</summary>
public static class ContactProperties
{
    public static Dictionary<string, string> Build(CustomerState state, DateTimeOffset now, SyncMappingOptions options, out LifecycleStatus sent)
    {
        var p = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, field) in state.Fields)
        {
            p.SetIfPresent(name, field.Value);
        }

        var orders = state.Orders.Values.Select(o => o.Summary).ToList();
        var status = CustomerLifecycle.Status(orders, state.IsLead, now, options);
        sent = CustomerLifecycle.Forward(state.HighestLifecycleSent, status);
        if (!state.LifecycleStageSetInHubSpot)
        {
            p["lifecyclestage"] = CustomerLifecycle.HubSpotStage(sent);
        }
        p["ecom_customer_status"] = CustomerLifecycle.PropertyValue(status);
        p.SetIfPresent("ecom_customer_ids", string.Join(';', state.Aliases.Where(a => !a.Contains("/utk/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));

        var paid = orders.Where(o => o.Paid && !o.Cancelled && o.PaidAt is not null).OrderBy(o => o.PaidAt).ToList();
        p["ecom_order_count"] = Props.Number(paid.Count);
        if (paid.Count > 0)
        {
            var byCurrency = paid.GroupBy(o => o.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Currency: g.Key, Value: g.Sum(o => o.Revenue))).ToList();
            var primary = paid[0].Currency;
            p["ecom_lifetime_value"] = Props.Number(byCurrency.First(c => c.Currency == primary).Value);
            p["ecom_ltv_currency"] = primary;
            p["ecom_ltv_by_currency"] = string.Join(';', byCurrency.Select(c => $"{c.Currency}:{Props.Number(c.Value)}"));
            p["ecom_first_order_at"] = Props.Time(paid[0].PaidAt!.Value);
            p["ecom_last_order_at"] = Props.Time(paid[^1].PaidAt!.Value);
            p.SetIfPresent("ecom_last_categories", string.Join(';', paid.AsEnumerable().Reverse().SelectMany(o => o.Categories).Distinct(StringComparer.OrdinalIgnoreCase).Take(options.LastCategoriesKept)));
            p["ecom_recent_purchase"] = Props.Bool(now - paid[^1].PaidAt!.Value < options.RecentPurchaseWindow);
        }

        p["ecom_fraud_hold"] = Props.Bool(orders.Any(o => o.FraudHold && !o.Cancelled));
        p["ecom_return_in_progress"] = Props.Bool(orders.Any(o => o.ReturnInProgress));
        if (state.Consent != Contracts.Customers.ConsentState.Unknown)
        {
            p["ecom_email_consent"] = state.Consent == Contracts.Customers.ConsentState.OptedIn ? "opted_in" : "opted_out";
            p.SetIfPresent("ecom_email_consent_source", state.ConsentSource);
            p.SetIfPresent("ecom_email_consent_at", state.ConsentAt is { } at ? Props.Time(at) : null);
        }

        if (state.AbandonedCart is { } cart)
        {
            p["ecom_cart_status"] = cart.Recovered ? "recovered" : "abandoned";
            p["ecom_abandoned_cart_value"] = Props.Number(cart.Value);
            p["ecom_abandoned_cart_currency"] = cart.Currency;
            p.SetIfPresent("ecom_abandoned_cart_items", cart.Items);
            p.SetIfPresent("ecom_abandoned_cart_url", cart.RecoveryUrl);
            p["ecom_abandoned_cart_at"] = Props.Time(cart.AbandonedAt);
        }

        p["ecom_carts_recovered"] = Props.Number(state.RecoveredCarts);
        return p;
    }
}
