namespace OrleansSync.Contracts.Routing;

/// <summary>The one email normalisation of the grid: trim, lower-case (invariant), Unicode NFC.</summary>
public static class EmailNormalizer
{
    /// <summary>The normalised email, or null when <paramref name="email"/> is null or blank.</summary>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        // NFC last, so the key is NFC whatever lower-casing did; our own NFC, not string.Normalize,
        // which is a no-op for non-ASCII text under InvariantGlobalization (set for every project here).
        return UnicodeNfc.Normalize(email.Trim().ToLowerInvariant());
    }
}
