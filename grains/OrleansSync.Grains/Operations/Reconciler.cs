using OrleansSync.Contracts.Operations;

namespace OrleansSync.Grains.Operations;

/// <summary>
/// Compares one day's paid orders (the stores' ledgers) with HubSpot's closed-won deals of that day, per store and
/// currency, and lists each order on which they disagree. Pure: the grain does the reading.
/// </summary>
public static class Reconciler
{
    private const decimal Cent = 0.01m;

    public static (IReadOnlyList<ReconciliationTotal> Totals, IReadOnlyList<ReconciliationDifference> Differences) Compare(
        IReadOnlyList<OrderPaidRecorded> orders, IReadOnlyList<HubSpotDeal> deals)
    {
        // A cancelled order's deal is closed lost: it is owed no closed-won deal.
        var expected = orders.Where(o => !o.Cancelled).ToDictionary(o => o.OrderKey, StringComparer.Ordinal);
        var won = deals.GroupBy(d => d.OrderKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var differences = new List<ReconciliationDifference>();
        foreach (var order in expected.Values.OrderBy(o => o.OrderKey, StringComparer.Ordinal))
        {
            var net = order.Paid - order.Refunded;
            if (!won.TryGetValue(order.OrderKey, out var deal))
            {
                differences.Add(new(order.OrderKey, order.StoreId, ReconciliationReasons.MissingInHubSpot, net, null, order.Currency, null, null));
            }
            else if (!string.Equals(deal.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add(new(order.OrderKey, order.StoreId, ReconciliationReasons.CurrencyDiffers, net, deal.Amount, order.Currency, deal.Currency, deal.Id));
            }
            else if (Math.Abs(deal.Amount - net) >= Cent)
            {
                differences.Add(new(order.OrderKey, order.StoreId, ReconciliationReasons.AmountDiffers, net, deal.Amount, order.Currency, deal.Currency, deal.Id));
            }
        }

        foreach (var deal in won.Values.Where(d => !expected.ContainsKey(d.OrderKey)).OrderBy(d => d.OrderKey, StringComparer.Ordinal))
        {
            differences.Add(new(deal.OrderKey, deal.StoreId, ReconciliationReasons.ExtraDeal, null, deal.Amount, null, deal.Currency, deal.Id));
        }

        var keys = expected.Values.Select(o => (o.StoreId, Currency: o.Currency.ToUpperInvariant()))
            .Concat(won.Values.Select(d => (d.StoreId, Currency: (d.Currency ?? "").ToUpperInvariant())))
            .Distinct()
            .OrderBy(k => k.StoreId, StringComparer.Ordinal).ThenBy(k => k.Currency, StringComparer.Ordinal);
        var totals = keys.Select(key =>
        {
            var mine = expected.Values.Where(o => o.StoreId == key.StoreId && o.Currency.Equals(key.Currency, StringComparison.OrdinalIgnoreCase)).ToList();
            var theirs = won.Values.Where(d => d.StoreId == key.StoreId && (d.Currency ?? "").Equals(key.Currency, StringComparison.OrdinalIgnoreCase)).ToList();
            var paid = mine.Sum(o => o.Paid);
            var refunds = -mine.Sum(o => o.Refunded);
            var hubSpot = theirs.Sum(d => d.Amount);
            var variance = Variance(paid + refunds, hubSpot);
            return new ReconciliationTotal(key.StoreId, key.Currency, mine.Count, paid, refunds, paid + refunds, theirs.Count, hubSpot, variance, variance <= ReconciliationBars.MaxVariancePercent);
        }).ToList();
        return (totals, differences);
    }

    /// <summary>|store − HubSpot| ÷ |store| in percent, to two decimals; 100 when the store has nothing and HubSpot something.</summary>
    public static decimal Variance(decimal store, decimal hubSpot) =>
        store == 0 ? (hubSpot == 0 ? 0 : 100) : Math.Round(Math.Abs(store - hubSpot) / Math.Abs(store) * 100, 2);
}
