using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Customers;

/// <summary>A platform customer id or hubspotutk that resolves to its customer grain.</summary>
[Alias("orleanssync.customer-alias")]
public interface ICustomerAliasGrain : IMessageGrain;
