using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Messaging;

/// <summary>The portal grain tells the grain that owed a HubSpot record that HubSpot took it (with its id) or that it was dead-lettered.</summary>
[Alias("orleanssync.hubspot-source")]
public interface IHubSpotSource : IGrainWithStringKey
{
    [Alias("acknowledge")]
    Task AcknowledgeAsync(IReadOnlyList<HubSpotAck> acks);
}
