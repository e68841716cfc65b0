using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>A store created a customer account (registration, or an account made at checkout).</summary>
[GenerateSerializer]
[Alias("customer.created.v1")]
public sealed record CustomerCreated(StoreContext Store, SourceStamp Source, CustomerProfile Customer) : ICanonicalEvent;
