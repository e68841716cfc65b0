using System.Globalization;
using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>BigCommerce v2 order, order products and v3 refunds → canonical order (platform-events.md §3.4).</summary>
public static class BigCommerceOrders
{
    public static OrderSnapshot Snapshot(BigCommerceOrderRecord record, StoreContext store)
    {
        var order = record.Order;
        var id = order.RequiredId("id");
        var statusId = StatusIdOf(order);
        var status = BigCommerceStatuses.StatusOf(statusId);
        var created = order.Time("date_created");
        var modified = order.Time("date_modified");
        var payment = order.Str("payment_status");
        var paid = status is OrderStatus.Paid or OrderStatus.PartiallyFulfilled or OrderStatus.Fulfilled or OrderStatus.PartiallyRefunded or OrderStatus.Refunded
            || payment is "captured" or "paid" or "partially refunded" or "refunded";
        return new OrderSnapshot(
            PlatformOrderId: id,
            OrderNumber: id,
            Status: status,
            RawStatus: BigCommerceStatuses.NameOf(statusId),
            Customer: Buyer(order),
            Lines: [.. record.Products.Select(Line)],
            Totals: new OrderTotals(
                Subtotal: order.Dec("subtotal_ex_tax") ?? 0m,
                Tax: order.Dec("total_tax") ?? 0m,
                Shipping: order.Dec("shipping_cost_ex_tax") ?? order.Dec("shipping_cost_inc_tax") ?? 0m,
                Discount: (order.Dec("discount_amount") ?? 0m) + (order.Dec("coupon_discount") ?? 0m),
                Total: order.Dec("total_inc_tax") ?? throw new MappingException("Required field 'total_inc_tax' is missing."),
                Currency: store.Currency ?? throw new MappingException("The order names no currency and the store has no default currency.")),
            Refunds: [.. record.Refunds.Select(RefundOf)],
            DiscountCodes: [],
            CheckoutId: order.Id("cart_id"),
            Visitor: order.Id("ip_address") is { } ip ? new VisitorContext(null, ip, null, null) : null,
            CreatedAt: created,
            UpdatedAt: modified,

            // v2 orders carry no payment time; payment happens at checkout for all but offline methods.
            PaidAt: paid ? created : null,
            FulfilledAt: order.Time("date_shipped"),
            CancelledAt: status == OrderStatus.Cancelled ? modified : null,
            CancelReason: null);
    }

    public static int StatusIdOf(JsonElement order) =>
        int.TryParse(order.RequiredId("status_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var statusId)
            ? statusId
            : throw new MappingException("'status_id' is not a status id.");

    public static OrderRefund RefundOf(JsonElement refund) =>
        new(
            refund.RequiredId("id"),
            Math.Abs(refund.Dec("total_amount") ?? refund.Arr("payments").Sum(p => p.Dec("amount") ?? 0m)),
            refund.Time("created"),
            refund.Str("reason"),
            [.. refund.Arr("items").Select(i => new RefundLine(i.RequiredId("item_id"), i.Dec("quantity") ?? 0m, i.Dec("requested_amount")))]);

    private static LineItem Line(JsonElement line)
    {
        var quantity = line.Dec("quantity") ?? 0m;
        var exTax = line.Dec("total_ex_tax") ?? 0m;
        var incTax = line.Dec("total_inc_tax") ?? exTax;
        var variant = line.Id("variant_id");
        return new LineItem(
            LineId: line.RequiredId("id"),
            Sku: line.Id("sku"),
            Name: line.Str("name") ?? "",
            Quantity: quantity,
            UnitPrice: line.Dec("price_ex_tax") ?? line.Dec("base_price") ?? 0m,
            Discount: line.Arr("applied_discounts").Sum(d => d.Dec("amount") ?? 0m),
            Tax: incTax - exTax,
            ProductId: line.Id("product_id"),
            VariantId: variant is "0" ? null : variant,
            Categories: []);
    }

    private static CustomerProfile Buyer(JsonElement order)
    {
        var billing = order.Obj("billing_address");
        var customerId = order.Id("customer_id");
        var guest = customerId is null or "0";
        var optIn = order.Bool("is_email_opt_in");
        IReadOnlyList<PostalAddress> addresses = billing is { } b ? [BigCommerceCustomers.Address("billing", b)] : [];
        return new CustomerProfile(
            Email: billing?.Str("email"),
            FirstName: billing?.Str("first_name"),
            LastName: billing?.Str("last_name"),
            Phone: billing?.Str("phone"),
            Company: billing?.Str("company") is { Length: > 0 } company ? company : null,
            Addresses: addresses,
            PlatformCustomerId: guest ? null : customerId,
            HubSpotUtk: null,

            // Ticking the box is consent; an unticked box is no answer (consent is never inferred).
            EmailConsent: optIn == true ? new MarketingConsent(ConsentState.OptedIn, "bigcommerce:is_email_opt_in", order.Time("date_created"), "true", null) : null,
            B2BCompany: null,
            Tags: [],
            Groups: [],
            AcceptsMarketing: optIn,
            IsGuest: guest,
            CreatedAt: null);
    }
}
