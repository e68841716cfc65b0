using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class GrainKeyTests
{
    [Fact]
    public async Task Customer_EmailLongerThanTheReminderTablesGrainId_SyncsAndItsRecencyReminderFires()
    {
        await using var sync = await SyncCluster.StartAsync();
        var email = $"{new string('a', 180)}@{new string('b', 60)}.example.com";
        var identity = GrainKeys.Customer(SyncCluster.PortalId, email);
        Assert.True(identity.ToString().Length > GrainIdentity.MaxGrainIdLength, "the customer's logical id must be longer than the reminder table allows");
        Assert.True(identity.ToGrainId().ToString().Length <= GrainIdentity.MaxGrainIdLength);

        await sync.PostAsync([TestEvents.Paid(StoreStreamBuilder.EuStore, "long-1", email, sync.Clock.GetUtcNow())]);
        await sync.SettleAsync();
        Assert.Equal("customer", sync.HubSpot.Contact(email)!.Properties["ecom_customer_status"]);

        sync.Clock.Advance(TimeSpan.FromDays(91));
        await sync.SettleUntilAsync(() => sync.HubSpot.Contact(email)!.Properties["ecom_customer_status"] == "lapsed", $"the lapsed status of {email}");
    }
}
