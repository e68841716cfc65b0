using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Configuration;

public sealed class StorePlatformOptionsTests
{
    [Fact]
    public void Start_BigCommerceWithoutApiAndMagentoWithoutKey_FailsAtBootNamingWhatIsMissing()
    {
        using var gateway = new GatewayFactory(configure: s =>
        {
            s["Gateway:Stores:3:Id"] = "bc-shop";
            s["Gateway:Stores:3:Platform"] = "BigCommerce";
            s["Gateway:Stores:3:Secret"] = "bigcommerce-client-secret";
            s["Gateway:Stores:3:PortalId"] = TestStores.PortalA;
            s["Gateway:Stores:4:Id"] = "magento-shop";
            s["Gateway:Stores:4:Platform"] = "Magento";
            s["Gateway:Stores:4:Secret"] = "adobe-io-client-secret";
            s["Gateway:Stores:4:PortalId"] = TestStores.PortalA;
        });

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("Gateway:Stores:3 (bc-shop): BigCommerce needs Api:AccessToken", error.Message);
        Assert.Contains("Gateway:Stores:4 (magento-shop): Magento needs SigningPublicKey", error.Message);
    }
}
