using Microsoft.Extensions.Configuration;

namespace OrleansSync.Stores.Tests.Connectors;

public sealed class StoreCatalogTests
{
    [Fact]
    public void From_EmptyApiSettingsAsInTheComposeFile_GivesNoConnector()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:Id"] = "shop",
            ["Gateway:Stores:0:Platform"] = "Shopify",
            ["Gateway:Stores:0:Api:BaseUrl"] = "",
            ["Gateway:Stores:0:Api:AccessToken"] = "",
            ["Gateway:Stores:1:Id"] = "woo",
            ["Gateway:Stores:1:Platform"] = "WooCommerce",
            ["Gateway:Stores:1:Api:BaseUrl"] = "https://woo.example/wp-json/wc/v3/",
        }).Build();

        var catalog = StoreCatalog.From(configuration);

        Assert.Equal(["shop", "woo"], catalog.Stores.Select(s => s.Id));
        Assert.Equal("woo", Assert.Single(catalog.Connected).Id);
    }
}
