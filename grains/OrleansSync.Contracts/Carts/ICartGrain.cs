using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Carts;

/// <summary>One store cart or checkout; owns the abandonment reminder.</summary>
[Alias("orleanssync.cart")]
public interface ICartGrain : IMessageGrain;
