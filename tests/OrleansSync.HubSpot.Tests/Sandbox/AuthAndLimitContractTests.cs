using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class AuthAndLimitContractTests(ManualClockSandboxFixture fixture) : IClassFixture<ManualClockSandboxFixture>
{
    [Fact]
    public async Task Call_UnknownToken_Returns401InvalidAuthentication()
    {
        var (_, http) = fixture.NewPortal();
        var answer = await http.GetAsync("/crm/v3/objects/contacts", bearer: "pat-na1-wrong");

        Assert.Equal(401, answer.Status);
        Assert.Equal("INVALID_AUTHENTICATION", answer.Str("category"));
    }

    [Fact]
    public async Task Call_TokenWithoutWriteScope_Returns403MissingScopes()
    {
        var (_, http) = fixture.NewPortal(scopes: ["crm.objects.companies.read"]);
        var answer = await http.PostAsync("/crm/v3/objects/companies", """{"properties":{"name":"X"}}""");

        Assert.Equal(403, answer.Status);
        Assert.Equal("MISSING_SCOPES", answer.Str("category"));
        Assert.Equal("crm.objects.companies.write", answer.Json.GetProperty("errors")[0].GetProperty("context").GetProperty("requiredGranularScopes")[0].GetString());
    }

    [Fact]
    public async Task Call_Any_CarriesRateLimitHeaders()
    {
        var (_, http) = fixture.NewPortal(requestsPerInterval: 190, dailyLimit: 625_000);
        var answer = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal("190", answer.Headers["X-HubSpot-RateLimit-Max"]);
        Assert.Equal("189", answer.Headers["X-HubSpot-RateLimit-Remaining"]);
        Assert.Equal("10000", answer.Headers["X-HubSpot-RateLimit-Interval-Milliseconds"]);
        Assert.Equal("625000", answer.Headers["X-HubSpot-RateLimit-Daily"]);
        Assert.Equal("624999", answer.Headers["X-HubSpot-RateLimit-Daily-Remaining"]);
    }

    [Fact]
    public async Task Call_101stWithin10Seconds_Returns429TenSecondlyRolling()
    {
        var (_, http) = fixture.NewPortal(requestsPerInterval: 100);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(200, (await http.GetAsync("/crm/v3/objects/contacts")).Status);
        }

        var answer = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(429, answer.Status);
        Assert.Equal("TEN_SECONDLY_ROLLING", answer.Str("policyName"));
        Assert.Equal("RATE_LIMIT", answer.Str("errorType"));
        Assert.Equal("You have reached your ten_secondly_rolling limit.", answer.Str("message"));
        Assert.Equal("0", answer.Headers["X-HubSpot-RateLimit-Remaining"]);
    }

    [Fact]
    public async Task Call_AfterWindowRollsPastOldestCalls_IsAcceptedAgain()
    {
        var (_, http) = fixture.NewPortal(requestsPerInterval: 3);
        await http.GetAsync("/crm/v3/objects/contacts");
        fixture.Clock.Advance(TimeSpan.FromSeconds(5));
        await http.GetAsync("/crm/v3/objects/contacts");
        await http.GetAsync("/crm/v3/objects/contacts");
        Assert.Equal(429, (await http.GetAsync("/crm/v3/objects/contacts")).Status);

        fixture.Clock.Advance(TimeSpan.FromSeconds(5));
        var freed = await http.GetAsync("/crm/v3/objects/contacts");
        var stillFull = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(200, freed.Status);
        Assert.Equal(429, stillFull.Status);
    }

    [Fact]
    public async Task Call_DailyQuotaSpent_Returns429DailyUntilMidnight()
    {
        var (_, http) = fixture.NewPortal(requestsPerInterval: 100, dailyLimit: 2);
        await http.GetAsync("/crm/v3/objects/contacts");
        await http.GetAsync("/crm/v3/objects/contacts");
        var spent = await http.GetAsync("/crm/v3/objects/contacts");
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var nextDay = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(429, spent.Status);
        Assert.Equal("DAILY", spent.Str("policyName"));
        Assert.Equal("You have reached your daily limit.", spent.Str("message"));
        Assert.Equal(200, nextDay.Status);
    }

    [Fact]
    public async Task Search_SixthInOneSecond_Returns429SecondlyWithoutRateLimitHeaders()
    {
        var (_, http) = fixture.NewPortal();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await http.PostAsync("/crm/v3/objects/contacts/search", "{}")).Status);
        }

        var answer = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal(429, answer.Status);
        Assert.Equal("You have reached your secondly limit.", answer.Str("message"));
        Assert.False(answer.Headers.ContainsKey("X-HubSpot-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Search_DoesNotSpendTheTenSecondWindow()
    {
        var (_, http) = fixture.NewPortal(requestsPerInterval: 1);
        await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal(200, (await http.GetAsync("/crm/v3/objects/contacts")).Status);
    }

    [Fact]
    public async Task Search_EqualsFilterOnEmail_FindsTheContact()
    {
        var (portal, http) = fixture.NewPortal();
        portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "s1@x.io" });
        portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "s2@x.io" });
        var answer = await http.PostAsync("/crm/v3/objects/contacts/search", """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"EQ","value":"S2@x.io"}]}]}""");

        Assert.Equal(1, answer.Json.GetProperty("total").GetInt32());
        Assert.Equal("s2@x.io", answer.Json.GetProperty("results")[0].GetProperty("properties").GetProperty("email").GetString());
    }
}
