using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrleansSync.HubSpot.Tests.Client;

public sealed class OptionsValidationTests
{
    [Fact]
    public void AddHubSpotClient_MissingToken_FailsWhenOptionsAreResolved()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["HubSpot:Tier"] = "Professional" }).Build();
        var services = new ServiceCollection().AddLogging().AddHubSpotClient(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<HubSpotClientOptions>>().Value);

        Assert.Contains("AccessToken is required", error.Message);
    }

    [Fact]
    public void EffectiveRequestsPerInterval_ProfessionalTier_Is190()
    {
        Assert.Equal(190, new HubSpotClientOptions { Tier = HubSpotPortalTier.Professional }.EffectiveRequestsPerInterval);
        Assert.Null(new HubSpotClientOptions().EffectiveRequestsPerInterval);
    }
}
