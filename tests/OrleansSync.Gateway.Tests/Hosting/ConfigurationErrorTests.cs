using OrleansSync.Gateway.Hosting;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Hosting;

public sealed class ConfigurationErrorTests
{
    private const string Password = "pw-that-must-not-be-echoed";

    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "Gateway__Admin__Token", "0123456789abcdef", "Configuration error: Gateway:Admin:Token must be at least 32 characters: set it to a random secret, e.g. openssl rand -hex 32." },
        { "Gateway__Stores__0__Secret", "", "Configuration error: Gateway:Stores:0 (shop): Secret is required (the platform's webhook signing secret)." },
        { "Grid__PostgresConnectionString", $"Host=db;Pasword={Password};Database=sync", "Configuration error: Grid:PostgresConnectionString is not a valid Npgsql connection string (" },
        { "Orleans__ResponseTimeout", "00:10:00", "Configuration error: Orleans:ResponseTimeout: The field ResponseTimeout must be between" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task Start_WrongSetting_ExitsWithOneReadableLineNoStackTrace(string name, string value, string expected)
    {
        var settings = new Dictionary<string, string>
        {
            ["Gateway__Admin__Token"] = TestStores.AdminToken,
            ["Gateway__Stores__0__Id"] = "shop",
            ["Gateway__Stores__0__Platform"] = "Shopify",
            ["Gateway__Stores__0__Secret"] = "shop-webhook-secret",
            ["Gateway__Stores__0__PortalId"] = "1000001",
            [name] = value,
        };

        var exit = await GatewayProcess.RunUntilExitAsync(settings, TimeSpan.FromSeconds(60));

        Assert.Equal(ConfigurationErrors.ExitCode, exit.Code);
        var line = Assert.Single(exit.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, exit.StandardError + exit.StandardOutput);
        Assert.DoesNotContain("   at ", exit.StandardError + exit.StandardOutput);
    }
}
