using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class RefusedRecordFaultTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Upsert = "/crm/v3/objects/contacts/batch/upsert";

    [Fact]
    public async Task Faults_RefuseRecordsMatchingSetOverHttp_EveryCallCarryingTheRecordAnswers500AndWritesNothing()
    {
        var (portal, http) = fixture.NewPortal();
        var faults = $"/_sandbox/portals/{portal.PortalId}/faults";
        Assert.Equal(204, (await http.PutAsync(faults, """{"refuseRecordsMatching":"cursed@example\\.com"}""")).Status);

        var together = await http.PostAsync(Upsert, Bodies.Upsert("email", ("ok@example.com", new { firstname = "Ok" }, null), ("cursed@example.com", new { firstname = "C" }, null)));
        var alone = await http.PostAsync(Upsert, Bodies.Upsert("email", ("cursed@example.com", new { firstname = "C" }, null)));
        var healthy = await http.PostAsync(Upsert, Bodies.Upsert("email", ("ok@example.com", new { firstname = "Ok" }, null)));

        Assert.Equal((500, 500, 200), (together.Status, alone.Status, healthy.Status));
        Assert.Equal("INTERNAL_ERROR", together.Str("category"));
        Assert.Equal(["ok@example.com"], portal.Objects("contacts").Select(c => c.Properties["email"]));

        Assert.Equal(204, (await http.PutAsync(faults, """{"refuseRecordsMatching":""}""")).Status);
        Assert.Equal(200, (await http.PostAsync(Upsert, Bodies.Upsert("email", ("cursed@example.com", new { firstname = "C" }, null)))).Status);
        Assert.Equal(2, portal.Objects("contacts").Count);
    }

    [Fact]
    public async Task WithoutServerErrorRetries_RefusedBatch_FailsAfterOneCallWhereTheDefaultClientRetries()
    {
        var (portal, _) = fixture.NewPortal();
        portal.Faults.RefuseRecordsMatching = "cursed";
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100, s =>
        {
            s["HubSpot:MaxRetryAttempts"] = "2";
            s["HubSpot:AttemptTimeout"] = "00:00:30"; // a busy machine must not turn the 500 into a timeout
        });
        var client = services.GetRequiredService<HubSpotClient>();
        UpsertRecord[] records = [new("cursed@example.com", new Dictionary<string, string> { ["firstname"] = "C" })];

        var once = await Assert.ThrowsAsync<HubSpotApiException>(() => client.WithoutServerErrorRetries().UpsertAsync(HubSpotObjectTypes.Contacts, "email", records, CancellationToken.None));
        var callsOnce = portal.Calls().Count;
        await Assert.ThrowsAsync<HubSpotApiException>(() => client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", records, CancellationToken.None));

        Assert.Equal(500, once.Error.StatusCode);
        Assert.Equal(1, callsOnce);
        Assert.Equal(3, portal.Calls().Count - callsOnce);
    }
}
