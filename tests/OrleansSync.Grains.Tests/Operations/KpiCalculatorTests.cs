using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Grains.Operations;
using OrleansSync.HubSpot.Client.Reads;

namespace OrleansSync.Grains.Tests.Operations;

public sealed class KpiCalculatorTests
{
    [Fact]
    public void DuplicateRate_SameEmailInAnotherCaseOrSamePhoneWrittenAnotherWay_CountsBothContacts()
    {
        var contacts = new[]
        {
            Contact("1", "ana@example.com", null), Contact("2", " ANA@example.com", null),
            Contact("3", "bo@example.com", "+1 (555) 010-0100"), Contact("4", "b.o@example.com", "15550100100"),
            Contact("5", "cy@example.com", "555"),
        };

        var rate = KpiCalculator.DuplicateRate([.. contacts.Concat(Enumerable.Range(6, 195).Select(i => Contact($"{i}", $"p{i}@example.com", null)))]);

        Assert.Equal(2m, rate.Percent);
        Assert.True(rate.Broken); // the bar is "below 2 %"
    }

    [Fact]
    public void MatchRate_OrdersWhoseEmailIsAContact_AgainstTheNinetyFivePercentBar()
    {
        var orders = Enumerable.Range(0, 20).Select(i => Order(i < 19 ? "known@example.com" : "guest@example.com")).ToList();

        var rate = KpiCalculator.MatchRate(orders, [Contact("1", "Known@Example.com", null)]);

        Assert.Equal(95m, rate.Percent);
        Assert.False(rate.Broken); // 95 % is the bar, not below it
    }

    [Fact]
    public void FailedOperations_NothingHandledYet_HasNoValueAndIsNotBroken()
    {
        var failed = KpiCalculator.FailedOperations(0, 0);

        Assert.Null(failed.Percent);
        Assert.False(failed.Broken);
    }

    [Fact]
    public void WithinLatency_EventsOverTheirTarget_BreaksTheNinetyEightPercentBar()
    {
        var within = KpiCalculator.WithinLatency([new LatencyByKind("order", 100, 1, 2, 3, 97, 900), new LatencyByKind("marketing", 100, 1, 2, 3, 100, 300)]);

        Assert.Equal(98.5m, within.Percent);
        Assert.False(within.Broken);
    }

    private static CrmObject Contact(string id, string email, string? phone) =>
        new(id, phone is null ? new Dictionary<string, string> { ["email"] = email } : new Dictionary<string, string> { ["email"] = email, ["phone"] = phone });

    private static OrderPaidRecorded Order(string email) =>
        new($"shop/{Guid.NewGuid():N}", "shop", "1000001", "USD", 10m, 0m, false,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email))), DateTimeOffset.UnixEpoch, 1);
}
