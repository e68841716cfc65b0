using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>A commercetools Cart → canonical cart (platform-events.md §5.6).</summary>
public static class CommerceToolsCarts
{
    public static CartSnapshot Snapshot(JsonElement cart, StoreContext store)
    {
        var customerId = cart.Id("customerId");
        var lines = cart.Arr("lineItems").Select(l => new LineItem(
            l.RequiredId("id"), l.Obj("variant")?.Id("sku"), CommerceToolsMoney.Text(l.Obj("name")) ?? "", l.Dec("quantity") ?? 0m,
            CommerceToolsMoney.Of(l.Obj("price")?.Obj("value")) ?? 0m, 0m, 0m, l.Id("productId"), l.Obj("variant")?.Id("id"), [])).ToList();
        var total = CommerceToolsMoney.Of(cart.Obj("totalPrice")) ?? 0m;
        return new CartSnapshot(
            CartId: cart.RequiredId("id"),
            CartToken: cart.Id("anonymousId"),
            Customer: new CustomerProfile(cart.Str("customerEmail"), null, null, null, null, [], customerId, null, null, null, [], [], null, customerId is null, null),
            Lines: lines,
            Subtotal: cart.Arr("lineItems").Sum(l => CommerceToolsMoney.Of(l.Obj("totalPrice")) ?? 0m),
            Tax: CommerceToolsMoney.Of(cart.Obj("taxedPrice")?.Obj("totalTax")) ?? 0m,
            Discount: 0m,
            Total: total,
            Currency: store.Currency ?? throw new MappingException("The cart names no currency and the store has no default currency."),
            RecoveryUrl: null,
            Visitor: null,
            CreatedAt: cart.Time("createdAt"),
            UpdatedAt: cart.Time("lastModifiedAt"),
            CompletedAt: null);
    }
}
