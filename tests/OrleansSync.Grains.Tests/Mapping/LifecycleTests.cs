using OrleansSync.Contracts.Customers;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class LifecycleTests
{
    private static readonly DateTimeOffset _now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SyncMappingOptions _options = new();

    private static OrderSummary Paid(int daysAgo, bool cancelled = false) =>
        new("s", "EUR", 10m, true, _now.AddDays(-daysAgo), _now.AddDays(-daysAgo), cancelled, false, false, [], null);

    [Fact]
    public void Status_NoOrders_SubscriberOrLead() =>
        Assert.Equal((LifecycleStatus.Subscriber, LifecycleStatus.Lead), (CustomerLifecycle.Status([], false, _now, _options), CustomerLifecycle.Status([], true, _now, _options)));

    [Fact]
    public void Status_UnpaidOrCancelledOrder_NotACustomer() =>
        Assert.Equal(LifecycleStatus.Lead, CustomerLifecycle.Status([Paid(3) with { Paid = false }, Paid(2, cancelled: true)], true, _now, _options));

    [Fact]
    public void Status_SecondPaidOrderWithin365Days_Repeat() =>
        Assert.Equal(LifecycleStatus.Repeat, CustomerLifecycle.Status([Paid(300), Paid(10)], false, _now, _options));

    [Fact]
    public void Status_SecondPaidOrderAfterMoreThan365Days_CustomerOnly() =>
        Assert.Equal(LifecycleStatus.Customer, CustomerLifecycle.Status([Paid(400), Paid(10)], false, _now, _options));

    [Theory]
    [InlineData(89, LifecycleStatus.Customer)]
    [InlineData(90, LifecycleStatus.Lapsed)]
    [InlineData(180, LifecycleStatus.ChurnRisk)]
    public void Status_Recency_LapsedThenChurnRisk(int daysAgo, LifecycleStatus expected) =>
        Assert.Equal(expected, CustomerLifecycle.Status([Paid(daysAgo)], false, _now, _options));

    [Fact]
    public void Forward_LowerStageComputed_KeepsHigherStageSent() =>
        Assert.Equal(LifecycleStatus.Customer, CustomerLifecycle.Forward(LifecycleStatus.Customer, LifecycleStatus.Lead));

    [Fact]
    public void ShouldApply_OptInAfterOptOut_OnlyWhenStrictlyLater()
    {
        var optedOutAt = _now.AddDays(-1);
        Assert.False(ConsentRules.ShouldApply(ConsentState.OptedOut, optedOutAt, new MarketingConsent(ConsentState.OptedIn, "store", null, null, null)));
        Assert.False(ConsentRules.ShouldApply(ConsentState.OptedOut, optedOutAt, new MarketingConsent(ConsentState.OptedIn, "store", optedOutAt, null, null)));
        Assert.True(ConsentRules.ShouldApply(ConsentState.OptedOut, optedOutAt, new MarketingConsent(ConsentState.OptedIn, "store", _now, null, null)));
        Assert.True(ConsentRules.ShouldApply(ConsentState.OptedIn, _now, new MarketingConsent(ConsentState.OptedOut, "store", null, null, null)));
        Assert.False(ConsentRules.ShouldApply(ConsentState.Unknown, null, new MarketingConsent(ConsentState.Unknown, "store", _now, null, null)));
    }
}
