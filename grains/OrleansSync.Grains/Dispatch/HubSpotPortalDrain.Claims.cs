using Microsoft.Extensions.Logging;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

public sealed partial class HubSpotPortalDrain
{
    /// <summary>
    /// An object that is a record made in HubSpot (<see cref="HubSpotWrite.ExistingHubSpotId"/>: the deal a store order was
    /// created from) gets its unique id property set on that record before its first upsert, so the upsert finds and updates
    /// it. Once the object's id is in the id map it was claimed (or written) already. A record that is gone, or that HubSpot
    /// will not let us claim, is left: the upsert then creates the object as usual.
    /// </summary>
    private async Task ClaimExistingAsync(PortalSession session, HubSpotClient client, string type, IReadOnlyList<DrainItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items.Where(i => i.Write.ExistingHubSpotId is not null && !session.Ids.ContainsKey(i.ObjectKey)))
        {
            var claimed = false;
            try
            {
                claimed = await client.UpdateByIdAsync(type, item.Write.ExistingHubSpotId!, new Dictionary<string, string> { [item.Write.IdProperty!] = item.Write.Key }, cancellationToken);
            }
            catch (HubSpotApiException error) when (error.Error.StatusCode is >= 400 and < 500 and not 429)
            {
                LogClaimRefused(logger, type, item.Write.ExistingHubSpotId!, session.PortalId, error.Error.Category);
            }

            if (claimed)
            {
                session.Ids[item.ObjectKey] = item.Write.ExistingHubSpotId!;
            }
        }
    }

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "HubSpot refused to give {ObjectType} {HubSpotId} of portal {PortalId} our id property ({Category}); the upsert creates the object instead")]
    private static partial void LogClaimRefused(ILogger logger, string objectType, string hubSpotId, string portalId, string category);
}
