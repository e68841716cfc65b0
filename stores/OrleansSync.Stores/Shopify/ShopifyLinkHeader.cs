using System.Text.RegularExpressions;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify's cursor pagination: <c>Link: &lt;…?page_info=X&amp;limit=N&gt;; rel="next"</c>.</summary>
public static partial class ShopifyLinkHeader
{
    /// <summary>The <c>page_info</c> of the next page, or null on the last page.</summary>
    public static string? NextPageInfo(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match link in Link().Matches(string.Join(",", values)))
        {
            if (link.Groups["rel"].Value == "next" && PageInfo().Match(link.Groups["url"].Value) is { Success: true } info)
            {
                return Uri.UnescapeDataString(info.Groups[1].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("<(?<url>[^>]+)>;\\s*rel=\"(?<rel>[a-z]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex("[?&]page_info=([^&]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PageInfo();
}
