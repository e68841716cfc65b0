using OrleansSync.HubSpot.Sandbox;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Tests.Support;

/// <summary>One sandbox per test class; each test takes its own portal so limits and data never leak between tests.</summary>
public class SandboxFixture : IAsyncLifetime
{
    private int _next;

    protected virtual SandboxOptions Options => new();

    public RunningSandbox Sandbox { get; private set; } = null!;

    public async Task InitializeAsync() => Sandbox = await HubSpotSandboxHost.StartAsync(Options, CancellationToken.None);

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();

    /// <summary>A fresh portal (own token, limits, data) and a raw HTTP client authenticated for it.</summary>
    public (SandboxPortal Portal, HubSpotHttp Http) NewPortal(int requestsPerInterval = 100, TimeSpan? interval = null, int dailyLimit = 250_000, List<string>? scopes = null)
    {
        var id = Interlocked.Increment(ref _next);
        var portal = Sandbox.AddPortal(new SandboxPortalOptions
        {
            PortalId = 2_000_000 + id,
            AccessToken = $"pat-na1-test-{id}-{Guid.NewGuid():N}",
            RequestsPerInterval = requestsPerInterval,
            Interval = interval ?? TimeSpan.FromSeconds(10),
            DailyLimit = dailyLimit,
            Scopes = scopes,
        });
        return (portal, new HubSpotHttp(Sandbox.BaseUrl, portal.AccessToken));
    }
}
