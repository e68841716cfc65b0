using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify Checkout (abandoned checkout) JSON → canonical cart (platform-events.md §2.7).</summary>
public static class ShopifyCheckouts
{
    public static CartSnapshot Snapshot(JsonElement checkout, StoreContext store)
    {
        var billing = checkout.Obj("billing_address");
        var customer = checkout.Obj("customer") is { } c ? ShopifyCustomers.Profile(c, checkout.Bool("buyer_accepts_marketing")) : null;
        var addresses = new List<PostalAddress>(2);
        if (billing is { } b)
        {
            addresses.Add(ShopifyCustomers.Address("billing", b));
        }

        if (checkout.Obj("shipping_address") is { } s)
        {
            addresses.Add(ShopifyCustomers.Address("shipping", s));
        }

        var visitor = ShopifyOrders.Visitor(checkout);
        var buyer = new CustomerProfile(
            Email: checkout.Str("email") ?? customer?.Email,
            FirstName: customer?.FirstName ?? billing?.Str("first_name"),
            LastName: customer?.LastName ?? billing?.Str("last_name"),
            Phone: checkout.Str("phone") ?? customer?.Phone ?? billing?.Str("phone"),
            Company: billing?.Str("company"),
            Addresses: addresses,
            PlatformCustomerId: customer?.PlatformCustomerId,
            HubSpotUtk: visitor?.HubSpotUtk,
            EmailConsent: customer?.EmailConsent,
            B2BCompany: null,
            Tags: customer?.Tags ?? [],
            Groups: [],
            AcceptsMarketing: checkout.Bool("buyer_accepts_marketing") ?? customer?.AcceptsMarketing,
            IsGuest: customer is null ? true : customer.IsGuest,
            CreatedAt: null);
        return new CartSnapshot(
            CartId: checkout.Id("id") ?? checkout.RequiredId("token"),
            CartToken: checkout.Id("cart_token"),
            Customer: buyer,
            Lines: [.. checkout.Arr("line_items").Select(ShopifyOrders.Line)],
            Subtotal: checkout.Dec("subtotal_price") ?? 0m,
            Tax: checkout.Dec("total_tax") ?? 0m,
            Discount: checkout.Dec("total_discounts") ?? 0m,
            Total: checkout.Dec("total_price") ?? 0m,
            Currency: store.Currency ?? throw new MappingException("The checkout names no currency and the store has no default currency."),
            RecoveryUrl: checkout.Str("abandoned_checkout_url"),
            Visitor: visitor,
            CreatedAt: checkout.Time("created_at"),
            UpdatedAt: checkout.Time("updated_at"),
            CompletedAt: checkout.Time("completed_at"));
    }
}
