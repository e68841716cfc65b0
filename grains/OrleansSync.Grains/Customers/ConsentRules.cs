using OrleansSync.Contracts.Customers;

namespace OrleansSync.Grains.Customers;

/// <summary>Consent is never inferred and an opt-out wins: only an explicit, strictly later opt-in lifts it.</summary>
public static class ConsentRules
{
    public static bool ShouldApply(ConsentState current, DateTimeOffset? currentAt, MarketingConsent incoming)
    {
        return incoming.State switch
        {
            ConsentState.Unknown => false,
            ConsentState.OptedOut => current != ConsentState.OptedOut || (incoming.At is { } a && (currentAt is null || a > currentAt)),
            ConsentState.OptedIn => current switch
            {
                ConsentState.OptedOut => incoming.At is { } at && currentAt is { } outAt && at > outAt,
                ConsentState.OptedIn => incoming.At is { } at2 && (currentAt is null || at2 > currentAt),
                _ => true,
            },
            _ => false,
        };
    }
}
