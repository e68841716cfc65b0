using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores.Tests.Infrastructure;

/// <summary>Store options pointing at a simulator.</summary>
public static class TestStores
{
    public const string PortalId = "1001";

    public static StoreOptions Of(StorePlatform platform, string id, Uri? baseUrl, string? account = null, string? accessToken = null, int pageSize = 100) =>
        new()
        {
            Id = id,
            Platform = platform,
            Secret = $"{id}-signing-secret",
            PortalId = PortalId,
            DefaultCurrency = "USD",
            Api = new StoreApiOptions { BaseUrl = baseUrl, Account = account, AccessToken = accessToken, PageSize = pageSize },
        };
}
