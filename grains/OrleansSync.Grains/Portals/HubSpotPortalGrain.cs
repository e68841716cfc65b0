using OrleansSync.Runtime.Grains;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// One per HubSpot portal. Its shard's owner runs the portal's drain loop (<see cref="Dispatch.HubSpotPortalDispatcher"/>);
/// the grain keeps what must survive a change of owner: the id map that associations are resolved with.
/// </summary>
public sealed class HubSpotPortalGrain : Grain<HubSpotPortalState>, IHandle<HubSpotIdsLearned>
{
    public const string TypeName = "hubspot-portal";

    public static GrainId For(string portalId) => new(TypeName, portalId);

    public ValueTask HandleAsync(HubSpotIdsLearned message, CancellationToken cancellationToken)
    {
        foreach (var (key, id) in message.Ids)
        {
            State.Ids[key] = id;
        }

        return ValueTask.CompletedTask;
    }
}
