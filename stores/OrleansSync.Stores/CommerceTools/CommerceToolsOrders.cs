using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>A commercetools Order (query API or <c>OrderCreated.order</c>) → canonical order (platform-events.md §5.3).</summary>
public static class CommerceToolsOrders
{
    public static OrderSnapshot Snapshot(JsonElement order, StoreContext store)
    {
        var (orderState, paymentState, shipmentState) = (order.Str("orderState"), order.Str("paymentState"), order.Str("shipmentState"));
        var status = CommerceToolsStates.StatusOf(orderState, paymentState, shipmentState);
        var lines = order.Arr("lineItems").Select(Line).ToList();
        var modified = order.Time("lastModifiedAt");
        var taxed = order.Obj("taxedPrice");
        return new OrderSnapshot(
            PlatformOrderId: order.RequiredId("id"),
            OrderNumber: order.Str("orderNumber"),
            Status: status,
            RawStatus: CommerceToolsStates.RawStatusOf(orderState, paymentState, shipmentState),
            Customer: Buyer(order),
            Lines: lines,
            Totals: new OrderTotals(

                // No subtotal field: the lines' totals (platform-events.md §5.3).
                Subtotal: order.Arr("lineItems").Sum(l => CommerceToolsMoney.Of(l.Obj("totalPrice")) ?? 0m),
                Tax: CommerceToolsMoney.Of(taxed?.Obj("totalTax")) ?? 0m,
                Shipping: CommerceToolsMoney.Of(order.Obj("shippingInfo")?.Obj("price")) ?? 0m,
                Discount: CommerceToolsMoney.Of(order.Obj("discountOnTotalPrice")?.Obj("discountedAmount")) ?? 0m,
                Total: CommerceToolsMoney.Of(order.Obj("totalPrice")) ?? throw new MappingException("Required field 'totalPrice' is missing."),
                Currency: store.Currency ?? throw new MappingException("The order names no currency and the store has no default currency.")),
            Refunds: [],
            DiscountCodes: [],
            CheckoutId: order.Obj("cart")?.Id("id"),
            Visitor: null,
            CreatedAt: order.Time("createdAt"),
            UpdatedAt: modified,
            PaidAt: status is OrderStatus.Paid or OrderStatus.PartiallyFulfilled or OrderStatus.Fulfilled && paymentState is "Paid" or "CreditOwed" ? order.Time("createdAt") : null,
            FulfilledAt: status == OrderStatus.Fulfilled ? modified : null,
            CancelledAt: status == OrderStatus.Cancelled ? modified : null,
            CancelReason: null);
    }

    public static string? CurrencyOf(JsonElement order) => CommerceToolsMoney.CurrencyOf(order.Obj("totalPrice"));

    private static LineItem Line(JsonElement line)
    {
        var quantity = line.Dec("quantity") ?? 0m;
        var unit = CommerceToolsMoney.Of(line.Obj("price")?.Obj("value")) ?? 0m;
        var total = CommerceToolsMoney.Of(line.Obj("totalPrice")) ?? unit * quantity;
        var variant = line.Obj("variant");
        return new LineItem(
            LineId: line.RequiredId("id"),
            Sku: variant?.Id("sku"),
            Name: CommerceToolsMoney.Text(line.Obj("name")) ?? "",
            Quantity: quantity,
            UnitPrice: unit,
            Discount: Math.Max(0m, unit * quantity - total),
            Tax: CommerceToolsMoney.Of(line.Obj("taxedPrice")?.Obj("totalTax")) ?? 0m,
            ProductId: line.Id("productId"),
            VariantId: variant?.Id("id"),
            Categories: []);
    }

    private static CustomerProfile Buyer(JsonElement order)
    {
        var billing = order.Obj("billingAddress");
        var customerId = order.Id("customerId");
        IReadOnlyList<PostalAddress> addresses = billing is { } b ? [CommerceToolsCustomers.Address("billing", b)] : [];
        return new CustomerProfile(
            order.Str("customerEmail") ?? billing?.Str("email"), billing?.Str("firstName"), billing?.Str("lastName"), billing?.Str("phone"),
            billing?.Str("company"), addresses, customerId, null, null, null, [], [], null, customerId is null, null);
    }
}
