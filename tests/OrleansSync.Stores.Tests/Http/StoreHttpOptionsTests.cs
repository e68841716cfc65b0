using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Tests.Http;

public sealed class StoreHttpOptionsTests
{
    [Fact]
    public void AddStoreApis_StoreHttpSectionInTheHostsConfiguration_SetsTheRetries()
    {
        using var services = Services(new() { ["StoreHttp:MaxRetryAttempts"] = "0", ["StoreHttp:MaxRetryAfter"] = "00:00:05" });

        var options = services.GetRequiredService<IOptions<StoreHttpOptions>>().Value;

        Assert.Equal((0, TimeSpan.FromSeconds(5)), (options.MaxRetryAttempts, options.MaxRetryAfter));
    }

    [Fact]
    public void AddStoreApis_RetriesOutOfRange_FailsNamingTheSetting()
    {
        using var services = Services(new() { ["StoreHttp:MaxRetryAttempts"] = "50" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreHttpOptions>>().Value);

        Assert.Contains("MaxRetryAttempts", error.Message);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddStoreApis(configuration).BuildServiceProvider();
    }
}
