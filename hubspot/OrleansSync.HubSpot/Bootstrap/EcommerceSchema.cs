namespace OrleansSync.HubSpot.Bootstrap;

/// <summary>
/// The HubSpot schema the sync needs: one property group per object, <c>ecom_</c> properties (unique-value keys so
/// deals, line items, products and companies are upserted, never duplicated) and the ecommerce deal pipeline.
/// </summary>
public sealed record EcommerceSchema(PropertyGroupSpec Group, IReadOnlyDictionary<string, IReadOnlyList<PropertySpec>> Properties, PipelineSpec Pipeline)
{
    public const string Prefix = "ecom_";
    public const string OrderKey = Prefix + "order_key";
    public const string LineKey = Prefix + "line_key";
    public const string ProductKey = Prefix + "product_key";
    public const string CompanyKey = Prefix + "company_key";

    public static EcommerceSchema Default { get; } = Create(new PropertyGroupSpec(Prefix + "sync", "Ecommerce sync"));

    private static EcommerceSchema Create(PropertyGroupSpec group)
    {
        PropertySpec Text(string name, string label, bool unique = false) => new(name, label, "string", "text", group.Name, unique);
        PropertySpec Number(string name, string label) => new(name, label, "number", "number", group.Name);
        PropertySpec Date(string name, string label) => new(name, label, "datetime", "date", group.Name);
        var properties = new Dictionary<string, IReadOnlyList<PropertySpec>>(StringComparer.Ordinal)
        {
            [HubSpotObjectTypes.Contacts] =
            [
                Text(Prefix + "customer_ids", "Store customer ids"), Number(Prefix + "order_count", "Paid orders"),
                Number(Prefix + "lifetime_value", "Lifetime value"), Date(Prefix + "first_order_at", "First order"),
                Date(Prefix + "last_order_at", "Last order"), Text(Prefix + "cart_status", "Cart status"),
            ],
            [HubSpotObjectTypes.Companies] = [Text(CompanyKey, "Store company key", unique: true)],
            [HubSpotObjectTypes.Deals] =
            [
                Text(OrderKey, "Store order key", unique: true), Text(Prefix + "store", "Store"), Text(Prefix + "order_number", "Order number"),
                Text(Prefix + "order_status", "Store order status"), Number(Prefix + "tax", "Tax"), Number(Prefix + "shipping", "Shipping"),
                Number(Prefix + "discount", "Discount"), Number(Prefix + "refunded", "Refunded"), Text(Prefix + "recovery_url", "Cart recovery URL"),
                Date(Prefix + "updated_at", "Store updated at"),
            ],
            [HubSpotObjectTypes.LineItems] = [Text(LineKey, "Store order line key", unique: true)],
            [HubSpotObjectTypes.Products] = [Text(ProductKey, "Store product key", unique: true)],
        };
        var pipeline = new PipelineSpec("Ecommerce", [
            new("Checkout abandoned", "0.1"), new("Order placed", "0.5"), new("Paid", "1.0"),
            new("Fulfilled", "1.0"), new("Cancelled", "0.0"), new("Refunded", "0.0"),
        ]);
        return new EcommerceSchema(group, properties, pipeline);
    }
}
