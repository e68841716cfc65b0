using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>A store deleted (trashed) an order. Platforms send only the id.</summary>
[GenerateSerializer]
[Alias("order.deleted.v1")]
public sealed record OrderDeleted(StoreContext Store, SourceStamp Source, string PlatformOrderId) : ICanonicalEvent;
