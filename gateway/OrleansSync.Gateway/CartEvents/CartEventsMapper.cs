using System.Net.Mail;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Stores;
using OrleansSync.Stores;
using OrleansSync.Stores.Validation;

namespace OrleansSync.Gateway.CartEvents;

/// <summary>Validates generic cart calls and turns them into canonical events.</summary>
internal static class CartEventsMapper
{
    public static Dictionary<string, string[]> Validate(LeadCapture lead, DateTimeOffset receivedAt)
    {
        var errors = new Dictionary<string, string[]>();
        CheckEmail(lead.Email, errors);
        CartFieldChecks.Date("capturedAt", lead.CapturedAt, receivedAt, errors);
        if (lead.MarketingConsent is not (null or "opt_in" or "opt_out"))
        {
            errors["marketingConsent"] = ["Must be \"opt_in\", \"opt_out\" or absent."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(PurchaseComplete purchase, StoreOptions store, DateTimeOffset receivedAt)
    {
        var errors = new Dictionary<string, string[]>();
        CheckEmail(purchase.Email, errors);
        if (string.IsNullOrWhiteSpace(purchase.OrderNumber))
        {
            errors["orderNumber"] = ["Required."];
        }

        if (purchase.Revenue is null or < 0 or > RecordBounds.MaxMoney)
        {
            errors["revenue"] = [$"Required, zero to {RecordBounds.MaxMoney} (revenue before tax and shipping)."];
        }

        CartFieldChecks.Money("tax", purchase.Tax, errors);
        CartFieldChecks.Money("shipping", purchase.Shipping, errors);
        CartFieldChecks.Money("discount", purchase.Discount, errors);
        CartFieldChecks.Money("total", purchase.Total, errors);
        CartFieldChecks.Date("closedAt", purchase.ClosedAt, receivedAt, errors);

        var currency = purchase.Currency ?? store.DefaultCurrency;
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            errors["currency"] = ["An ISO 4217 code is required (the store has no default currency)."];
        }

        if (purchase.Lines?.Any(l => l is null || string.IsNullOrWhiteSpace(l.Sku) || l.Quantity is <= 0 or > RecordBounds.MaxQuantity) == true)
        {
            errors["lines"] = [$"Every line needs a SKU and a quantity above 0 and at most {RecordBounds.MaxQuantity}."];
        }
        else if (purchase.Lines?.Any(l => l.UnitPrice is < 0 or > RecordBounds.MaxMoney) == true)
        {
            errors["lines"] = [$"A line's unitPrice must be between 0 and {RecordBounds.MaxMoney}."];
        }

        return errors;
    }

    public static LeadCaptured ToEvent(LeadCapture lead, StoreOptions store, string deliveryKey, DateTimeOffset receivedAt)
    {
        var capturedAt = lead.CapturedAt ?? receivedAt;
        var consent = lead.MarketingConsent switch
        {
            "opt_in" => new MarketingConsent(ConsentState.OptedIn, "generic:api", capturedAt, lead.MarketingConsent, null),
            "opt_out" => new MarketingConsent(ConsentState.OptedOut, "generic:api", capturedAt, lead.MarketingConsent, null),
            _ => null,
        };
        var profile = new CustomerProfile(
            lead.Email, lead.FirstName, lead.LastName, lead.Phone, lead.Company, [], lead.CustomerId, lead.Hubspotutk, consent, null, [], [],
            consent is null ? null : consent.State == ConsentState.OptedIn, IsGuest: lead.CustomerId is null ? null : false, null);
        return new LeadCaptured(
            StoreContexts.Of(store, lead.Channel, lead.Locale),
            new SourceStamp(lead.EventId ?? lead.Email!, null, capturedAt, deliveryKey, receivedAt),
            profile,
            string.IsNullOrWhiteSpace(lead.FormName) ? "new_registration" : lead.FormName,
            new VisitorContext(lead.Hubspotutk, lead.IpAddress, lead.UserAgent, lead.PageUrl),
            capturedAt);
    }

    public static OrderPaid ToEvent(PurchaseComplete purchase, StoreOptions store, string deliveryKey, DateTimeOffset receivedAt)
    {
        var closedAt = purchase.ClosedAt ?? receivedAt;
        var context = StoreContexts.Of(store, purchase.Channel, purchase.Locale, purchase.Currency);
        var lines = purchase.Lines is { Count: > 0 } given
            ? given.Select((l, i) => new LineItem(l.LineId ?? $"{i + 1}", l.Sku!.Trim(), l.Name ?? l.Sku!, l.Quantity, l.UnitPrice ?? 0m, 0m, 0m, null, null, [])).ToList()
            : (purchase.Skus ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select((s, i) => new LineItem($"{i + 1}", s.Trim(), s.Trim(), 1m, 0m, 0m, 0m, null, null, [])).ToList();
        var revenue = purchase.Revenue!.Value;
        var tax = purchase.Tax ?? 0m;
        var shipping = purchase.Shipping ?? 0m;
        var visitor = new VisitorContext(purchase.Hubspotutk, purchase.IpAddress, purchase.UserAgent, null);
        var buyer = new CustomerProfile(
            purchase.Email, purchase.FirstName, purchase.LastName, purchase.Phone, purchase.Company, [], purchase.CustomerId, purchase.Hubspotutk,
            null, null, [], [], null, IsGuest: purchase.CustomerId is null ? null : false, null);
        var order = new OrderSnapshot(
            PlatformOrderId: purchase.OrderNumber!.Trim(),
            OrderNumber: purchase.OrderNumber.Trim(),
            Status: OrderStatus.Paid,
            RawStatus: "purchase_complete",
            Customer: buyer,
            Lines: lines,
            Totals: new OrderTotals(revenue, tax, shipping, purchase.Discount ?? 0m, purchase.Total ?? revenue + tax + shipping, context.Currency!),
            Refunds: [],
            DiscountCodes: [],
            CheckoutId: null,
            Visitor: visitor,
            CreatedAt: closedAt,
            UpdatedAt: closedAt,
            PaidAt: closedAt,
            FulfilledAt: null,
            CancelledAt: null,
            CancelReason: null);
        return new OrderPaid(context, new SourceStamp(order.PlatformOrderId, null, closedAt, deliveryKey, receivedAt), order);
    }

    // The address as a person sees it: invisible characters (NUL, zero-width, bidi) are dropped, as the grid's key does.
    private static void CheckEmail(string? email, Dictionary<string, string[]> errors)
    {
        var visible = EmailNormalizer.Normalize(email);
        if (visible is null || !RecordBounds.IsPlausibleEmail(visible) || !MailAddress.TryCreate(visible, out var parsed) || parsed.Address != visible)
        {
            errors["email"] = ["A valid email address is required."];
        }
    }
}
