namespace OrleansSync.Workload.Generation;

/// <summary>The mix a generated workload follows. Every share is drawn per item from the seeded generator, so it holds on average.</summary>
public sealed record WorkloadShape
{
    /// <summary>Distinct customers per order (repeat buyers make it below 1). Default 0.6.</summary>
    public double CustomersPerOrder { get; init; } = 0.6;

    /// <summary>Customers with an account at their home store (the rest buy as guests). Default 0.4.</summary>
    public double RegisteredShare { get; init; } = 0.4;

    /// <summary>Orders refunded later. Default 0.05.</summary>
    public double RefundShare { get; init; } = 0.05;

    /// <summary>Refunds that return only part of the total. Default 0.5.</summary>
    public double PartialRefundShare { get; init; } = 0.5;

    /// <summary>Carts (checkouts started) per order. Default 3.</summary>
    public double CartsPerOrder { get; init; } = 3.0;

    /// <summary>Carts never completed. Default 0.7; the completed ones are the orders' own checkouts.</summary>
    public double AbandonedShare { get; init; } = 0.7;

    /// <summary>Deliveries sent twice (the platform's retry of a delivered webhook). Default 0.10.</summary>
    public double DuplicateShare { get; init; } = 0.10;

    /// <summary>Deliveries moved after a later one (of the same order or cart where there is one). Default 0.05.</summary>
    public double ReorderedShare { get; init; } = 0.05;

    /// <summary>Currencies an order or cart is priced in, chosen per item (the first one 60 % of the time). Default USD, EUR.</summary>
    public IReadOnlyList<string> Currencies { get; init; } = ["USD", "EUR"];

    /// <summary>First day of the store's history (UTC). Default 2026-11-20.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Days the history spans (revenue is checked per day). Default 7.</summary>
    public int Days { get; init; } = 7;
}
