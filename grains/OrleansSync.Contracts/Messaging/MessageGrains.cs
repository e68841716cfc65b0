using Orleans.Runtime;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Contracts.Messaging;

/// <summary>Resolves a logical grain address to the Orleans reference that accepts its messages.</summary>
public static class MessageGrains
{
    public static IMessageGrain Get(this IGrainFactory grains, GrainIdentity address) =>
        grains.GetGrain<IMessageGrain>(address.ToGrainId());
}
