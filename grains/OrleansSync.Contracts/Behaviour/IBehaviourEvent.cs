using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A storefront behavioural event (HubSpot custom behavioural event / timeline).</summary>
public interface IBehaviourEvent : ICanonicalEvent
{
    Shopper Shopper { get; }

    DateTimeOffset OccurredAt { get; }
}
