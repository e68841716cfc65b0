using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Customers;

/// <summary>A store created a customer account (registration, or an account made at checkout).</summary>
[GrainMessage("customer.created.v1")]
public sealed record CustomerCreated(StoreContext Store, SourceStamp Source, CustomerProfile Customer) : ICanonicalEvent;
