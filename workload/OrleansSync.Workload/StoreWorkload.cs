using OrleansSync.Workload.Carts;
using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Deliveries;
using OrleansSync.Workload.Generation;
using OrleansSync.Workload.Orders;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload;

/// <summary>
/// A reproducible store history and the signed webhooks it produces: the same seed and size give the same customers,
/// orders, carts and the same bytes in the same order. Two storefronts (WooCommerce and Shopify) share one HubSpot
/// portal; see <see cref="WorkloadShape"/> for the mix.
/// </summary>
public sealed class StoreWorkload
{
    private Dictionary<string, WorkloadOrder>? _orders;
    private Dictionary<string, WorkloadCart>? _carts;
    private Dictionary<string, WorkloadCustomer>? _customers;

    internal StoreWorkload(int seed, WorkloadShape shape, IReadOnlyList<Storefront> storefronts, IReadOnlyList<WorkloadCustomer> customers,
        IReadOnlyList<WorkloadOrder> orders, IReadOnlyList<WorkloadCart> carts, IReadOnlyList<StoreEvent> events)
    {
        Seed = seed;
        Shape = shape;
        Storefronts = storefronts;
        Customers = customers;
        Orders = orders;
        Carts = carts;
        Events = events;
    }

    public int Seed { get; }

    public WorkloadShape Shape { get; }

    /// <summary>The WooCommerce store, then the Shopify store.</summary>
    public IReadOnlyList<Storefront> Storefronts { get; }

    public IReadOnlyList<WorkloadCustomer> Customers { get; }

    public IReadOnlyList<WorkloadOrder> Orders { get; }

    public IReadOnlyList<WorkloadCart> Carts { get; }

    /// <summary>Every delivery in send order, duplicates and reordered ones included.</summary>
    public IReadOnlyList<StoreEvent> Events { get; }

    /// <summary>A workload of <paramref name="orders"/> orders from <paramref name="seed"/>, with the default or the given mix.</summary>
    public static StoreWorkload Generate(int seed, int orders, WorkloadShape? shape = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 1);
        return WorkloadGenerator.Generate(seed, orders, shape ?? new WorkloadShape());
    }

    /// <summary>
    /// The first <paramref name="orders"/> orders of this workload with a proportional share of everything else (the
    /// customers, carts and their deliveries that come with them): a smaller run of the same history.
    /// </summary>
    public StoreWorkload Sample(int orders)
    {
        if (orders >= Orders.Count)
        {
            return this;
        }

        var kept = Orders.Take(orders).ToList();
        var fraction = (double)orders / Orders.Count;
        var orderKeys = kept.Select(o => o.OrderKey).ToHashSet(StringComparer.Ordinal);
        var abandoned = Carts.Where(c => c.IsAbandoned).ToList();
        var carts = Carts.Where(c => c.CompletedBy is { } o && orderKeys.Contains(o.OrderKey))
            .Concat(abandoned.Take((int)Math.Round(abandoned.Count * fraction))).ToList();
        var customers = Customers.Take((int)Math.Round(Customers.Count * fraction))
            .Concat(kept.Select(o => o.Customer)).Distinct().ToList();
        var entities = carts.Select(CartEntity).Concat(customers.Select(CustomerEntity)).Concat(orderKeys).ToHashSet(StringComparer.Ordinal);
        var events = Events.Where(e => entities.Contains(e.EntityKey)).Select((e, i) => e with { Sequence = i }).ToList();
        return new StoreWorkload(Seed, Shape, Storefronts, customers, kept, carts, events);
    }

    /// <summary>The order a delivery changes (placed or refunded), else null.</summary>
    public WorkloadOrder? OrderOf(StoreEvent storeEvent) =>
        storeEvent.OrderKey is { } key ? (_orders ??= Orders.ToDictionary(o => o.OrderKey, StringComparer.Ordinal)).GetValueOrDefault(key) : null;

    /// <summary>The cart a checkout delivery is about, else null.</summary>
    public WorkloadCart? CartOf(StoreEvent storeEvent) =>
        (_carts ??= Carts.ToDictionary(CartEntity, StringComparer.Ordinal)).GetValueOrDefault(storeEvent.EntityKey);

    /// <summary>The customer a sign-up delivery is about, else null.</summary>
    public WorkloadCustomer? CustomerOf(StoreEvent storeEvent) =>
        (_customers ??= Customers.ToDictionary(CustomerEntity, StringComparer.Ordinal)).GetValueOrDefault(storeEvent.EntityKey);

    internal static string CartEntity(WorkloadCart cart) => $"cart:{cart.Store.Id}/{cart.CartId}";

    internal static string CustomerEntity(WorkloadCustomer customer) => $"customer:{customer.Email}";
}
