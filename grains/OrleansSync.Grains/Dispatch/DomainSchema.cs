using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;

namespace OrleansSync.Grains.Dispatch;

/// <summary>The HubSpot schema the domain writes: <see cref="EcommerceSchema.Default"/> plus the contact and deal properties the grains add.</summary>
public static class DomainSchema
{
    public static EcommerceSchema Create(SyncMappingOptions options)
    {
        var baseline = EcommerceSchema.Default;
        var group = baseline.Group.Name;
        PropertySpec Text(string name, string label) => new(options.PropertyName(name), label, "string", "text", group);
        PropertySpec Number(string name, string label) => new(options.PropertyName(name), label, "number", "number", group);
        PropertySpec Date(string name, string label) => new(options.PropertyName(name), label, "datetime", "date", group);
        PropertySpec Flag(string name, string label) => new(options.PropertyName(name), label, "bool", "booleancheckbox", group);
        var extra = new Dictionary<string, PropertySpec[]>
        {
            [HubSpotObjectTypes.Contacts] =
            [
                Text("ecom_customer_status", "Commerce lifecycle"), Text("ecom_ltv_currency", "Lifetime value currency"),
                Text("ecom_ltv_by_currency", "Lifetime value per currency"), Text("ecom_last_categories", "Last purchased categories"),
                Flag("ecom_fraud_hold", "Fraud hold"), Flag("ecom_return_in_progress", "Return in progress"), Flag("ecom_recent_purchase", "Recent purchase"),
                Text("ecom_email_consent", "Store email consent"), Text("ecom_email_consent_source", "Store consent source"), Date("ecom_email_consent_at", "Store consent time"),
                Number("ecom_abandoned_cart_value", "Abandoned cart value"), Text("ecom_abandoned_cart_currency", "Abandoned cart currency"),
                Text("ecom_abandoned_cart_items", "Abandoned cart items"), Text("ecom_abandoned_cart_url", "Abandoned cart recovery URL"),
                Date("ecom_abandoned_cart_at", "Cart abandoned at"), Number("ecom_carts_recovered", "Recovered carts"), Text("ecom_store_account", "Store account"),
            ],
            [HubSpotObjectTypes.Deals] =
            [
                Number("ecom_subtotal", "Subtotal"), Text("ecom_amount_rule", "Amount rule"), Text("ecom_discount_codes", "Discount codes"),
            ],
        };
        var properties = baseline.Properties.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<PropertySpec>)[.. p.Value.Select(s => s with { Name = options.PropertyName(s.Name) }), .. extra.GetValueOrDefault(p.Key) ?? []],
            StringComparer.Ordinal);
        return baseline with { Properties = properties };
    }
}
