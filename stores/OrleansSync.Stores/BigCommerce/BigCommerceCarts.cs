using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>BigCommerce v3 cart (<c>GET /v3/carts/{id}</c> <c>data</c>) → canonical cart (platform-events.md §3.7).</summary>
public static class BigCommerceCarts
{
    public static CartSnapshot Snapshot(JsonElement cart, StoreContext store, string? token)
    {
        var customerId = cart.Id("customer_id");
        var guest = customerId is null or "0";
        var items = cart.Obj("line_items");
        var lines = items is { } l
            ? l.Arr("physical_items").Concat(l.Arr("digital_items")).Select(Line).ToList()
            : [];
        var buyer = new CustomerProfile(
            cart.Str("email"), null, null, null, null, [], guest ? null : customerId, null, null, null, [], [], null, guest, null);
        return new CartSnapshot(
            CartId: cart.RequiredId("id"),
            CartToken: token,
            Customer: buyer,
            Lines: lines,
            Subtotal: cart.Dec("base_amount") ?? 0m,
            Tax: 0m,
            Discount: (cart.Dec("discount_amount") ?? 0m) + cart.Arr("coupons").Sum(c => c.Dec("discounted_amount") ?? 0m),
            Total: cart.Dec("cart_amount") ?? 0m,
            Currency: store.Currency ?? throw new MappingException("The cart names no currency and the store has no default currency."),
            RecoveryUrl: null,
            Visitor: null,
            CreatedAt: cart.Time("created_time"),
            UpdatedAt: cart.Time("updated_time"),
            CompletedAt: null);
    }

    private static LineItem Line(JsonElement line) =>
        new(
            LineId: line.RequiredId("id"),
            Sku: line.Id("sku"),
            Name: line.Str("name") ?? "",
            Quantity: line.Dec("quantity") ?? 0m,
            UnitPrice: line.Dec("sale_price") ?? line.Dec("list_price") ?? 0m,
            Discount: line.Dec("discount_amount") ?? 0m,
            Tax: 0m,
            ProductId: line.Id("product_id"),
            VariantId: line.Id("variant_id"),
            Categories: []);
}
