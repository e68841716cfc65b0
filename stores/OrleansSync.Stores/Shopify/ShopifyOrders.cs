using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify REST Order and Refund JSON → canonical order and refund.</summary>
public static class ShopifyOrders
{
    public static OrderSnapshot Snapshot(JsonElement order, StoreContext store)
    {
        var financial = order.Str("financial_status");
        var fulfillment = order.Str("fulfillment_status");
        var status = StatusOf(financial, fulfillment, order.Time("cancelled_at") is not null);
        var currency = store.Currency ?? throw new MappingException("The order names no currency and the store has no default currency.");
        var shipping = order.Obj("total_shipping_price_set")?.Obj("shop_money")?.Dec("amount")
            ?? order.Arr("shipping_lines").Sum(s => s.Dec("price") ?? 0m);
        var paid = financial is "paid" or "partially_refunded" or "refunded";
        return new OrderSnapshot(
            PlatformOrderId: order.RequiredId("id"),
            OrderNumber: order.Str("name") ?? order.Str("order_number"),
            Status: status,
            RawStatus: $"financial={financial ?? "null"};fulfillment={fulfillment ?? "null"}",
            Customer: Buyer(order),
            Lines: [.. order.Arr("line_items").Select(Line)],
            Totals: new OrderTotals(
                Subtotal: order.Dec("subtotal_price") ?? 0m,
                Tax: order.Dec("total_tax") ?? 0m,
                Shipping: shipping,
                Discount: order.Dec("total_discounts") ?? 0m,
                Total: order.Dec("total_price") ?? throw new MappingException("Required field 'total_price' is missing."),
                Currency: currency),
            Refunds: [.. order.Arr("refunds").Select(RefundOf)],
            DiscountCodes: [.. order.Arr("discount_codes").Select(d => d.Id("code")).OfType<string>()],
            CheckoutId: order.Id("checkout_id"),
            Visitor: Visitor(order),
            CreatedAt: order.Time("created_at"),
            UpdatedAt: order.Time("updated_at"),

            // REST orders have no paid time; processed_at is when the payment was processed at checkout.
            PaidAt: paid ? order.Time("processed_at") ?? order.Time("created_at") : null,
            FulfilledAt: order.Arr("fulfillments").Where(f => f.Str("status") == "success").Select(f => f.Time("created_at")).Max(),
            CancelledAt: order.Time("cancelled_at"),
            CancelReason: order.Str("cancel_reason"));
    }

    /// <summary>
    /// Precedence: cancelled, refunded, fulfilment, partial refund, payment (platform-events.md §2.5).
    /// </summary>
    public static OrderStatus StatusOf(string? financial, string? fulfillment, bool cancelled) =>
        (cancelled, financial, fulfillment) switch
        {
            (true, _, _) => OrderStatus.Cancelled,
            (_, "refunded", _) => OrderStatus.Refunded,
            (_, "voided", _) => OrderStatus.Failed,
            (_, _, "fulfilled") => OrderStatus.Fulfilled,
            (_, _, "partial") => OrderStatus.PartiallyFulfilled,
            (_, "partially_refunded", _) => OrderStatus.PartiallyRefunded,
            (_, "paid", _) => OrderStatus.Paid,
            (_, "pending" or "authorized" or "partially_paid", _) => OrderStatus.Pending,
            _ => OrderStatus.Other,
        };

    /// <summary><c>refunds/create</c>: the Refund resource alone, with its <c>order_id</c>.</summary>
    public static OrderRefunded Refund(JsonElement refund, StoreContext store, SourceStamp source) =>
        new(store, source with { UpdatedAt = source.UpdatedAt ?? refund.Time("created_at") }, refund.RequiredId("order_id"), RefundOf(refund), null, null);

