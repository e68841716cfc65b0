using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WriteBack;

/// <summary>Building write bodies from a <see cref="StoreCustomerChange"/>: only the fields it sets.</summary>
public static class StoreCustomerChanges
{
    public static bool ChangesAddress(this StoreCustomerChange change) =>
        change.Address1 is not null || change.City is not null || change.Region is not null || change.PostalCode is not null || change.CountryCode is not null;

    /// <summary>Sets <paramref name="name"/> when <paramref name="value"/> is not null and differs from the same field of <paramref name="current"/>.</summary>
    public static void SetChanged(this JsonObject target, string name, string? value, JsonElement current)
    {
        if (value is not null && value != current.Str(name) && !(value.Length == 0 && current.Str(name) is null))
        {
            target[name] = value;
        }
    }

    /// <summary>Sets <paramref name="name"/> when <paramref name="value"/> is not null (null: leave as is; empty: clear).</summary>
    public static void Set(this JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
