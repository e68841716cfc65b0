using System.Text;
using System.Text.RegularExpressions;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Finds the email addresses in a kept body, so a GDPR erase can find every record naming a person.</summary>
public static partial class EmailExtractor
{
    public static IReadOnlyList<string> Extract(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        return EmailPattern().Matches(text)
            .Select(m => EmailNormalizer.Normalize(m.Value)!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    // Deliberately loose (also matches inside form-encoded or escaped bodies): a false positive only makes an erase wider.
    [GeneratedRegex(@"[^\s""'<>(),;:\\/@=&?]+@[^\s""'<>(),;:\\/@=&?]+\.[^\s""'<>(),;:\\/@=&?]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();
}
