using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>
/// The store asks for a customer's personal data to be erased (Shopify's mandatory <c>customers/redact</c>):
/// handled like an operator's GDPR erase — local state forgotten, reminders cancelled, HubSpot GDPR delete queued.
/// </summary>
[GenerateSerializer]
[Alias("customer.redacted.v1")]
public sealed record CustomerRedacted(StoreContext Store, SourceStamp Source, string PlatformCustomerId, string? Email) : ICanonicalEvent;
