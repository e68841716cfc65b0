using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Customers;

/// <summary>One person in one HubSpot portal, keyed by normalised email (see GrainKeys.Customer).</summary>
[Alias("orleanssync.customer")]
public interface ICustomerGrain : IMessageGrain;
