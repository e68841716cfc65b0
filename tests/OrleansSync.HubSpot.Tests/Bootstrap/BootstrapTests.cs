using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Bootstrap;

public sealed class BootstrapTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task RunAsync_Twice_SecondRunMakesNoWrites()
    {
        var (portal, _) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        var bootstrapper = services.GetRequiredService<HubSpotSchemaBootstrapper>();

        var first = await bootstrapper.RunAsync(EcommerceSchema.Default, CancellationToken.None);
        portal.ClearCalls();
        var second = await bootstrapper.RunAsync(EcommerceSchema.Default, CancellationToken.None);

        Assert.True(first.Writes > 0);
        Assert.Equal(0, second.Writes);
        Assert.All(portal.Calls(), call => Assert.Equal("GET", call.Method));
        Assert.Equal(first.PipelineId, second.PipelineId);
        Assert.Equal(first.StageIds, second.StageIds);
    }

    [Fact]
    public async Task RunAsync_FreshPortal_MakesOrderKeysUniqueSoDealsAreUpserted()
    {
        var (portal, http) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        var report = await services.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(EcommerceSchema.Default, CancellationToken.None);
        var client = services.GetRequiredService<HubSpotClient>();
        var deal = new UpsertRecord("magento-eu:100042", new Dictionary<string, string> { ["dealname"] = "#100042", ["pipeline"] = report.PipelineId, ["dealstage"] = report.StageIds["Paid"] });

        await client.UpsertAsync(HubSpotObjectTypes.Deals, EcommerceSchema.OrderKey, [deal], CancellationToken.None);
        var again = await client.UpsertAsync(HubSpotObjectTypes.Deals, EcommerceSchema.OrderKey, [deal], CancellationToken.None);

        Assert.False(Assert.Single(again.Succeeded).Created);
        Assert.Single(portal.Objects("deals"));
        Assert.Equal(6, report.StageIds.Count);
    }

    [Fact]
    public async Task RunAsync_PipelineMissingAStage_AddsOnlyThatStage()
    {
        var (portal, http) = fixture.NewPortal();
        await http.PostAsync("/crm/v3/pipelines/deals", """{"label":"Ecommerce","displayOrder":1,"stages":[{"label":"Paid","displayOrder":0,"metadata":{"probability":"1.0"}}]}""");
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        portal.ClearCalls();

        var report = await services.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(EcommerceSchema.Default, CancellationToken.None);

        Assert.Equal(5, portal.Calls().Count(c => c.Method == "POST" && c.Path.EndsWith("/stages", StringComparison.Ordinal)));
        Assert.Equal(6, report.StageIds.Count);
    }
}
