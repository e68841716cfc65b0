using System.Text;

namespace OrleansSync.Contracts.Routing;

/// <summary>The one email normalisation of the grid: trim, Unicode NFC, lower-case (invariant).</summary>
public static class EmailNormalizer
{
    /// <summary>The normalised email, or null when <paramref name="email"/> is null or blank.</summary>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        // NFC first so that a decomposed "é" and a precomposed one lower-case to the same key.
        return email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
