using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

public sealed partial class HubSpotPortalDrain
{
    /// <summary>GDPR deletes, one call each (HubSpot has no batch for them); they are rare and come after every other write of the drain.</summary>
    private Task GdprDeleteAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, SemaphoreSlim gate, DrainOutcome outcome, CancellationToken cancellationToken) =>
        SendIsolatedAsync(session, client, "gdpr-delete", items, 1, (batch, token) => GdprDeleteOneAsync(session, client, batch[0], outcome, token), gate, outcome, cancellationToken);

    private async Task GdprDeleteOneAsync(PortalSession session, HubSpotClient client, DrainItem item, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await client.GdprDeleteContactAsync(item.Write.Key, cancellationToken);
        }
        catch (HubSpotApiException ex) when (ex.Error.StatusCode is 400 or 404 or 409 or 422)
        {
            Reject(session, item, ex.Error, outcome, "gdpr-delete");
            return;
        }

        Succeed(session, item, outcome);
        metrics.OnDispatched("gdpr-delete", 1);
    }
}
