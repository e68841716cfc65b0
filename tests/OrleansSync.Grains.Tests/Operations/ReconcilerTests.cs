using OrleansSync.Contracts.Operations;
using OrleansSync.Grains.Operations;

namespace OrleansSync.Grains.Tests.Operations;

public sealed class ReconcilerTests
{
    private static readonly DateTimeOffset PaidAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compare_DealsMatchingPaidMinusRefunds_ReportsZeroVarianceAndNoOrder()
    {
        var (totals, differences) = Reconciler.Compare(
            [Order("shop/1", 100m, refunded: 20m), Order("shop/2", 50m)],
            [Deal("shop/1", 80m), Deal("shop/2", 50m)]);

        var total = Assert.Single(totals);
        Assert.Equal((150m, -20m, 130m, 130m, 0m), (total.StorePaid, total.StoreRefunds, total.StoreNet, total.HubSpotClosedWon, total.VariancePercent));
        Assert.True(total.WithinBar);
        Assert.Empty(differences);
    }

    [Fact]
    public void Compare_EachKindOfDisagreement_ListsTheOrderWithItsReason()
    {
        var (totals, differences) = Reconciler.Compare(
            [Order("shop/1", 100m), Order("shop/2", 40m), Order("shop/3", 10m, currency: "EUR"), Order("shop/4", 70m, cancelled: true)],
            [Deal("shop/1", 90m), Deal("shop/3", 10m, "USD"), Deal("shop/9", 5m)]);

        Assert.Equal(
            [("shop/1", ReconciliationReasons.AmountDiffers), ("shop/2", ReconciliationReasons.MissingInHubSpot), ("shop/3", ReconciliationReasons.CurrencyDiffers), ("shop/9", ReconciliationReasons.ExtraDeal)],
            differences.Select(d => (d.OrderKey, d.Reason)));
        var usd = totals.Single(t => t.Currency == "USD");
        Assert.Equal(140m, usd.StoreNet);
        Assert.Equal(105m, usd.HubSpotClosedWon);
        Assert.Equal(25m, usd.VariancePercent);
        Assert.False(usd.WithinBar);
    }

    [Fact]
    public void Compare_VarianceAtTheHalfPercentBar_IsWithinIt()
    {
        var (totals, _) = Reconciler.Compare([Order("shop/1", 1000m)], [Deal("shop/1", 995m)]);

        Assert.Equal(0.5m, totals.Single().VariancePercent);
        Assert.True(totals.Single().WithinBar);
    }

    private static OrderPaidRecorded Order(string key, decimal paid, decimal refunded = 0m, string currency = "USD", bool cancelled = false) =>
        new(key, "shop", "1000001", currency, paid, refunded, cancelled, null, PaidAt, 1);

    private static HubSpotDeal Deal(string key, decimal amount, string currency = "USD") =>
        new($"id-{key}", key, "shop", amount, currency, PaidAt);
}
