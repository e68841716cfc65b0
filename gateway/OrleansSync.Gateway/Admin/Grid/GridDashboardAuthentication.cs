using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Grid;

/// <summary>
/// Authenticates the grid dashboard's requests by the admin token (<see cref="AdminCredentials"/>), before anything of the
/// dashboard runs. An anonymous request is answered 401 with a Basic challenge, so a browser asks for the credentials (user
/// <c>admin</c>, the token as password) and sends them with every later request of the page. That first challenge is how
/// every visit starts, so it is not logged as a refusal.
/// </summary>
internal sealed class GridDashboardAuthentication(
    AdminCredentials credentials,
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    public const string SchemeName = "OrleansSyncAdmin";

    public const string Policy = "OrleansSyncAdmin";

    public const string Challenge = "Basic realm=\"OrleansSync\", charset=\"UTF-8\"";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(credentials.Present(Request)
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], SchemeName)), SchemeName))
            : AuthenticateResult.NoResult());

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = Challenge;
        await TypedResults.Problem(
            "The grid dashboard needs the admin token: user 'admin', password <Gateway:Admin:Token> (or 'Authorization: Bearer <Gateway:Admin:Token>').",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Admin token required",
            type: ProblemTypes.Unauthorized).ExecuteAsync(Context);
    }
}
