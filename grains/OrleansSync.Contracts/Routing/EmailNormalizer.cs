using System.Globalization;
using System.Text;

namespace OrleansSync.Contracts.Routing;

/// <summary>
/// The one email normalisation of the grid: drop invisible characters, trim, lower-case (invariant), Unicode NFC.
/// Invisible means control characters (NUL and the like), format characters (zero-width spaces and joiners, bidi
/// overrides and isolates, the BOM, soft hyphens) and lone surrogates: an address that differs from another only
/// by them looks the same to a person, so it must be the same contact. The gateway quarantines records whose
/// email is still not address-shaped afterwards.
/// </summary>
public static class EmailNormalizer
{
    /// <summary>The normalised email, or null when <paramref name="email"/> is null or blank (also once invisible characters are gone).</summary>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var visible = WithoutInvisible(email).Trim();
        if (visible.Length == 0)
        {
            return null;
        }

        // NFC last, so the key is NFC whatever lower-casing did; our own NFC, not string.Normalize,
        // which is a no-op for non-ASCII text under InvariantGlobalization (set for every project here).
        return UnicodeNfc.Normalize(visible.ToLowerInvariant());
    }

    private static string WithoutInvisible(string email)
    {
        if (!email.Any(IsMaybeInvisible))
        {
            return email;
        }

        var kept = new StringBuilder(email.Length);
        for (var i = 0; i < email.Length; i++)
        {
            var c = email[i];
            if (char.IsHighSurrogate(c) && i + 1 < email.Length && char.IsLowSurrogate(email[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(email, i) != UnicodeCategory.Format)
                {
                    kept.Append(c).Append(email[i + 1]);
                }

                i++;
            }
            else if (!char.IsSurrogate(c) && !IsInvisible(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool IsMaybeInvisible(char c) => char.IsSurrogate(c) || IsInvisible(c);

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
