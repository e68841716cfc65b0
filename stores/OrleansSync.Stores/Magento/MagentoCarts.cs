using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>A Magento quote (REST <c>/V1/carts/search</c> item or <c>sales_quote_save_after</c> event value) → canonical cart.</summary>
public static class MagentoCarts
{
    public static CartSnapshot Snapshot(JsonElement quote, StoreContext store)
    {
        var customer = quote.Obj("customer");
        var customerId = customer?.Id("id") ?? quote.Id("customer_id");
        var guest = quote.Bool("customer_is_guest") ?? customerId is null or "0";
        var lines = quote.Arr("items").Where(i => i.Id("parent_item_id") is null).Select(i => new LineItem(
            i.RequiredId("item_id"), i.Id("sku"), i.Str("name") ?? "", i.Dec("qty") ?? 0m, i.Dec("price") ?? 0m, 0m, 0m, i.Id("product_id"), null, [])).ToList();
        var subtotal = quote.Dec("subtotal") ?? lines.Sum(l => l.UnitPrice * l.Quantity);
        return new CartSnapshot(
            CartId: quote.Id("id") ?? quote.RequiredId("entity_id"),
            CartToken: null,
            Customer: new CustomerProfile(
                customer?.Str("email") ?? quote.Str("customer_email"), customer?.Str("firstname") ?? quote.Str("customer_firstname"),
                customer?.Str("lastname") ?? quote.Str("customer_lastname"), null, null, [], guest ? null : customerId, null, null, null, [], [], null, guest, null),
            Lines: lines,
            Subtotal: subtotal,
            Tax: 0m,
            Discount: 0m,
            Total: quote.Dec("grand_total") ?? subtotal,
            Currency: store.Currency ?? throw new MappingException("The cart names no currency and the store has no default currency."),
            RecoveryUrl: null,
            Visitor: null,
            CreatedAt: MagentoOrders.Time(quote, "created_at"),
            UpdatedAt: MagentoOrders.Time(quote, "updated_at"),
            CompletedAt: null);
    }

    public static string? CurrencyOf(JsonElement quote) => quote.Obj("currency")?.Str("quote_currency_code") ?? quote.Str("quote_currency_code");
}
