using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Configuration;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Start_WithoutAdminToken_FailsAtBootNamingTheSetting()
    {
        using var gateway = new GatewayFactory(configure: s => s["Gateway:Admin:Token"] = "");

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("Token", error.Message);
    }

    [Fact]
    public void Start_StoreWithoutSecretAndDuplicateId_FailsAtBootWithoutLeakingSecrets()
    {
        using var gateway = new GatewayFactory(configure: s =>
        {
            s["Gateway:Stores:0:Secret"] = "";
            s["Gateway:Stores:1:Id"] = TestStores.Woo;
        });

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("Secret", error.Message);
        Assert.Contains($"store id '{TestStores.Woo}' is configured 2 times", error.Message);
        Assert.DoesNotContain(TestStores.ShopifySecret, error.Message);
    }

    [Fact]
    public void Start_ClaimLeaseNotLongerThanHandOffTimeout_FailsAtBootNamingBothSettings()
    {
        using var gateway = new GatewayFactory(configure: s =>
        {
            s["Deliveries:ClaimLease"] = "00:00:05";
            s["Deliveries:HandOffTimeout"] = "00:00:10";
        });

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("Deliveries:ClaimLease", error.Message);
        Assert.Contains("Deliveries:HandOffTimeout", error.Message);
    }
}
