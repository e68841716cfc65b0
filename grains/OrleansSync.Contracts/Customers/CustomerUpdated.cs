using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Customers;

/// <summary>A store changed a customer (profile, addresses, consent, tags). Carries the full current profile.</summary>
[GrainMessage("customer.updated.v1")]
public sealed record CustomerUpdated(StoreContext Store, SourceStamp Source, CustomerProfile Customer) : ICanonicalEvent;
