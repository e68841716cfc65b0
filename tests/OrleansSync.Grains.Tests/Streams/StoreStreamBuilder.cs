using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Streams;

/// <summary>
/// A deterministic, realistic mixed store stream: guests, guest-then-registration, registered shoppers and email changes,
/// over two storefronts in two currencies, with paid, fulfilled, partially refunded and cancelled orders; then 10% of the
/// events redelivered later and 5% swapped with their neighbour.
/// </summary>
public sealed class StoreStreamBuilder(int seed, DateTimeOffset start)
{
    public static readonly StoreContext EuStore = new("shop-eu", StorePlatform.Shopify, "1000001", "web", "de-DE", "EUR");
    public static readonly StoreContext UsStore = new("shop-us", StorePlatform.WooCommerce, "1000001", "web", "en-US", "USD");

    private static readonly string[] _categories = ["shoes", "bags", "outdoor", "kids", "sale"];
    private readonly Random _random = new(seed);
    private readonly List<(DateTimeOffset At, object Event)> _events = [];
    private int _sequence;

    public Ledger Ledger { get; } = new();

    public StoreStreamBuilder WithPeople(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = start.AddMinutes(i * 7);
            switch (i % 4)
            {
                case 0: // guest only, buying in both storefronts
                    Person(i, $"guest{i}@example.com", [], "guest");
                    Order(i, EuStore, $"Guest{i}@Example.com ", null, at);
                    Order(i, UsStore, $"guest{i}@example.com", null, at.AddHours(20));
                    break;
                case 1: // guest, then registers with the same email: one contact
                    Person(i, $"merge{i}@example.com", [], "guest-then-registered");
                    Order(i, EuStore, $"merge{i}@example.com", null, at);
                    Customer(EuStore, $"merge{i}@example.com", $"c{i}", at.AddHours(2), created: true);
                    Order(i, EuStore, $"merge{i}@example.com", $"c{i}", at.AddHours(30));
                    break;
                case 2: // registered shopper
                    Person(i, $"member{i}@example.com", [], "registered");
                    Customer(UsStore, $"member{i}@example.com", $"c{i}", at, created: true);
                    Order(i, UsStore, $"member{i}@example.com", $"c{i}", at.AddHours(1));
                    Order(i, UsStore, $"member{i}@example.com", $"c{i}", at.AddHours(50));
                    break;
                default: // changes email in the store: the contact moves, no second contact
                    Person(i, $"new{i}@example.com", [$"old{i}@example.com"], "email-change");
                    Customer(EuStore, $"old{i}@example.com", $"c{i}", at, created: true);
                    Order(i, EuStore, $"old{i}@example.com", $"c{i}", at.AddHours(1));
                    Customer(EuStore, $"new{i}@example.com", $"c{i}", at.AddHours(10), created: false);
                    Order(i, EuStore, $"new{i}@example.com", $"c{i}", at.AddHours(40));
                    break;
            }
        }

