using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>Magento addresses: <c>street</c> is an array on REST and a newline-joined string in event payloads.</summary>
public static class MagentoAddresses
{
    public static PostalAddress Of(string kind, JsonElement a)
    {
        var street = a.TryGetProperty("street", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(l => l.GetString()).OfType<string>().ToList()
            : (a.Str("street") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        return new PostalAddress(
            kind, a.Str("firstname"), a.Str("lastname"), a.Str("company") is { Length: > 0 } company ? company : null,
            street.ElementAtOrDefault(0), street.Count > 1 ? string.Join(", ", street.Skip(1)) : null, a.Str("city"),
            a.Obj("region")?.Str("region_code") ?? a.Str("region_code") ?? a.Str("region"), a.Str("postcode"), a.Str("country_id"), a.Str("telephone"));
    }
}
