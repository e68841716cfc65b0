using OrleansSync.Workload.Carts;
using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Orders;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Generation;

/// <summary>Draws the store history from one seeded <see cref="Random"/>, always in the same order, then hands it to <see cref="DeliveryStream"/>.</summary>
internal sealed class WorkloadGenerator(int seed, WorkloadShape shape)
{
    public static readonly Storefront Woo = new("wl-woo", StorePlatform.WooCommerce, "workload-woo-webhook-secret", "https://woo.workload.example");
    public static readonly Storefront Shop = new("wl-shopify", StorePlatform.Shopify, "workload-shopify-app-secret", "workload.myshopify.com");

    private readonly Random _random = new(seed);
    private readonly TimeSpan _span = TimeSpan.FromDays(shape.Days);

    public static StoreWorkload Generate(int seed, int orderCount, WorkloadShape shape)
    {
        var generator = new WorkloadGenerator(seed, shape);
        var customers = generator.Customers(orderCount);
        var orders = new List<WorkloadOrder>(orderCount);
        var carts = new List<WorkloadCart>();
        for (var i = 0; i < orderCount; i++)
        {
            var (order, cart) = generator.Order(i, customers);
            orders.Add(order);
            if (cart is not null)
            {
                carts.Add(cart);
            }
        }

        var abandoned = (int)Math.Round(orderCount * shape.CartsPerOrder * shape.AbandonedShare);
        for (var j = 0; j < abandoned; j++)
        {
            carts.Add(generator.AbandonedCart(j, customers));
        }

        // A registered customer signs up shortly before the first thing it does at its home store.
        var firstActivity = orders.Select(o => (o.Customer.Email, o.Store.Id, At: o.CartId is null ? o.PlacedAt : o.PlacedAt.AddMinutes(-30)))
            .Concat(carts.Select(c => (c.Email, c.Store.Id, At: c.StartedAt)))
            .GroupBy(a => (a.Email, a.Id))
            .ToDictionary(g => g.Key, g => g.Min(a => a.At));
        var signedUp = customers.Select(c => c.IsRegistered && firstActivity.TryGetValue((c.Email, c.Home.Id), out var first)
            ? c with { FirstSeen = first.AddMinutes(-10) }
            : c).ToList();
        var byEmail = signedUp.ToDictionary(c => c.Email, StringComparer.Ordinal);
        orders = [.. orders.Select(o => o with { Customer = byEmail[o.Customer.Email] })];
        var ordersByKey = orders.ToDictionary(o => o.OrderKey, StringComparer.Ordinal);
        carts = [.. carts.Select(c => c.CompletedBy is { } o ? c with { CompletedBy = ordersByKey[o.OrderKey] } : c)];

        var events = new DeliveryStream(generator._random, shape).Build(signedUp, orders, carts);
        return new StoreWorkload(seed, shape, [Woo, Shop], signedUp, orders, carts, events);
    }

    private List<WorkloadCustomer> Customers(int orderCount)
    {
        var count = Math.Max(1, (int)Math.Round(orderCount * shape.CustomersPerOrder));
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var registered = _random.NextDouble() < shape.RegisteredShare;
            var home = _random.Next(2) == 0 ? Woo : Shop;
            return new WorkloadCustomer($"shopper{i}@workload.example", $"First{i}", $"Last{i}", home, registered ? 5_000_000L + i : null, shape.Start);
        })];
    }

    private (WorkloadOrder Order, WorkloadCart? Cart) Order(int index, List<WorkloadCustomer> customers)
    {
        var customer = customers[_random.Next(customers.Count)];
        var store = _random.Next(2) == 0 ? Woo : Shop;
        var orderId = store == Woo ? 100_000L + index : 4_000_000_000L + index;
        var currency = Currency();
        var lines = Lines(orderId, _random.Next(1, 6));
        var subtotal = lines.Sum(l => l.Total);
        var placedAt = Moment();
        var completesCart = _random.NextDouble() < shape.CartsPerOrder * (1 - shape.AbandonedShare);
        var refund = _random.NextDouble() < shape.RefundShare ? Refund(orderId, subtotal, placedAt) : null;

        // A WooCommerce block checkout's draft becomes the order: same id. Shopify's checkout has its own.
        long? cartId = completesCart ? (store == Woo ? orderId : 7_000_000_000L + index) : null;
        var order = new WorkloadOrder(store, orderId, customer, currency, lines, decimal.Round(subtotal * 0.08m, 2), subtotal >= 100m ? 0m : 4.95m, placedAt, refund, cartId);
        if (refund is { Full: true })
        {
            order = order with { Refund = refund with { Amount = order.Total } };
        }

        var cart = cartId is { } id
            ? new WorkloadCart(store, id, customer.Email, currency, lines, placedAt.AddMinutes(-_random.Next(5, 30)), _random.Next(0, 2), order)
            : null;
        return (order, cart);
    }

    private WorkloadCart AbandonedCart(int index, List<WorkloadCustomer> customers)
    {
        var store = _random.Next(2) == 0 ? Woo : Shop;
        var email = _random.Next(2) == 0 ? customers[_random.Next(customers.Count)].Email : $"lead{index}@workload.example";
        var cartId = store == Woo ? 900_000L + index : 8_000_000_000L + index;
        return new WorkloadCart(store, cartId, email, Currency(), Lines(cartId, _random.Next(1, 5)), Moment(), _random.Next(0, 3), null);
    }

    private WorkloadRefund Refund(long orderId, decimal subtotal, DateTimeOffset placedAt)
    {
        var full = _random.NextDouble() >= shape.PartialRefundShare;
        var amount = full ? 0m : decimal.Round(subtotal * (decimal)(0.1 + 0.5 * _random.NextDouble()), 2);
        return new WorkloadRefund(orderId * 10 + 9, amount, full, placedAt.AddHours(1 + _random.Next(47)));
    }

    private List<WorkloadLine> Lines(long ownerId, int count) =>
        [.. Enumerable.Range(1, count).Select(k =>
        {
            var product = _random.Next(Catalog.Products);
            return new WorkloadLine(ownerId * 10 + k, Catalog.Sku(product), Catalog.Name(product), _random.Next(1, 4), Catalog.Price(product));
        })];

    private string Currency() => _random.NextDouble() < 0.6 ? shape.Currencies[0] : shape.Currencies[^1];

    private DateTimeOffset Moment() => shape.Start + TimeSpan.FromSeconds(Math.Floor(_random.NextDouble() * (_span.TotalSeconds - 3600)));
}
