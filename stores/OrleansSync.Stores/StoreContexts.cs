using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores;

/// <summary>The event context of a store's records, with the record's own values winning over the configured defaults.</summary>
public static class StoreContexts
{
    public static StoreContext Of(StoreOptions store, string? channel = null, string? locale = null, string? currency = null) =>
        new(
            store.Id,
            store.Platform,
            store.PortalId,
            Blank(channel) ?? store.DefaultChannel,
            Blank(locale) ?? store.DefaultLocale,
            Blank(currency)?.ToUpperInvariant() ?? store.DefaultCurrency);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
