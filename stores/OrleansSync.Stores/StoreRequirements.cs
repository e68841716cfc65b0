using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores;

/// <summary>What a store of each platform cannot work without, checked at start so a gap fails at boot, not on the first delivery.</summary>
public static class StoreRequirements
{
    public static IEnumerable<string> Missing(StoreOptions store)
    {
        foreach (var problem in DealOrderProblems(store))
        {
            yield return problem;
        }

        switch (store.Platform)
        {
            // Thin webhooks: every delivery is read back through the API.
            case StorePlatform.BigCommerce:
                if (string.IsNullOrWhiteSpace(store.Api?.AccessToken) || string.IsNullOrWhiteSpace(store.Api?.Account))
                {
                    yield return "BigCommerce needs Api:AccessToken (X-Auth-Token) and Api:Account (store hash): its webhooks are read back through the API.";
                }

                break;
            case StorePlatform.Magento:
                if (string.IsNullOrWhiteSpace(store.SigningPublicKey) && store.SigningPublicKeyBaseUrl is null)
                {
                    yield return "Magento needs SigningPublicKey (PEM) or SigningPublicKeyBaseUrl to verify Adobe I/O Events signatures.";
                }

                break;
            case StorePlatform.Commercetools:
                if (store.Api is not { BaseUrl: not null, TokenUrl: not null } api || string.IsNullOrWhiteSpace(api.Account)
                    || string.IsNullOrWhiteSpace(api.ClientId) || string.IsNullOrWhiteSpace(api.ClientSecret))
                {
                    yield return "Commercetools needs Api:BaseUrl, Api:TokenUrl, Api:Account (project key), Api:ClientId and Api:ClientSecret.";
                }

                break;
        }
    }

    private static IEnumerable<string> DealOrderProblems(StoreOptions store)
    {
        if (store.DealOrders is not { } deals)
        {
            yield break;
        }

        if (store.Platform != StorePlatform.WooCommerce)
        {
            yield return "DealOrders: only WooCommerce stores can receive orders from HubSpot deals so far.";
        }

        if (!StoreCatalog.IsConnected(store) || string.IsNullOrWhiteSpace(store.Api?.ClientId) || string.IsNullOrWhiteSpace(store.Api?.ClientSecret))
        {
            yield return "DealOrders needs Api:BaseUrl, Api:ClientId and Api:ClientSecret (the consumer key/secret) to create orders.";
        }

        if (string.IsNullOrWhiteSpace(deals.Pipeline))
        {
            yield return "DealOrders:Pipeline is required (the HubSpot deal pipeline's id).";
        }

        if (deals.Stages.Count == 0 || deals.Stages.Any(string.IsNullOrWhiteSpace))
        {
            yield return "DealOrders:Stages needs at least one stage id, none blank.";
        }

        if (!StoreDealOrderOptions.WooCommerceStatuses.Contains(deals.Status, StringComparer.Ordinal))
        {
            yield return $"DealOrders:Status must be one of {string.Join(", ", StoreDealOrderOptions.WooCommerceStatuses)}.";
        }
    }
}
