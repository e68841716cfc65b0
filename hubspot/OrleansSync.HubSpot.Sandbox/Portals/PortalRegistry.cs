using System.Collections.Concurrent;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox.Portals;

/// <summary>Maps private-app tokens to portals.</summary>
internal sealed class PortalRegistry : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly WebhookSender _webhooks;
    private readonly ConcurrentDictionary<string, SandboxPortal> _byToken = new(StringComparer.Ordinal);
    private readonly SandboxOptions _options;
    private int _seed;

    public PortalRegistry(SandboxOptions options, WebhookSender webhooks)
    {
        _options = options;
        _webhooks = webhooks;
        _seed = options.Seed;
        foreach (var portal in options.EffectivePortals())
        {
            Add(portal);
        }
    }

    public IReadOnlyList<SandboxPortal> All => [.. _byToken.Values.OrderBy(p => p.PortalId)];

    public SandboxPortal Add(SandboxPortalOptions options)
    {
        var portal = new SandboxPortal(options, _options.TimeProvider, Interlocked.Increment(ref _seed), _webhooks, _stopping.Token);
        if (!_byToken.TryAdd(options.AccessToken, portal))
        {
            throw new InvalidOperationException("A portal with that access token already exists.");
        }

        return portal;
    }

    public SandboxPortal? FindByToken(string token) => _byToken.GetValueOrDefault(token);

    public SandboxPortal? FindById(long portalId) => _byToken.Values.FirstOrDefault(p => p.PortalId == portalId);

    /// <summary>Stops the portals' webhook senders.</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
