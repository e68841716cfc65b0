using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox;

/// <summary>A sandbox started in-process by <see cref="HubSpotSandboxHost"/>. Dispose to stop it.</summary>
public sealed class RunningSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PortalRegistry _portals;

    internal RunningSandbox(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        _portals = app.Services.GetRequiredService<PortalRegistry>();
    }

    /// <summary>Where to point the HubSpot client (<c>http://127.0.0.1:{port}/</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The first portal's private-app token.</summary>
    public string AccessToken => DefaultPortal.AccessToken;

    public SandboxPortal DefaultPortal => _portals.All[0];

    public IReadOnlyList<SandboxPortal> Portals => _portals.All;

    public SandboxPortal Portal(string accessToken) =>
        _portals.FindByToken(accessToken) ?? throw new ArgumentException("No portal has that token.", nameof(accessToken));

    /// <summary>Adds a portal at run time, e.g. one per test for isolated limits and data.</summary>
    public SandboxPortal AddPortal(SandboxPortalOptions options) => _portals.Add(options);

    /// <summary>Posts one signed webhook delivery (≤ 100 events, each a JSON object) to <paramref name="target"/>; returns the HTTP status.</summary>
    public Task<int> SendWebhookAsync(Uri target, string clientSecret, IReadOnlyList<JsonElement> events, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events.Count, WebhookSender.MaxEventsPerDelivery);
        var body = "[" + string.Join(",", events.Select(e => JsonSerializer.Serialize(e, SandboxJsonContext.Default.JsonElement))) + "]";
        return _app.Services.GetRequiredService<WebhookSender>().SendAsync(target, clientSecret, body, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
