namespace OrleansSync.Contracts.DealOrders;

/// <summary>
/// Deal-order grain → store order writer: read the deal and, when it is one of a store's configured
/// pipeline stages, create its store order. Repeats are harmless: the writer first looks for an order made for the deal
/// since <c>RequestedAt</c>. <c>Request</c> is the deal-order grain's count of requests, which names the writer's answer.
/// A contract because a refused one is dead-lettered and the gateway's admin replays it.
/// </summary>
[GenerateSerializer]
[Alias("store-order.create.v1")]
public sealed record CreateStoreOrder(string PortalId, string DealId, DateTimeOffset RequestedAt, int Request);
