using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Gateway;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Silo.Startup;
using OrleansSync.Testing;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>
/// The main job as <c>silo/OrleansSync.Silo</c> runs it — an Orleans silo co-hosting the gateway, on a fresh PostgreSQL
/// database, writing to its in-process HubSpot sandbox over HTTP — on real Kestrel ports, plus a headless browser.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    public const string PortalId = HubSpotConnectionExtensions.SandboxPortalId;

    public static readonly string[] StoreIds = ["shop-a", "shop-b"];

    private TestDatabase? _database;
    private WebApplication? _app;
    private Browser? _browser;

    /// <summary>The admin token, random per host.</summary>
    public string AdminToken { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public string BaseUrl { get; private set; } = "";

    public RunningSandbox Sandbox => _app!.Services.GetRequiredService<RunningSandbox>();

    public IDeadLetterStore DeadLetters => _app!.Services.GetRequiredService<IDeadLetterStore>();

    public Browser Browser => _browser!;

    /// <summary>The admin API with the bearer token.</summary>
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>No credentials at all.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public SandboxCrm Crm { get; private set; } = null!;

    public static string SecretOf(string storeId) => $"{storeId}-webhook-secret";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("dashboard");
        var port = FreePorts.Next();
        BaseUrl = $"http://127.0.0.1:{port}";
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = BaseUrl,
            ["Grid:PostgresConnectionString"] = _database.ConnectionString,
            ["Silo:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo:AdvertisedAddress"] = "127.0.0.1",
            ["HubSpot:Sandbox:Port"] = "0",
            ["HubSpotDispatch:PollInterval"] = "00:00:00.050",
            ["Gateway:Admin:Token"] = AdminToken,
            ["Gateway:Dashboard:SampleInterval"] = "00:00:00.500",
            ["Logging:LogLevel:Default"] = "Error",
        };
        for (var i = 0; i < StoreIds.Length; i++)
        {
            settings[$"Gateway:Stores:{i}:Id"] = StoreIds[i];
            settings[$"Gateway:Stores:{i}:Platform"] = "Shopify";
            settings[$"Gateway:Stores:{i}:Secret"] = SecretOf(StoreIds[i]);
            settings[$"Gateway:Stores:{i}:PortalId"] = PortalId;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOrleansSyncSilo();
        builder.AddHubSpotConnection();
        builder.Services.AddGateway(builder.Configuration);
        _app = builder.Build();
        _app.MapSiloHealth();
        _app.MapGateway();
        await _app.StartAsync();

        Admin = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        Anonymous = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Crm = new SandboxCrm(Sandbox.BaseUrl, Sandbox.AccessToken, PortalId);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Admin?.Dispose();
        Anonymous?.Dispose();
        Crm?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
