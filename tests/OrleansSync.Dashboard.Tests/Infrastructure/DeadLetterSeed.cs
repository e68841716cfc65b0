using System.Text.Json;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.HubSpot;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>
/// Puts a dead letter where the portal grain puts one when HubSpot rejects a record: a contact upsert owed by its customer
/// grain, as it would have been written once its cause is fixed. Replaying it writes the contact to HubSpot.
/// </summary>
internal static class DeadLetterSeed
{
    public static async Task<long> ContactAsync(IDeadLetterStore store, string email)
    {
        var write = new PendingHubSpotWrite(DashboardHost.PortalId, $"contact:{email}", 1, new HubSpotWrite(
            HubSpotWriteKind.Upsert, HubSpotObjectTypes.Contacts, "email", email, new Dictionary<string, string> { ["email"] = email, ["firstname"] = "Replayed" }));
        await store.AddAsync(
            [new NewDeadLetter(DeadLetterKind.HubSpotRecord, GrainKeys.Customer(DashboardHost.PortalId, email), DashboardHost.PortalId, write.ObjectKey,
                JsonSerializer.Serialize(write, MessageTypes.Json), "VALIDATION_ERROR: Property values were not valid (seeded by the test)", 1)],
            CancellationToken.None);
        var letters = await store.ListAsync(DashboardHost.PortalId, 0, 1000, CancellationToken.None);
        return letters.Last(l => l.TypeOrObjectKey == write.ObjectKey).Id;
    }
}
