using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Portals;

public sealed partial class HubSpotPortalGrain
{
    public async Task<bool> ReplayDeadLetterAsync(long deadLetterId)
    {
        var letter = await ServiceProvider.GetRequiredService<IDeadLetterStore>().GetAsync(deadLetterId, CancellationToken.None);
        if (letter is not { Kind: DeadLetterKind.HubSpotRecord } || letter.PortalId != PortalId)
        {
            return false;
        }

        Requeue(letter);

        // Associations dead-lettered because this record was come back with it: they land once it does.
        var store = ServiceProvider.GetRequiredService<IDeadLetterStore>();
        for (var after = 0L; ;)
        {
            var page = await store.ListAsync(PortalId, after, 500, CancellationToken.None);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var dependent in page.Where(l => l.Kind == DeadLetterKind.HubSpotRecord && l.Id != deadLetterId && l.TypeOrObjectKey.StartsWith("assoc:", StringComparison.Ordinal)))
            {
                var write = Read(dependent).Write;
                if (write.FromObjectKey == letter.TypeOrObjectKey || write.ToObjectKey == letter.TypeOrObjectKey)
                {
                    Requeue(dependent);
                }
            }

            after = page[^1].Id;
        }

        return true;
    }

    private static PendingHubSpotWrite Read(DeadLetter letter) => JsonSerializer.Deserialize<PendingHubSpotWrite>(letter.Payload, MessageTypes.Json)!;

    private void Requeue(DeadLetter letter)
    {
        _queue.Add(new QueuedWrite(letter.Grain, Read(letter), letter.Id));
        NoteWaiting();
    }
}
