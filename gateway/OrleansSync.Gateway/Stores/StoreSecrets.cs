using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Stores;

/// <summary>The keys a store's deliveries may be signed with (current, then previous during a rotation).</summary>
internal static class StoreSecrets
{
    public static IEnumerable<string> Of(StoreOptions store)
    {
        yield return store.Secret;
        if (!string.IsNullOrEmpty(store.PreviousSecret))
        {
            yield return store.PreviousSecret;
        }
    }
}
