using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Portals;

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// The oldest store event a grain has not yet seen through to HubSpot: its kind and when the gateway received it. It rides
/// on the HubSpot records the grain emits, so the portal grain can measure event-to-HubSpot latency when HubSpot acknowledges.
/// </summary>
[GenerateSerializer]
[Alias("sync-cause.v1")]
public sealed record SyncCause(string Kind, DateTimeOffset ReceivedAt)
{
    /// <summary>The cause a store event starts; null for anything else (grain-to-grain messages, acknowledgements, commands).</summary>
    public static SyncCause? Of(object message) => message is ICanonicalEvent canonical ? new(KindOf(canonical), canonical.Source.ReceivedAt) : null;

    private static string KindOf(ICanonicalEvent message) => message switch
    {
        LeadCaptured => LatencyTargets.Marketing,
        _ => message.GetType().Namespace?[(message.GetType().Namespace!.LastIndexOf('.') + 1)..] switch
        {
            "Orders" => LatencyTargets.Order,
            "Carts" => LatencyTargets.Cart,
            "Behaviour" => LatencyTargets.Marketing,
            "Customers" => "customer",
            "Products" => "product",
            _ => "other",
        },
    };
}