    public static OrderRefund RefundOf(JsonElement r)
    {
        var lines = r.Arr("refund_line_items")
            .Select(l => new RefundLine(l.RequiredId("line_item_id"), l.Dec("quantity") ?? 0m, l.Dec("subtotal") is { } s ? s + (l.Dec("total_tax") ?? 0m) : null))
            .ToList();
        var transactions = r.Arr("transactions").Where(t => t.Str("kind") == "refund" && t.Str("status") is null or "success").ToList();
        var adjustments = r.Arr("order_adjustments").Sum(a => -(a.Dec("amount") ?? 0m) - (a.Dec("tax_amount") ?? 0m));
        var amount = transactions.Count > 0
            ? transactions.Sum(t => t.Dec("amount") ?? 0m)
            : lines.Sum(l => l.Amount ?? 0m) + adjustments;
        return new OrderRefund(r.RequiredId("id"), Math.Abs(amount), r.Time("created_at") ?? r.Time("processed_at"), r.Str("note"), lines);
    }

    public static LineItem Line(JsonElement l)
    {
        var quantity = l.Dec("quantity") ?? 0m;
        var discount = l.Dec("total_discount") ?? l.Arr("discount_allocations").Sum(d => d.Dec("amount") ?? 0m);
        var title = l.Str("name") ?? JoinTitle(l.Str("title"), l.Str("variant_title"));
        return new LineItem(
            LineId: l.Id("id") ?? l.RequiredId("key"),
            Sku: l.Id("sku"),
            Name: title ?? "",
            Quantity: quantity,
            UnitPrice: l.Dec("price") ?? 0m,
            Discount: discount + l.Arr("applied_discounts").Sum(d => d.Dec("amount") ?? 0m),
            Tax: l.Arr("tax_lines").Sum(t => t.Dec("price") ?? 0m),
            ProductId: l.Id("product_id"),
            VariantId: l.Id("variant_id"),
            Categories: l.Id("product_type") is { } type ? [type] : []);
    }

    public static VisitorContext? Visitor(JsonElement body)
    {
        var client = body.Obj("client_details");
        var ip = body.Id("browser_ip") ?? client?.Id("browser_ip");
        var agent = client?.Id("user_agent");
        var utk = body.Arr("note_attributes").Where(n => n.Str("name") is "hubspotutk").Select(n => n.Id("value")).FirstOrDefault();
        var page = body.Id("landing_site");
        return ip is null && agent is null && utk is null && page is null ? null : new VisitorContext(utk, ip, agent, page);
    }

    private static CustomerProfile Buyer(JsonElement order)
    {
        var billing = order.Obj("billing_address");
        var shipping = order.Obj("shipping_address");
        var accepts = order.Bool("buyer_accepts_marketing");
        var addresses = new List<PostalAddress>(2);
        if (billing is { } b)
        {
            addresses.Add(ShopifyCustomers.Address("billing", b));
        }

        if (shipping is { } s)
        {
            addresses.Add(ShopifyCustomers.Address("shipping", s));
        }

        var email = order.Str("email") ?? order.Str("contact_email");
        if (order.Obj("customer") is not { } customer)
        {
            return new CustomerProfile(
                email, billing?.Str("first_name"), billing?.Str("last_name"), order.Str("phone") ?? billing?.Str("phone"), billing?.Str("company"),
                addresses, null, Visitor(order)?.HubSpotUtk, null, null, JsonFields.Tags(order.Str("tags")), [], accepts, IsGuest: true, null);
        }

        var profile = ShopifyCustomers.Profile(customer, accepts);
        return profile with
        {
            Email = email ?? profile.Email,
            FirstName = profile.FirstName ?? billing?.Str("first_name"),
            LastName = profile.LastName ?? billing?.Str("last_name"),
            Phone = profile.Phone ?? order.Str("phone") ?? billing?.Str("phone"),
            Company = billing?.Str("company") ?? profile.Company,
            Addresses = [.. addresses, .. profile.Addresses],
            HubSpotUtk = Visitor(order)?.HubSpotUtk,
            AcceptsMarketing = accepts ?? profile.AcceptsMarketing,
        };
    }

    private static string? JoinTitle(string? title, string? variant) =>
        string.IsNullOrWhiteSpace(variant) || variant == "Default Title" ? title : $"{title} - {variant}";
}
