using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OrleansSync.Stores.Simulators.CommerceTools;

/// <summary>
/// A commercetools project on loopback: <c>POST /oauth/token</c> (client credentials, Basic auth, scope
/// <c>manage_project:{key}</c>) and <c>/{key}/orders|customers|products|carts|messages</c> with the keyset predicates
/// the connector sends (<c>where</c> on time and id), <c>sort</c>, <c>limit</c> ≤ 500 and <c>withTotal</c>, answering
/// <c>{limit, offset, count, total, results}</c>; 401 for an unknown or revoked token, 429 with <c>Retry-After</c>.
/// </summary>
public sealed partial class CommerceToolsSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private int _tokenRequests;

    private CommerceToolsSimulator(WebApplication app, Uri baseUrl, CommerceToolsProjectData data, string projectKey, string clientId, string clientSecret)
    {
        _app = app;
        BaseUrl = baseUrl;
        Data = data;
        ProjectKey = projectKey;
        ClientId = clientId;
        ClientSecret = clientSecret;
        CustomerUpdates = new CommerceToolsCustomerUpdates(data);
    }

    public Uri BaseUrl { get; }

    public Uri TokenUrl => new(BaseUrl, "oauth/token");

    public CommerceToolsProjectData Data { get; }

    public string ProjectKey { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public SimulatorFaults Faults { get; } = new();

    /// <summary>The customer update endpoint: its writes taken and refused, and a knob for concurrent modifications.</summary>
    public CommerceToolsCustomerUpdates CustomerUpdates { get; }

    public int TokenRequests => _tokenRequests;

    /// <summary>Invalidates every token issued so far, as an expiry or a revoked API client would.</summary>
    public void RevokeTokens() => _tokens.Clear();

    public static async Task<CommerceToolsSimulator> StartAsync(
        string projectKey = "acme", string clientId = "ct-client", string clientSecret = "ct-secret", TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var data = new CommerceToolsProjectData(time ?? TimeProvider.System);
        CommerceToolsSimulator? simulator = null;
        var (app, baseUrl) = await SimulatorHost.StartAsync(app => Map(app, () => simulator!), cancellationToken);
        simulator = new CommerceToolsSimulator(app, baseUrl, data, projectKey, clientId, clientSecret);
        return simulator;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static void Map(WebApplication app, Func<CommerceToolsSimulator> self)
    {
        app.Use(async (context, next) =>
        {
            var simulator = self();
            if (simulator.Faults.Outage)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (simulator.Faults.TakeFailing())
            {
                context.Response.StatusCode = simulator.Faults.FailureStatus;
                return;
            }

            if (simulator.Faults.TakeRateLimited())
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(simulator.Faults.RateLimitReset.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            }

            if (!context.Request.Path.StartsWithSegments("/oauth/token")
                && (context.Request.Headers.Authorization.ToString() is not { } bearer || !bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !simulator._tokens.ContainsKey(bearer[7..])))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("""{"statusCode":401,"message":"invalid_token","errors":[{"code":"invalid_token"}]}""");
                return;
            }

            await next(context);
        });

        app.MapPost("/oauth/token", async (HttpRequest request) =>
        {
            var simulator = self();
            Interlocked.Increment(ref simulator._tokenRequests);
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{simulator.ClientId}:{simulator.ClientSecret}"));
            var form = await request.ReadFormAsync();
            if (request.Headers.Authorization != expected)
            {
                return SimulatorResults.Json(new JsonObject { ["statusCode"] = 401, ["error"] = "invalid_client" }, StatusCodes.Status401Unauthorized);
            }

            if (form["grant_type"] != "client_credentials" || form["scope"] != $"manage_project:{simulator.ProjectKey}")
            {
                return SimulatorResults.Json(new JsonObject { ["statusCode"] = 400, ["error"] = "invalid_scope" }, StatusCodes.Status400BadRequest);
            }

            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            simulator._tokens[token] = true;
            return SimulatorResults.Json(new JsonObject
            {
                ["access_token"] = token, ["expires_in"] = 172800, ["scope"] = $"manage_project:{simulator.ProjectKey}", ["token_type"] = "Bearer",
            });
        });

        app.MapGet("/{projectKey}/{resources}", (string projectKey, string resources, HttpRequest request) =>
            Records(self(), projectKey, resources) is { } records ? Query(records, resources == "messages" ? "createdAt" : "lastModifiedAt", request) : Results.NotFound());
        app.MapPost("/{projectKey}/customers/{id}", (string projectKey, string id, HttpRequest request) =>
            projectKey == self().ProjectKey ? self().CustomerUpdates.UpdateAsync(id, request) : Task.FromResult(Results.NotFound()));
        app.MapGet("/{projectKey}/{resources}/{id}", (string projectKey, string resources, string id) =>
            Records(self(), projectKey, resources)?.FirstOrDefault(r => r["id"]!.GetValue<string>() == id) is { } found ? SimulatorResults.Json(found) : Results.NotFound());
    }

    private static IEnumerable<JsonObject>? Records(CommerceToolsSimulator simulator, string projectKey, string resources) =>
        projectKey != simulator.ProjectKey
            ? null
            : resources switch
            {
                "orders" => simulator.Data.Orders.Values,
                "customers" => simulator.Data.Customers.Values,
                "products" => simulator.Data.Products.Values,
                "carts" => simulator.Data.Carts.Values,
                "messages" => simulator.Data.Messages,
                _ => null,
            };

    private static IResult Query(IEnumerable<JsonObject> records, string timeField, HttpRequest request)
    {
        var matching = records.ToList().AsEnumerable();
        if (request.Query["where"].FirstOrDefault() is { Length: > 0 } where)
        {
            var keyset = Keyset().Match(where);
            var from = FromTime().Match(where);
            if (!keyset.Success && !from.Success)
            {
                return SimulatorResults.Json(new JsonObject { ["statusCode"] = 400, ["message"] = $"Malformed parameter: where: {where}" }, StatusCodes.Status400BadRequest);
            }

            matching = keyset.Success
                ? matching.Where(r => string.CompareOrdinal(Field(r, timeField), keyset.Groups[2].Value) > 0
                    || (Field(r, timeField) == keyset.Groups[2].Value && string.CompareOrdinal(Field(r, "id"), keyset.Groups[4].Value) > 0))
                : matching.Where(r => string.CompareOrdinal(Field(r, timeField), from.Groups[2].Value) >= 0);
        }

        var ordered = matching.OrderBy(r => Field(r, timeField), StringComparer.Ordinal).ThenBy(r => Field(r, "id"), StringComparer.Ordinal).ToList();
        var limit = int.TryParse(request.Query["limit"], out var l) && l > 0 ? Math.Min(l, 500) : 20;
        var results = ordered.Take(limit).Select(r => r.DeepClone()).ToArray();
        var page = new JsonObject { ["limit"] = limit, ["offset"] = 0, ["count"] = results.Length, ["results"] = new JsonArray(results) };
        if (request.Query["withTotal"] != "false")
        {
            page["total"] = ordered.Count;
        }

        return SimulatorResults.Json(page);
    }

    private static string Field(JsonObject record, string name) => record[name]?.GetValue<string>() ?? "";

    [GeneratedRegex("""^(\w+) > "([^"]+)" or \(\1 = "([^"]+)" and id > "([^"]+)"\)$""", RegexOptions.CultureInvariant)]
    private static partial Regex Keyset();

    [GeneratedRegex("""^(\w+) >= "([^"]+)"$""", RegexOptions.CultureInvariant)]
    private static partial Regex FromTime();
}
