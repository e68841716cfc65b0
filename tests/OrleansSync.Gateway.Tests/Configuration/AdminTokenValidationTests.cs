using System.Net;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Configuration;

public sealed class AdminTokenValidationTests
{
    // Any well-formed connection string: validation fails before anything connects.
    private const string SomeDatabase = "Host=db.invalid;Username=sync;Password=pw;Database=sync";

    [Theory]
    [InlineData("change-me-to-a-random-32-plus-character-token")] // the default the old docker-compose.yml shipped
    [InlineData("CHANGEME-CHANGEME-CHANGEME-CHANGEME-1234")]
    [InlineData("<openssl rand -hex 32 goes here, please do>")]
    [InlineData("replace-me-with-a-real-admin-token-0123456789")]
    [InlineData("your-token-your-token-your-token-your-token")]
    public void Start_PlaceholderAdminToken_RefusesToStart(string placeholder)
    {
        var error = StartWith(placeholder);

        Assert.Contains("Gateway:Admin:Token is a placeholder", error.Message);
        Assert.DoesNotContain(placeholder, error.Message);
    }

    [Fact]
    public void Start_ShortAdminToken_SaysHowLongItMustBe()
    {
        var error = StartWith("0123456789abcdef");

        Assert.Contains("Gateway:Admin:Token must be at least 32 characters", error.Message);
    }

    [Fact]
    public void Start_AdminTokenOfFewDistinctCharacters_RefusesToStart()
    {
        var error = StartWith(new string('a', 40));

        Assert.Contains("Gateway:Admin:Token has too few distinct characters", error.Message);
    }

    [Fact]
    public void Start_DemoTokenWithADatabase_RefusesToStart()
    {
        var error = StartWith(AdminOptions.DemoToken, database: SomeDatabase);

        Assert.Contains("Gateway:Admin:Token is the public demo token", error.Message);
    }

    [Fact]
    public async Task Start_DemoTokenWithoutDatabase_IsDemoModeAndAccepted()
    {
        await using var gateway = new GatewayFactory(configure: s => s["Gateway:Admin:Token"] = AdminOptions.DemoToken);
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminOptions.DemoToken);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/status")).StatusCode);
    }

    private static OptionsValidationException StartWith(string token, string? database = null)
    {
        using var gateway = new GatewayFactory(configure: s =>
        {
            s["Gateway:Admin:Token"] = token;
            if (database is not null)
            {
                s["Grid:PostgresConnectionString"] = database;
            }
        });

        return Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());
    }
}
