using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Orders;

/// <summary>One platform order; writes one HubSpot deal with its line items.</summary>
[Alias("orleanssync.order")]
public interface IOrderGrain : IMessageGrain;
