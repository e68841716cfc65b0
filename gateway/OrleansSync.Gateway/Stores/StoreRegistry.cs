using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Stores;

/// <summary>The configured stores by id (read once; configuration changes need a restart).</summary>
public sealed class StoreRegistry(IOptions<GatewayOptions> options)
{
    private readonly Dictionary<string, StoreOptions> _stores = options.Value.Stores.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>The store with this id on this platform, or null (a store of another platform is not found either).</summary>
    public StoreOptions? Find(string storeId, StorePlatform platform) =>
        _stores.TryGetValue(storeId, out var store) && store.Platform == platform ? store : null;

    /// <summary>Distinct HubSpot portals of all stores.</summary>
    public IReadOnlyList<string> PortalIds { get; } = options.Value.Stores.Select(s => s.PortalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every configured store with its portal, as the grid's scheduled checks need them.</summary>
    public IReadOnlyList<StoreOfPortal> StoresOfPortals { get; } = [.. options.Value.Stores.Select(s => new StoreOfPortal(s.Id, s.PortalId))];
}
