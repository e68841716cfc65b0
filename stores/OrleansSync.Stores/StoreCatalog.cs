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

    /// <summary>The stores with an <see cref="StoreOptions.Api"/>: each gets a connector.</summary>
    public IEnumerable<StoreOptions> Connected => Stores.Where(s => s.Api?.BaseUrl is not null);

    public StoreOptions? Find(string storeId) => Stores.FirstOrDefault(s => s.Id == storeId);

    public static StoreCatalog From(IConfiguration configuration) =>
        new(configuration.GetSection(SectionName).Get<List<StoreOptions>>() ?? []);
}
