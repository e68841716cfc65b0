using System.Globalization;
using System.Text.Json;

namespace OrleansSync.Stores.Json;

/// <summary>
/// Reading platform JSON at the edge: absent and null both mean "not sent" (null); ids keep their
/// exact digits (Shopify ids exceed 2^53); money accepts decimal strings and numbers. A field of the
/// wrong type or out of range throws <see cref="MappingException"/> (never a parser's own exception), so
/// the record is quarantined with the reason.
/// </summary>
public static class JsonFields
{
    public static JsonElement? Obj(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    /// <summary>A string, or a number's/boolean's raw text; null when absent or null.</summary>
    public static string? Str(this JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => StringOf(v, name),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => throw new MappingException($"'{name}' is {v.ValueKind}, expected a string."),
        };
    }

    /// <summary>Like <see cref="Str"/> but blank strings are "not sent" too (for ids and codes, never for profile fields).</summary>
    public static string? Id(this JsonElement e, string name) => e.Str(name) is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static string RequiredId(this JsonElement e, string name) =>
        e.Id(name) ?? throw new MappingException($"Required field '{name}' is missing.");

    public static decimal? Dec(this JsonElement e, string name)
    {
        var s = e.Str(name);
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        if (!decimal.TryParse(s, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d))
        {
            throw new MappingException($"'{name}' is not a number: '{Truncate(s)}'.");
        }

        // Far beyond any real amount or quantity, and small enough that sums of thousands never overflow decimal.
        return Math.Abs(d) <= MaxNumber ? d : throw new MappingException($"'{name}' is out of range: '{Truncate(s)}'.");
    }

    public static bool? Bool(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            }
            : null;

    /// <summary>An ISO 8601 time; one without offset is read as UTC (WooCommerce <c>*_gmt</c> fields).</summary>
    public static DateTimeOffset? Time(this JsonElement e, string name)
    {
        var s = e.Str(name);
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new MappingException($"'{name}' is not a date: '{Truncate(s)}'.");
    }

    public static IReadOnlyList<string> Tags(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? []
            : commaSeparated.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private const decimal MaxNumber = 1_000_000_000_000_000m;

    // Text with a lone surrogate (an escaped "\ud800") cannot become a .NET string: the reader throws InvalidOperationException.
    private static string StringOf(JsonElement v, string name)
    {
        try
        {
            return v.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new MappingException($"'{name}' is not valid Unicode text.");
        }
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
