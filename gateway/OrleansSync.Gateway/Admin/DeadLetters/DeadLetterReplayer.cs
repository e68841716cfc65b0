using System.Text.Json;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>
/// Replays a dead letter: a message is queued for its grain again (under a key of its own, so replaying the same letter
/// twice queues it once) and then removed; a HubSpot record goes back to its portal's grain, which removes the letter
/// once HubSpot accepts it.
/// </summary>
public sealed class DeadLetterReplayer(IDeadLetterStore store, DeliveryAppender queue, IGrainFactory grains)
{
    public async Task<DeadLetterReplay> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } letter)
        {
            return DeadLetterReplay.NotFound;
        }

        return letter.Kind switch
        {
            DeadLetterKind.HubSpotRecord when letter.PortalId is { } portal =>
                await grains.GetGrain<IHubSpotPortalGrain>(portal).ReplayDeadLetterAsync(id) ? DeadLetterReplay.Replayed : DeadLetterReplay.NotFound,
            DeadLetterKind.Message when Readable(letter) =>
                await RequeueAsync(letter, cancellationToken),
            _ => DeadLetterReplay.NotReplayable,
        };
    }

    private async Task<DeadLetterReplay> RequeueAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        await queue.AppendAsync([new PendingDelivery(letter.Grain, letter.TypeOrObjectKey, letter.Payload, $"dead-letter:{letter.Id}", StoreId: null)], cancellationToken);
        await store.RemoveAsync(letter.Id, cancellationToken);
        return DeadLetterReplay.Replayed;
    }

    private static bool Readable(DeadLetter letter)
    {
        try
        {
            MessageTypes.Deserialize(letter.TypeOrObjectKey, letter.Payload);
            return true;
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return false;
        }
    }
}
