using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Admin;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Dashboard;

public static class DashboardEndpoints
{
    /// <summary>Where the operations dashboard is served. Under <c>/admin</c>, so its session cookie reaches the admin JSON it reads.</summary>
    public const string Path = "/admin/dashboard";

    /// <summary>
    /// The operations dashboard: <c>/dashboard</c> redirects to <see cref="Path"/>, which answers the page to an admin (session
    /// cookie, Bearer or Basic) and 401 with the login form to anyone else; <c>POST /admin/login</c> checks the token and sets
    /// the session cookie, <c>POST /admin/logout</c> clears it.
    /// </summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", () => Results.Redirect(Path)).ExcludeFromDescription();
        endpoints.MapGet(Path, (HttpContext http, AdminCredentials credentials) =>
                credentials.Present(http.Request) ? Asset("index.html") : Login(StatusCodes.Status401Unauthorized, null))
            .ExcludeFromDescription();
        endpoints.MapGet(Path + "/{asset}", (HttpContext http, AdminCredentials credentials, string asset) =>
                !DashboardAssets.Exists(asset) || asset.EndsWith(".html", StringComparison.Ordinal) ? Results.NotFound()
                : credentials.Present(http.Request) ? Asset(asset) : Results.Unauthorized())
            .ExcludeFromDescription();
        endpoints.MapPost("/admin/login", LoginAsync).ExcludeFromDescription();
        endpoints.MapPost("/admin/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(DashboardSession.CookieName, new CookieOptions { Path = "/admin" });
            return Results.Redirect(Path, permanent: false, preserveMethod: false);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(HttpContext http, AdminCredentials credentials, IOptions<AdminOptions> options, TimeProvider time)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        var token = form?["token"].ToString() ?? "";
        var ok = token.Length > 0 && credentials.IsToken(token);
        if (http.RequestServices.GetService<IAdminAuditLog>() is { } audit)
        {
            await audit.RecordAsync(time.GetUtcNow(), $"dashboard login from {http.Connection.RemoteIpAddress}", "dashboard.login", null,
                ok ? "200 signed in" : "401 wrong token", http.RequestAborted);
        }

        if (!ok)
        {
            return Login(StatusCodes.Status401Unauthorized, "That is not the admin token.");
        }

        http.Response.Cookies.Append(DashboardSession.CookieName, DashboardSession.ValueFor(options.Value.Token), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/admin",
        });
        return Results.Redirect(Path, permanent: false, preserveMethod: false);
    }

    private static IResult Asset(string name) => Results.Text(DashboardAssets.Text(name), DashboardAssets.ContentType(name));

    private static IResult Login(int status, string? message) =>
        Results.Text(
            DashboardAssets.Text("login.html").Replace("{{message}}", message is null ? "" : WebUtility.HtmlEncode(message), StringComparison.Ordinal),
            DashboardAssets.ContentType("login.html"),
            statusCode: status);
}
