using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class AdminAuthorizationTests
{
    [Fact]
    public async Task EveryAdminEndpoint_WithoutOrWithWrongToken_Returns401ProblemAndDoesNothing()
    {
        await using var gateway = new GatewayFactory();
        var anonymous = gateway.CreateClient();
        var wrong = gateway.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new("Bearer", TestStores.AdminToken + "x");
        var admin = gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/admin", StringComparison.Ordinal))
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/admin/grid", StringComparison.Ordinal)) // challenges with Basic: GridDashboardTests
            .Where(e => !BrowserPages.Any(p => e.RoutePattern.RawText!.StartsWith(p, StringComparison.Ordinal))) // answer the login form: OrleansSync.Dashboard.Tests
            .SelectMany(e => e.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods), (e, method) => (method, path: Concrete(e.RoutePattern.RawText!)))
            .ToList();
        Assert.True(admin.Count >= 9, $"expected the admin endpoints, found {admin.Count}");

        foreach (var (method, path) in admin)
        {
            foreach (var client in new[] { anonymous, wrong })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" ? new StringContent("""{"email":"a@example.com","requestedBy":"x"}""", System.Text.Encoding.UTF8, "application/json") : null };
                var response = await client.SendAsync(request);
                var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
                Assert.Equal(ProblemTypes.Unauthorized, problem.GetProperty("type").GetString());
                Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            }
        }

        Assert.Empty(gateway.Queue.Appended);
    }

    private static readonly string[] BrowserPages = ["/admin/dashboard", "/admin/login", "/admin/logout"];

    private static string Concrete(string pattern) => pattern.Replace("{id:long}", "1", StringComparison.Ordinal).TrimEnd('/');
}
