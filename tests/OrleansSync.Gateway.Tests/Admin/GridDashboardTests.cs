using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class GridDashboardTests
{
    [Theory]
    [InlineData("/admin/grid/")]
    [InlineData("/admin/grid/index.min.js")]
    [InlineData("/admin/grid/ClusterStats")]
    public async Task Get_Anonymous_Returns401WithABasicChallengeSoTheBrowserAsks(string path)
    {
        await using var gateway = new GatewayFactory();

        var response = await gateway.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal(("Basic", "realm=\"OrleansSync\", charset=\"UTF-8\""), (challenge.Scheme, challenge.Parameter));
    }

    [Theory]
    [InlineData("Bearer", TestStores.AdminToken + "x")]
    [InlineData("Basic", "admin:wrong-password")]
    [InlineData("Basic", "not base64!")]
    public async Task Get_WrongCredentials_Returns401(string scheme, string credentials)
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new(scheme, scheme == "Basic" && !credentials.Contains('!', StringComparison.Ordinal) ? Base64(credentials) : credentials);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin/grid/")).StatusCode);
    }

    [Fact]
    public async Task Get_BearerToken_ServesTheDashboard()
    {
        await using var gateway = new GatewayFactory();

        var response = await gateway.CreateAdminClient().GetAsync("/admin/grid/");

        await AssertDashboardPageAsync(response);
    }

    [Fact]
    public async Task Get_BasicWithTheTokenAsPassword_ServesTheDashboardAndItsApi()
    {
        await using var gateway = new GatewayFactory();
        var browser = gateway.CreateClient();
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Base64($"admin:{TestStores.AdminToken}"));

        await AssertDashboardPageAsync(await browser.GetAsync("/admin/grid/"));
        var version = await browser.GetJsonAsync("/admin/grid/version");
        Assert.False(string.IsNullOrEmpty(version.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Get_AdminApiWithBasicToken_IsAcceptedToo()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Base64($"admin:{TestStores.AdminToken}"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/status")).StatusCode);
    }

    private static async Task AssertDashboardPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("index.min.js", html, StringComparison.Ordinal);
    }

    private static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
