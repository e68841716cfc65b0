
namespace OrleansSync.Stores;

/// <summary>The keys a store's deliveries may be signed with (current, then previous during a rotation).</summary>
public static class StoreSecrets
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
