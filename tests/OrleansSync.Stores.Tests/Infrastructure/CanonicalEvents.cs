using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Stores.Tests.Infrastructure;

/// <summary>Events compared by what they say, not by which delivery carried them (delivery key and arrival time blanked).</summary>
public static class CanonicalEvents
{
    public static IReadOnlyList<string> Comparable(IEnumerable<ICanonicalEvent> events) =>
        [.. events.Select(e => $"{e.GetType().Name} {MessageTypes.Serialize(Blank(e))}")];

    private static ICanonicalEvent Blank(ICanonicalEvent e)
    {
        var type = e.GetType();
        var clone = type.GetMethod("<Clone>$")!.Invoke(e, null)!;
        type.GetProperty(nameof(ICanonicalEvent.Source))!.SetValue(clone, e.Source with { DeliveryId = null, ReceivedAt = default });
        return (ICanonicalEvent)clone;
    }
}
