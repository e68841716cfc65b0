using System.Globalization;
using OrleansSync.Cluster.Tests.Workload;
using OrleansSync.HubSpot.Sandbox.Inspection;

namespace OrleansSync.Cluster.Tests.HubSpot;

/// <summary>
/// Revenue per UTC day and currency, as a finance user would chart it: the store's (each paid order's total on the day
/// it was paid) or HubSpot's (each deal's amount on its close date, in its deal currency).
/// </summary>
public sealed class DailyRevenue
{
    private readonly SortedDictionary<string, decimal> _byDayAndCurrency;

    private DailyRevenue(SortedDictionary<string, decimal> byDayAndCurrency) => _byDayAndCurrency = byDayAndCurrency;

    public static DailyRevenue OfStore(IEnumerable<WorkloadOrder> orders)
    {
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            Add(totals, order.Day, order.Currency, order.Total);
        }

        return new DailyRevenue(totals);
    }

    /// <summary>HubSpot's revenue; a deal without a readable amount, close date or currency is reported, not counted.</summary>
    public static DailyRevenue OfDeals(IEnumerable<SandboxRecord> deals, Action<string> problem)
    {
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var deal in deals)
        {
            var amount = deal.Properties.GetValueOrDefault("amount");
            var closed = deal.Properties.GetValueOrDefault("closedate");
            var currency = deal.Properties.GetValueOrDefault("deal_currency_code");
            if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || CloseDay(closed) is not { } day || string.IsNullOrEmpty(currency))
            {
                problem($"deal {deal.Id} ({deal.Properties.GetValueOrDefault("ecom_order_key")}) counts for no day and currency: amount={amount ?? "(none)"}, closedate={closed ?? "(none)"}, deal_currency_code={currency ?? "(none)"}");
                continue;
            }

            Add(totals, day, currency, value);
        }

        return new DailyRevenue(totals);
    }

    /// <summary>Every day and currency where this revenue differs from <paramref name="expected"/>.</summary>
    public IEnumerable<string> DifferencesFrom(DailyRevenue expected) =>
        expected._byDayAndCurrency.Keys.Union(_byDayAndCurrency.Keys).Order(StringComparer.Ordinal)
            .Where(k => expected._byDayAndCurrency.GetValueOrDefault(k) != _byDayAndCurrency.GetValueOrDefault(k))
            .Select(k => $"revenue {k}: HubSpot {Money(_byDayAndCurrency.GetValueOrDefault(k))}, store {Money(expected._byDayAndCurrency.GetValueOrDefault(k))}");

    /// <summary>"2026-11-27 EUR 1234.56; 2026-11-27 USD 5678.90; …" for the test's output.</summary>
    public override string ToString() => string.Join("; ", _byDayAndCurrency.Select(t => $"{t.Key} {Money(t.Value)}"));

    private static void Add(SortedDictionary<string, decimal> totals, DateOnly day, string currency, decimal amount)
    {
        var key = $"{day:yyyy-MM-dd} {currency}";
        totals[key] = totals.GetValueOrDefault(key) + amount;
    }

    // HubSpot takes a datetime as epoch milliseconds or ISO 8601; the sync writes milliseconds.
    private static DateOnly? CloseDay(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime)
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? DateOnly.FromDateTime(time.UtcDateTime)
        : null;

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
