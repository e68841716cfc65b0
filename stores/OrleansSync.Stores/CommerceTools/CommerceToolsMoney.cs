using System.Text.Json;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>commercetools money: <c>{centAmount, currencyCode, fractionDigits}</c>, value = centAmount / 10^fractionDigits.</summary>
public static class CommerceToolsMoney
{
    public static decimal? Of(JsonElement? money)
    {
        if (money is not { } m || m.Dec("centAmount") is not { } cents)
        {
            return null;
        }

        var digits = (int)(m.Dec("fractionDigits") ?? 2m);
        return cents / (decimal)Math.Pow(10, digits);
    }

    public static string? CurrencyOf(JsonElement? money) => money?.Str("currencyCode");

    /// <summary>A LocalizedString's value: English first, else any.</summary>
    public static string? Text(JsonElement? localized) =>
        localized is { ValueKind: JsonValueKind.Object } l
            ? l.Str("en") ?? l.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null).FirstOrDefault(v => v is not null)
            : null;
}
