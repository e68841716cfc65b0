using OrleansSync.Stores.Validation;

namespace OrleansSync.Gateway.CartEvents;

/// <summary>The generic cart API's bounds on optional money and date fields (the same bounds as every store record).</summary>
internal static class CartFieldChecks
{
    public static void Money(string field, decimal? amount, Dictionary<string, string[]> errors)
    {
        if (amount is < 0 or > RecordBounds.MaxMoney)
        {
            errors[field] = [$"Must be between 0 and {RecordBounds.MaxMoney} when given."];
        }
    }

    public static void Date(string field, DateTimeOffset? at, DateTimeOffset receivedAt, Dictionary<string, string[]> errors)
    {
        if (at is { } t && (t < RecordBounds.EarliestDate || t > receivedAt + RecordBounds.FutureTolerance))
        {
            errors[field] = [$"Must lie between {RecordBounds.EarliestDate:yyyy-MM-dd} and one day from now."];
        }
    }
}