        return this;
    }

    /// <summary>The events in store order, then with <paramref name="duplicateShare"/> redelivered later and <paramref name="swapShare"/> swapped.</summary>
    public IReadOnlyList<object> Build(double duplicateShare = 0.10, double swapShare = 0.05)
    {
        var stream = _events.OrderBy(e => e.At).Select(e => e.Event).ToList();
        var duplicates = (int)Math.Round(stream.Count * duplicateShare);
        for (var d = 0; d < duplicates; d++)
        {
            var index = _random.Next(stream.Count);
            stream.Insert(Math.Min(stream.Count, index + 1 + _random.Next(30)), stream[index]);
        }

        var swaps = (int)Math.Round(stream.Count * swapShare);
        for (var s = 0; s < swaps; s++)
        {
            var index = _random.Next(stream.Count - 1);
            (stream[index], stream[index + 1]) = (stream[index + 1], stream[index]);
        }

        return stream;
    }

    private void Person(int i, string email, IReadOnlyList<string> former, string kind) =>
        Ledger.People[$"p{i}"] = new PersonTruth(email, former, kind);

    private void Customer(StoreContext store, string email, string platformId, DateTimeOffset at, bool created)
    {
        var profile = Profile(email, platformId, guest: false) with
        {
            EmailConsent = new MarketingConsent(ConsentState.OptedIn, "checkout", at, "subscribed", "single_opt_in"),
        };
        object e = created
            ? new CustomerCreated(store, Stamp($"cust-{platformId}-{at.Ticks}", at), profile)
            : new CustomerUpdated(store, Stamp($"cust-{platformId}-{at.Ticks}", at), profile);
        _events.Add((at, e));
    }

    private static CustomerProfile Profile(string email, string? platformId, bool guest) =>
        new(email, "Ann", "Example", null, null, [], platformId, null, null, null, [], [], null, guest, null);

    private SourceStamp Stamp(string id, DateTimeOffset at) => new(id, null, at, $"dlv-{++_sequence}", at);

    private void Order(int person, StoreContext store, string email, string? platformId, DateTimeOffset at)
    {
        var id = $"{1000 + _sequence}";
        var orderKey = $"{store.StoreId}/{id}";
        var lines = Enumerable.Range(1, 1 + _random.Next(3)).Select(n => new LineItem(
            $"L{n}", $"SKU-{_random.Next(40)}", $"Item {n}", 1 + _random.Next(3), 10m + _random.Next(90) + 0.5m, n == 1 ? 2m : 0m, 0m,
            null, null, [_categories[_random.Next(_categories.Length)]])).ToList();
        var subtotal = lines.Sum(l => l.Quantity * l.UnitPrice);
        var discount = lines.Sum(l => l.Discount);
        var tax = Math.Round((subtotal - discount) * 0.19m, 2);
        var totals = new OrderTotals(subtotal, tax, 4.95m, discount, subtotal - discount + tax + 4.95m, store.Currency!);
        var roll = _random.NextDouble();
        var paid = roll >= 0.1;
        var fulfilled = paid && _random.NextDouble() < 0.5;
        var refund = paid && _random.NextDouble() < 0.3 ? Math.Round(totals.Total * 0.25m, 2) : 0m;
        var shopify = store.Platform == StorePlatform.Shopify;
        var customer = Profile(email, platformId, guest: platformId is null);
        OrderSnapshot Snapshot(OrderStatus status, string raw, DateTimeOffset updated) => new(
            id, $"#{id}", status, raw, customer, lines, totals, [], [], null, null, at, updated,
            paid && updated >= at.AddMinutes(5) ? at.AddMinutes(5) : null, null, null, null);

        _events.Add((at, new OrderPlaced(store, Stamp($"o{id}-placed", at), Snapshot(OrderStatus.Pending, "pending", at))));
        if (!paid)
        {
            var cancelled = at.AddMinutes(30);
            _events.Add((cancelled, new OrderCancelled(store, Stamp($"o{id}-cancelled", cancelled),
                Snapshot(OrderStatus.Cancelled, shopify ? "voided" : "cancelled", cancelled) with { CancelledAt = cancelled })));
        }
        else
        {
            var paidAt = at.AddMinutes(5);
            _events.Add((paidAt, new OrderPaid(store, Stamp($"o{id}-paid", paidAt), Snapshot(OrderStatus.Paid, shopify ? "paid" : "processing", paidAt))));
            if (fulfilled)
            {
                var shipped = at.AddHours(3);
                _events.Add((shipped, new OrderFulfilled(store, Stamp($"o{id}-fulfilled", shipped),
                    Snapshot(OrderStatus.Fulfilled, shopify ? "paid" : "completed", shipped) with { FulfilledAt = shipped })));
            }

            if (refund > 0)
            {
                var refunded = at.AddHours(5);
                _events.Add((refunded, new OrderRefunded(store, Stamp($"o{id}-refund", refunded), id,
                    new OrderRefund($"r{id}", refund, refunded, "damaged", [new RefundLine("L1", 1, refund)]), false, null)));
            }
        }

        var stage = !paid ? DealStage.Cancelled : fulfilled ? DealStage.Fulfilled : DealStage.Paid;
        Ledger.Orders[orderKey] = new OrderTruth(orderKey, Ledger.People[$"p{person}"].FinalEmail, store.Currency!, stage, totals.Total, refund,
            paid ? at.AddMinutes(5) : null, [.. lines.Select(l => $"{orderKey}/{l.LineId}")]);
    }
}
