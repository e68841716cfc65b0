using System.Globalization;
using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// A Magento sales order → canonical order: the REST <c>/V1/orders</c> item and the Adobe I/O event's <c>data.value</c>
/// share the <c>sales_order</c> field names (REST nests <c>billing_address</c>, events list <c>addresses[]</c>).
/// </summary>
public static class MagentoOrders
{
    public static OrderSnapshot Snapshot(JsonElement order, StoreContext store)
    {
        var state = order.Str("state");
        var status = MagentoStatuses.StatusOf(state);
        var updated = Time(order, "updated_at");
        var paid = (order.Dec("total_paid") ?? 0m) > 0m || status is OrderStatus.Paid or OrderStatus.Fulfilled or OrderStatus.Refunded;
        return new OrderSnapshot(
            PlatformOrderId: order.RequiredId("entity_id"),
            OrderNumber: order.Str("increment_id"),
            Status: status,
            RawStatus: order.Str("status") ?? state,
            Customer: Buyer(order),

            // A configurable product's child line repeats its parent; the parent carries the price.
            Lines: [.. order.Arr("items").Where(i => i.Id("parent_item_id") is null).Select(Line)],
            Totals: new OrderTotals(
                Subtotal: order.Dec("subtotal") ?? 0m,
                Tax: order.Dec("tax_amount") ?? 0m,
                Shipping: order.Dec("shipping_amount") ?? 0m,
                Discount: Math.Abs(order.Dec("discount_amount") ?? 0m),
                Total: order.Dec("grand_total") ?? throw new MappingException("Required field 'grand_total' is missing."),
                Currency: store.Currency ?? throw new MappingException("The order names no currency and the store has no default currency.")),
            Refunds: [],
            DiscountCodes: order.Id("coupon_code") is { } coupon ? [coupon] : [],
            CheckoutId: order.Id("quote_id"),
            Visitor: order.Id("remote_ip") is { } ip ? new VisitorContext(null, ip, null, null) : null,
            CreatedAt: Time(order, "created_at"),
            UpdatedAt: updated,
            PaidAt: paid ? Time(order, "created_at") : null,
            FulfilledAt: status == OrderStatus.Fulfilled ? updated : null,
            CancelledAt: status == OrderStatus.Cancelled ? updated : null,
            CancelReason: null);
    }

    /// <summary>Magento's <c>Y-m-d H:i:s</c> times, which the REST API gives in UTC.</summary>
    public static DateTimeOffset? Time(JsonElement record, string name) =>
        record.Str(name) is { Length: > 0 } s
            ? DateTimeOffset.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
                ? t
                : record.Time(name)
            : null;

    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static LineItem Line(JsonElement item)
    {
        var quantity = item.Dec("qty_ordered") ?? item.Dec("qty") ?? 0m;
        return new LineItem(
            LineId: item.RequiredId("item_id"),
            Sku: item.Id("sku"),
            Name: item.Str("name") ?? "",
            Quantity: quantity,
            UnitPrice: item.Dec("price") ?? 0m,
            Discount: Math.Abs(item.Dec("discount_amount") ?? 0m),
            Tax: item.Dec("tax_amount") ?? 0m,
            ProductId: item.Id("product_id"),
            VariantId: null,
            Categories: []);
    }

    private static CustomerProfile Buyer(JsonElement order)
    {
        var billing = order.Obj("billing_address") ?? order.Arr("addresses").Where(a => a.Str("address_type") == "billing").Cast<JsonElement?>().FirstOrDefault();
        var guest = order.Bool("customer_is_guest") ?? order.Str("customer_is_guest") is "1" || order.Id("customer_id") is null;
        return new CustomerProfile(
            Email: order.Str("customer_email") ?? billing?.Str("email"),
            FirstName: order.Str("customer_firstname") ?? billing?.Str("firstname"),
            LastName: order.Str("customer_lastname") ?? billing?.Str("lastname"),
            Phone: billing?.Str("telephone"),
            Company: billing?.Str("company") is { Length: > 0 } company ? company : null,
            Addresses: billing is { } b ? [MagentoAddresses.Of("billing", b)] : [],
            PlatformCustomerId: guest ? null : order.Id("customer_id"),
            HubSpotUtk: null,
            EmailConsent: null,
            B2BCompany: null,
            Tags: [],
            Groups: order.Id("customer_group_id") is { } group and not "0" ? [group] : [],
            AcceptsMarketing: null,
            IsGuest: guest,
            CreatedAt: null);
    }
}
