using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

public sealed partial class HubSpotPortalDrain
{
    /// <summary>GDPR deletes, one call each (HubSpot has no batch for them); they are rare and always last.</summary>
    private async Task GdprDeleteAsync(PortalSession session, HubSpotClient client, List<DrainItem> items, DrainOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            try
            {
                await client.GdprDeleteContactAsync(item.Write.Key, cancellationToken);
                Succeed(session, item, outcome);
                metrics.OnDispatched("gdpr-delete", 1);
            }
            catch (HubSpotApiException ex) when (ex.Error.StatusCode is >= 400 and < 500 and not 429)
            {
                Reject(session, item, ex.Error, outcome, "gdpr-delete");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCallFailed(logger, ex, "gdpr-delete", session.PortalId);
                outcome.Failed = true;
                return;
            }
        }
    }
}
