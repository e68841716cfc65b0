using Microsoft.Extensions.Configuration;

namespace OrleansSync.Stores;

/// <summary>
/// The configured stores (<c>Gateway:Stores</c>), read by the gateway for webhooks and by the silo for the store
/// connectors, so both see the same list from the same keys.
/// </summary>
public sealed class StoreCatalog(IReadOnlyList<StoreOptions> stores)
{
    /// <summary>Where the store list lives in configuration.</summary>
    public const string SectionName = "Gateway:Stores";

    public IReadOnlyList<StoreOptions> Stores { get; } = stores;

    /// <summary>The stores with an <see cref="StoreOptions.Api"/> base URL: each gets a connector.</summary>
    public IEnumerable<StoreOptions> Connected => Stores.Where(IsConnected);

    /// <summary>An empty setting (<c>Api__BaseUrl=</c> in a compose file) does not make a connector.</summary>
    public static bool IsConnected(StoreOptions store) => store.Api?.BaseUrl is { IsAbsoluteUri: true };

    public StoreOptions? Find(string storeId) => Stores.FirstOrDefault(s => s.Id == storeId);

    public static StoreCatalog From(IConfiguration configuration) =>
        new(configuration.GetSection(SectionName).Get<List<StoreOptions>>() ?? []);
}
