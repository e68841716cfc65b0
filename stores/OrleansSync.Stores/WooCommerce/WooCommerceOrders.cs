using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>WooCommerce order JSON (REST v2/v3 shape) → canonical order or draft cart.</summary>
public static class WooCommerceOrders
{
    /// <summary>The order meta key naming the HubSpot deal an order was created from (OrleansSync sets it).</summary>
    public const string HubSpotDealMetaKey = "hubspot_deal_id";

    public static OrderSnapshot Snapshot(JsonElement body, StoreContext store)
    {
        var id = body.RequiredId("id");
        var rawStatus = body.Str("status");
        var lines = Lines(body);
        var currency = store.Currency ?? throw new MappingException("The order names no currency and the store has no default currency.");
        var totals = new OrderTotals(
            Subtotal: SubtotalOf(body),
            Tax: body.Dec("total_tax") ?? 0m,
            Shipping: body.Dec("shipping_total") ?? 0m,
            Discount: body.Dec("discount_total") ?? 0m,
            Total: body.Dec("total") ?? throw new MappingException("Required field 'total' is missing."),
            Currency: currency);
        var status = StatusOf(rawStatus);
        return new OrderSnapshot(
            PlatformOrderId: id,
            OrderNumber: body.Str("number") ?? id,
            Status: status,
            RawStatus: rawStatus,
            Customer: Buyer(body),
            Lines: lines,
            Totals: totals,
            Refunds: Refunds(body),
            DiscountCodes: [.. body.Arr("coupon_lines").Select(c => c.Id("code")).OfType<string>()],
            CheckoutId: body.Str("created_via") == "checkout" ? id : null,
            Visitor: Visitor(body),
            CreatedAt: body.Time("date_created_gmt"),
            UpdatedAt: body.Time("date_modified_gmt"),
            PaidAt: body.Time("date_paid_gmt"),
            FulfilledAt: body.Time("date_completed_gmt"),
            CancelledAt: status == OrderStatus.Cancelled ? body.Time("date_modified_gmt") : null,
            CancelReason: null,
            HubSpotDealId: HubSpotDealIdOf(body));
    }

    /// <summary>The HubSpot deal id in the order's <c>meta_data</c>, when the order was created from a deal.</summary>
    public static string? HubSpotDealIdOf(JsonElement body) =>
        body.Arr("meta_data").Where(m => m.Str("key") == HubSpotDealMetaKey).Select(m => m.Id("value")).FirstOrDefault(v => v is not null);

    /// <summary>A block-checkout draft order as the cart it really is; the draft's id becomes the order's id.</summary>
    public static CartSnapshot DraftCart(JsonElement body, StoreContext store)
    {
        var lines = Lines(body);
        return new CartSnapshot(
            CartId: body.RequiredId("id"),
            CartToken: body.Id("cart_hash"),
            Customer: Buyer(body),
            Lines: lines,
            Subtotal: SubtotalOf(body),
            Tax: body.Dec("total_tax") ?? 0m,
            Discount: body.Dec("discount_total") ?? 0m,
            Total: body.Dec("total") ?? 0m,
            Currency: store.Currency ?? throw new MappingException("The draft names no currency and the store has no default currency."),
            RecoveryUrl: null,
            Visitor: Visitor(body),
            CreatedAt: body.Time("date_created_gmt"),
            UpdatedAt: body.Time("date_modified_gmt"),
            CompletedAt: null);
    }

    /// <summary>Status slugs from <c>OrderStatus.php</c>; unknown (extension) statuses are <see cref="OrderStatus.Other"/>.</summary>
    public static OrderStatus StatusOf(string? status) => status switch
    {
        "pending" or "on-hold" => OrderStatus.Pending,
        "processing" => OrderStatus.Paid,
        "completed" => OrderStatus.Fulfilled,
        "cancelled" => OrderStatus.Cancelled,
        "refunded" => OrderStatus.Refunded,
        "failed" => OrderStatus.Failed,
        _ => OrderStatus.Other,
    };

    private static CustomerProfile Buyer(JsonElement body)
    {
        var billing = body.Obj("billing");
        var customerId = body.Id("customer_id");
        var guest = customerId is null or "0";
        return new CustomerProfile(
            Email: billing?.Str("email"),
            FirstName: billing?.Str("first_name"),
            LastName: billing?.Str("last_name"),
            Phone: billing?.Str("phone"),
            Company: billing?.Str("company"),
            Addresses: WooCommerceCustomers.Addresses(body),
            PlatformCustomerId: guest ? null : customerId,
            HubSpotUtk: WooCommerceCustomers.HubSpotUtk(body),
            EmailConsent: null,
            B2BCompany: null,
            Tags: [],
            Groups: [],
            AcceptsMarketing: null,
            IsGuest: guest,
            CreatedAt: null);
    }

    /// <summary>WooCommerce has no order subtotal: the lines' totals after discounts, before shipping and tax.</summary>
    private static decimal SubtotalOf(JsonElement body) => body.Arr("line_items").Sum(l => l.Dec("total") ?? 0m);

    private static List<LineItem> Lines(JsonElement body) =>
        body.Arr("line_items").Select(l =>
        {
            var quantity = l.Dec("quantity") ?? 0m;
            var subtotal = l.Dec("subtotal") ?? 0m;
            var total = l.Dec("total") ?? subtotal;
            var variation = l.Id("variation_id");
            return new LineItem(
                LineId: l.RequiredId("id"),
                Sku: l.Id("sku"),
                Name: l.Str("name") ?? "",
                Quantity: quantity,
                UnitPrice: quantity == 0 ? subtotal : decimal.Round(subtotal / quantity, 4),
                Discount: subtotal - total,
                Tax: l.Dec("total_tax") ?? 0m,
                ProductId: l.Id("product_id"),
                VariantId: variation is "0" ? null : variation,
                Categories: []);
        }).ToList();

    private static IReadOnlyList<OrderRefund> Refunds(JsonElement body) =>
        [.. body.Arr("refunds").Select(r => new OrderRefund(r.RequiredId("id"), Math.Abs(r.Dec("total") ?? 0m), null, r.Str("reason"), []))];

    private static VisitorContext? Visitor(JsonElement body)
    {
        var ip = body.Id("customer_ip_address");
        var agent = body.Id("customer_user_agent");
        var utk = WooCommerceCustomers.HubSpotUtk(body);
        return ip is null && agent is null && utk is null ? null : new VisitorContext(utk, ip, agent, null);
    }
}
