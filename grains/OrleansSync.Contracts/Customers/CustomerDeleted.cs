using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>
/// A store deleted a customer account. Platforms usually send only the id, so <see cref="Email"/> is
/// often null; the event then routes to the customer alias grain (see <c>GrainRouting</c>).
/// Not a GDPR erase: HubSpot keeps the contact.
/// </summary>
[GenerateSerializer]
[Alias("customer.deleted.v1")]
public sealed record CustomerDeleted(StoreContext Store, SourceStamp Source, string PlatformCustomerId, string? Email) : ICanonicalEvent;
