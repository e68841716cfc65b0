using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>A store changed a customer (profile, addresses, consent, tags). Carries the full current profile.</summary>
[GenerateSerializer]
[Alias("customer.updated.v1")]
public sealed record CustomerUpdated(StoreContext Store, SourceStamp Source, CustomerProfile Customer) : ICanonicalEvent;
