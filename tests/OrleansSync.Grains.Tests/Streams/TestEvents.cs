using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;

namespace OrleansSync.Grains.Tests.Streams;

/// <summary>Single canonical events for focused scenarios.</summary>
public static class TestEvents
{
    public static CustomerProfile Shopper(string? email, string? platformId = null) =>
        new(email, "Bo", "Shopper", null, null, [], platformId, null, null, null, [], [], null, platformId is null, null);

    public static OrderSnapshot Order(string id, string email, DateTimeOffset at, decimal unitPrice = 40m, IReadOnlyList<string>? discountCodes = null, string currency = "EUR") =>
        new(id, $"#{id}", OrderStatus.Paid, "paid", Shopper(email), [new LineItem("L1", "SKU-1", "Boots", 1, unitPrice, 0m, 0m, null, null, ["shoes"])],
            new OrderTotals(unitPrice, 0m, 0m, 0m, unitPrice, currency), [], discountCodes ?? [], null, null, at, at, at, null, null, null);

    public static OrderPaid Paid(StoreContext store, string id, string email, DateTimeOffset at, IReadOnlyList<string>? discountCodes = null) =>
        new(store, new SourceStamp($"{id}-paid", null, at, null, at), Order(id, email, at, discountCodes: discountCodes, currency: store.Currency!));

    public static CheckoutStarted Checkout(StoreContext store, string cartId, string email, DateTimeOffset at, decimal total = 120m) =>
        new(store, new SourceStamp($"{cartId}-{at.Ticks}", null, at, null, at), new CartSnapshot(
            cartId, null, Shopper(email), [new LineItem("L1", "SKU-9", "Backpack", 2, total / 2, 0m, 0m, null, null, ["bags"])],
            total, 0m, 0m, total, store.Currency!, $"https://{store.StoreId}.example/cart/{cartId}/recover", null, at, at, null));
}
