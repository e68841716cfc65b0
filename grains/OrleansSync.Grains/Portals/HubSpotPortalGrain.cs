using OrleansSync.Runtime.Grains;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// One per HubSpot portal. The silo owning this grain's shard runs the portal's drain loop
/// (<see cref="Dispatch.HubSpotPortalDispatcher"/>); the grain records the pipeline ids and the hand-overs between owners.
/// </summary>
public sealed class HubSpotPortalGrain : Grain<HubSpotPortalState>, IHandle<PortalBootstrapped>
{
    public const string TypeName = "hubspot-portal";

    public static GrainId For(string portalId) => new(TypeName, portalId);

    public ValueTask HandleAsync(PortalBootstrapped message, CancellationToken cancellationToken)
    {
        State.PipelineId = message.PipelineId;
        State.StageIds = new Dictionary<string, string>(message.StageIds, StringComparer.Ordinal);
        if (State.OwnerSiloId != message.OwnerSiloId)
        {
            State.TakeOvers++;
        }

        State.OwnerSiloId = message.OwnerSiloId;
        State.TakenOverAt = message.At;
        return ValueTask.CompletedTask;
    }
}
