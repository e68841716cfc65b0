using System.Globalization;

namespace OrleansSync.Grains.Mapping;

/// <summary>Formatting of HubSpot property values (invariant numbers, epoch-millisecond datetimes).</summary>
public static class Props
{
    public static string Number(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>Up to ten decimals, for values derived by division (a per-unit share) whose product must come back to the total.</summary>
    public static string Precise(decimal value) => decimal.Round(value, 10).ToString("0.00########", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset value) => value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Adds the value only when it is not blank: a blank store value never overwrites a HubSpot value.</summary>
    public static void SetIfPresent(this Dictionary<string, string> properties, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            properties[name] = value.Trim();
        }
    }
}
