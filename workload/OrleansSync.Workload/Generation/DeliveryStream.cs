using OrleansSync.Workload.Carts;
using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Deliveries;
using OrleansSync.Workload.Orders;
using OrleansSync.Workload.Platforms.Shopify;
using OrleansSync.Workload.Platforms.WooCommerce;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Generation;

/// <summary>
/// Turns the history into deliveries: each happening as its platform's webhook in time order, then some moved after a
/// later delivery (reordered) and some sent again a little later (duplicates).
/// </summary>
internal sealed class DeliveryStream(Random random, WorkloadShape shape)
{
    private const int WooWebhookId = 41;

    public List<StoreEvent> Build(IReadOnlyList<WorkloadCustomer> customers, IReadOnlyList<WorkloadOrder> orders, IReadOnlyList<WorkloadCart> carts)
    {
        var happenings = new List<(DateTimeOffset At, StoreEvent Event)>();
        foreach (var customer in customers.Where(c => c.IsRegistered))
        {
            var body = customer.Home.Platform == StorePlatform.Shopify ? ShopifyPayloads.Customer(customer) : WooCommercePayloads.Customer(customer);
            var topic = customer.Home.Platform == StorePlatform.Shopify ? "customers/create" : "customer.created";
            happenings.Add((customer.FirstSeen, Event(customer.Home, EventKind.CustomerRegistered, topic, StoreWorkload.CustomerEntity(customer), null, customer.Email, body, customer.FirstSeen)));
        }

        var accounts = customers.Where(c => c.IsRegistered).ToDictionary(c => c.Email, StringComparer.Ordinal);
        foreach (var cart in carts)
        {
            var account = accounts.GetValueOrDefault(cart.Email) is { } a && a.HasAccountAt(cart.Store) ? a : null;
            for (var update = 0; update <= cart.Updates; update++)
            {
                var at = cart.StartedAt.AddMinutes(2 * update);
                var shopify = cart.Store.Platform == StorePlatform.Shopify;
                var body = shopify ? ShopifyPayloads.Checkout(cart, account, at) : WooCommercePayloads.Draft(cart, at);
                var topic = shopify ? (update == 0 ? "checkouts/create" : "checkouts/update") : "order.updated";
                happenings.Add((at, Event(cart.Store, update == 0 ? EventKind.CartStarted : EventKind.CartUpdated, topic, StoreWorkload.CartEntity(cart), null, cart.Email, body, at)));
            }
        }

        foreach (var order in orders)
        {
            var shopify = order.Store.Platform == StorePlatform.Shopify;
            var placed = shopify ? ShopifyPayloads.Order(order, withRefund: false) : WooCommercePayloads.Order(order, withRefund: false);
            happenings.Add((order.PlacedAt, Event(order.Store, EventKind.OrderPlaced, shopify ? "orders/create" : "order.created", order.OrderKey, order.OrderKey, order.Customer.Email, placed, order.PlacedAt)));
            if (order.Refund is not { } refund)
            {
                continue;
            }

            if (shopify)
            {
                // Shopify sends refunds/create and orders/updated for one refund.
                happenings.Add((refund.At, Event(order.Store, EventKind.OrderRefunded, "refunds/create", order.OrderKey, order.OrderKey, order.Customer.Email, ShopifyPayloads.Refund(order, refund), refund.At)));
                happenings.Add((refund.At.AddSeconds(1), Event(order.Store, EventKind.OrderRefunded, "orders/updated", order.OrderKey, order.OrderKey, order.Customer.Email, ShopifyPayloads.Order(order, withRefund: true), refund.At.AddSeconds(1))));
            }
            else
            {
                happenings.Add((refund.At, Event(order.Store, EventKind.OrderRefunded, "order.updated", order.OrderKey, order.OrderKey, order.Customer.Email, WooCommercePayloads.Order(order, withRefund: true), refund.At)));
            }
        }

        var stream = happenings.OrderBy(h => h.At).Select(h => h.Event).ToList();
        Reorder(stream);
        return Duplicate(stream);
    }

    /// <summary>Moves some deliveries after the next delivery of the same order or cart (or just after the next one).</summary>
    private void Reorder(List<StoreEvent> stream)
    {
        for (var i = 0; i < stream.Count - 1; i++)
        {
            if (stream[i].IsReordered || random.NextDouble() >= shape.ReorderedShare)
            {
                continue;
            }

            var moved = stream[i] with { IsReordered = true };
            var next = stream.FindIndex(i + 1, e => e.EntityKey == moved.EntityKey);
            var target = next < 0 ? i + 1 : next;
            stream.RemoveAt(i);
            stream.Insert(target, moved);
        }
    }

    /// <summary>Sends some deliveries again 1–50 deliveries later, as a platform retries one it thinks failed.</summary>
    private List<StoreEvent> Duplicate(List<StoreEvent> stream)
    {
        var later = new SortedDictionary<int, List<StoreEvent>>();
        for (var i = 0; i < stream.Count; i++)
        {
            if (random.NextDouble() < shape.DuplicateShare)
            {
                var original = stream[i];
                var headers = original.Store.Platform == StorePlatform.WooCommerce
                    ? WooCommerceDeliveries.Redelivery(original.Headers, NewGuid())
                    : [.. original.Headers];
                var position = i + random.Next(1, 51);
                if (!later.TryGetValue(position, out var list))
                {
                    later[position] = list = [];
                }

                list.Add(original with { Headers = headers, IsDuplicate = true, IsReordered = false });
            }
        }

        var result = new List<StoreEvent>(stream.Count + later.Values.Sum(l => l.Count));
        for (var i = 0; i < stream.Count || later.Count > 0; i++)
        {
            if (i < stream.Count)
            {
                result.Add(stream[i]);
            }

            if (later.Remove(i, out var due))
            {
                result.AddRange(due);
            }

            if (i >= stream.Count && later.Count > 0)
            {
                result.AddRange(later.Values.SelectMany(l => l));
                later.Clear();
            }
        }

        return [.. result.Select((e, i) => e with { Sequence = i })];
    }

    private StoreEvent Event(Storefront store, EventKind kind, string topic, string entity, string? orderKey, string? email, byte[] body, DateTimeOffset at)
    {
        var headers = store.Platform == StorePlatform.Shopify
            ? ShopifyDeliveries.Headers(store, topic, body, NewGuid(), NewGuid(), at)
            : WooCommerceDeliveries.Headers(store, topic, body, WooWebhookId, NewGuid());
        return new StoreEvent(0, store, kind, topic, entity, orderKey, email, body, headers, IsDuplicate: false, IsReordered: false);
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
