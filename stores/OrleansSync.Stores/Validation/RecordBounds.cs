using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Stores.Validation;

/// <summary>
/// The plausibility rules every mapped record passes at the edge, before any grain does arithmetic with it: money
/// within ±<see cref="MaxMoney"/> and never negative (a refund's amount is its magnitude), quantities within
/// 0..<see cref="MaxQuantity"/>, dates between <see cref="EarliestDate"/> and one day after arrival, and emails
/// that still look like an address once <see cref="EmailNormalizer"/> dropped invisible characters. A record that
/// breaks one is quarantined with the reason, never handed to a grain.
/// </summary>
public static class RecordBounds
{
    /// <summary>Largest money amount accepted (one trillion in any currency); sums of many of them stay far inside decimal.</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>Largest line quantity accepted.</summary>
    public const decimal MaxQuantity = 1_000_000m;

    /// <summary>No store record predates this.</summary>
    public static readonly DateTimeOffset EarliestDate = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far after its arrival a record's dates may lie (clock skew between the store and us).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    /// <summary>Throws <see cref="MappingException"/> naming the first field out of bounds.</summary>
    public static void Check(ICanonicalEvent record, DateTimeOffset receivedAt)
    {
        var latest = receivedAt + FutureTolerance;
        Date("source.updated_at", record.Source.UpdatedAt, latest);
        switch (record)
        {
            case OrderPlaced e: Order(e.Order, latest); break;
            case OrderUpdated e: Order(e.Order, latest); break;
            case OrderPaid e: Order(e.Order, latest); break;
            case OrderFulfilled e: Order(e.Order, latest); break;
            case OrderCancelled e: Order(e.Order, latest); break;
            case OrderRefunded e:
                Refund(e.Refund, latest);
                if (e.Order is { } order)
                {
                    Order(order, latest);
                }

                break;
            case CheckoutStarted e: Cart(e.Cart, latest); break;
            case CartUpdated e: Cart(e.Cart, latest); break;
            case CustomerCreated e: Customer(e.Customer, latest); break;
            case CustomerUpdated e: Customer(e.Customer, latest); break;
            case LeadCaptured e: Customer(e.Customer, latest); break;
            case CustomerDeleted e: Email("email", e.Email); break;
            case CustomerRedacted e: Email("email", e.Email); break;
            case ProductUpserted e:
                Money("price", e.Product.Price ?? 0m);
                Date("product.updated_at", e.Product.UpdatedAt, latest);
                break;
        }
    }

    /// <summary>The events of one record, each checked with <see cref="Check"/> (throws on the first out of bounds).</summary>
    public static IReadOnlyList<ICanonicalEvent> Checked(IReadOnlyList<ICanonicalEvent> events, DateTimeOffset receivedAt)
    {
        foreach (var record in events)
        {
            Check(record, receivedAt);
        }

        return events;
    }

    /// <summary>True when the email, after normalisation, has the shape of an address (one '@', no spaces, a dot in the domain).</summary>
    public static bool IsPlausibleEmail(string email) =>
        EmailNormalizer.Normalize(email) is { Length: <= 254 } normal
        && normal.IndexOf('@') is var at and > 0
        && at == normal.LastIndexOf('@')
        && normal.IndexOf('.', at) > at + 1
        && !normal.EndsWith('.')
        && !normal.Any(char.IsWhiteSpace);

    private static void Order(OrderSnapshot order, DateTimeOffset latest)
    {
        var t = order.Totals;
        Money("subtotal", t.Subtotal);
        Money("tax", t.Tax);
        Money("shipping", t.Shipping);
        Money("discount", t.Discount);
        Money("total", t.Total);
        Lines(order.Lines);
        foreach (var refund in order.Refunds)
        {
            Refund(refund, latest);
        }

        Customer(order.Customer, latest);
        Date("created_at", order.CreatedAt, latest);
        Date("updated_at", order.UpdatedAt, latest);
        Date("paid_at", order.PaidAt, latest);
        Date("fulfilled_at", order.FulfilledAt, latest);
        Date("cancelled_at", order.CancelledAt, latest);
    }

    private static void Cart(CartSnapshot cart, DateTimeOffset latest)
    {
        Money("subtotal", cart.Subtotal);
        Money("tax", cart.Tax);
        Money("discount", cart.Discount);
        Money("total", cart.Total);
        Lines(cart.Lines);
        Customer(cart.Customer, latest);
        Date("created_at", cart.CreatedAt, latest);
        Date("updated_at", cart.UpdatedAt, latest);
        Date("completed_at", cart.CompletedAt, latest);
    }

    private static void Lines(IReadOnlyList<LineItem> lines)
    {
        foreach (var line in lines)
        {
            if (line.Quantity is < 0 or > MaxQuantity)
            {
                throw new MappingException($"Line '{line.LineId}' has quantity {line.Quantity}, outside 0..{MaxQuantity}.");
            }

            Money($"line '{line.LineId}' price", line.UnitPrice);
            Money($"line '{line.LineId}' discount", line.Discount);
            Money($"line '{line.LineId}' tax", line.Tax);
        }
    }

    private static void Refund(OrderRefund refund, DateTimeOffset latest)
    {
        Money($"refund '{refund.RefundId}' amount", refund.Amount);
        Date($"refund '{refund.RefundId}' at", refund.At, latest);
    }

    private static void Customer(CustomerProfile customer, DateTimeOffset latest)
    {
        Email("email", customer.Email);
        Date("customer created_at", customer.CreatedAt, latest);
        Date("consent at", customer.EmailConsent?.At, latest);
    }

    private static void Email(string field, string? email)
    {
        if (!string.IsNullOrWhiteSpace(email) && !IsPlausibleEmail(email))
        {
            throw new MappingException($"'{field}' is not a valid email address.");
        }
    }

    private static void Money(string field, decimal amount)
    {
        if (amount is < 0 or > MaxMoney)
        {
            throw new MappingException($"'{field}' is {amount}; money must be between 0 and {MaxMoney} (only refunds are negative, and they are kept as amounts).");
        }
    }

    private static void Date(string field, DateTimeOffset? at, DateTimeOffset latest)
    {
        if (at is { } t && (t < EarliestDate || t > latest))
        {
            throw new MappingException($"'{field}' is {t:O}, outside {EarliestDate:yyyy-MM-dd} .. one day after arrival.");
        }
    }
}
