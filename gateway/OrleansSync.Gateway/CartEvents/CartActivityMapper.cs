using System.Net.Mail;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores;
using OrleansSync.Stores.Validation;

namespace OrleansSync.Gateway.CartEvents;

/// <summary>Validates a generic cart call and turns it into <see cref="CheckoutStarted"/> or <see cref="CartUpdated"/>.</summary>
internal static class CartActivityMapper
{
    public static Dictionary<string, string[]> Validate(CartActivity cart, StoreOptions store, DateTimeOffset receivedAt)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(cart.CartId))
        {
            errors["cartId"] = ["Required."];
        }

        if (cart.Items?.Any(l => l is null || string.IsNullOrWhiteSpace(l.Sku) || l.Quantity is <= 0 or > RecordBounds.MaxQuantity || l.UnitPrice is < 0 or > RecordBounds.MaxMoney) == true)
        {
            errors["items"] = [$"Every item needs a SKU, a quantity above 0 and at most {RecordBounds.MaxQuantity}, and a unit price from 0 to {RecordBounds.MaxMoney}."];
        }

        CartFieldChecks.Money("value", cart.Value, errors);
        CartFieldChecks.Date("updatedAt", cart.UpdatedAt, receivedAt, errors);

        var currency = cart.Currency ?? store.DefaultCurrency;
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            errors["currency"] = ["An ISO 4217 code is required (the store has no default currency)."];
        }

        if (cart.RecoveryUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors["recoveryUrl"] = ["An absolute http(s) URL."];
        }

        if (cart.Email is { } email && (!MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim()))
        {
            errors["email"] = ["A valid email address, or absent."];
        }

        if (cart.Stage is not (null or "cart" or "checkout"))
        {
            errors["stage"] = ["Must be \"cart\", \"checkout\" or absent."];
        }

        return errors;
    }

    public static ICanonicalEvent ToEvent(CartActivity cart, StoreOptions store, string deliveryKey, DateTimeOffset receivedAt)
    {
        var at = cart.UpdatedAt ?? receivedAt;
        var context = StoreContexts.Of(store, cart.Channel, cart.Locale, cart.Currency);
        var lines = (cart.Items ?? []).Select((l, i) =>
            new LineItem(l.LineId ?? $"{i + 1}", l.Sku!.Trim(), l.Name ?? l.Sku!.Trim(), l.Quantity, l.UnitPrice ?? 0m, 0m, 0m, null, null, [])).ToList();
        var value = cart.Value ?? lines.Sum(l => l.UnitPrice * l.Quantity);
        var visitor = new VisitorContext(cart.Hubspotutk, cart.IpAddress, cart.UserAgent, null);
        var shopper = new CustomerProfile(
            cart.Email?.Trim(), cart.FirstName, cart.LastName, cart.Phone, null, [], cart.CustomerId, cart.Hubspotutk,
            null, null, [], [], null, IsGuest: cart.CustomerId is null ? null : false, null);
        var snapshot = new CartSnapshot(
            cart.CartId!.Trim(), null, shopper, lines, value, 0m, 0m, value, context.Currency!, cart.RecoveryUrl, visitor, null, at, null);
        var source = new SourceStamp(snapshot.CartId, null, at, deliveryKey, receivedAt);
        return cart.Stage == "checkout" ? new CheckoutStarted(context, source, snapshot) : new CartUpdated(context, source, snapshot);
    }
}
