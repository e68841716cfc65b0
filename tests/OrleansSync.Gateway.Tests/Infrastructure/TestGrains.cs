using System.Collections.Concurrent;
using System.Net;
using Orleans.Runtime;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Portals;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>
/// The grid as the gateway sees it through <see cref="IGrainFactory"/>: message grains that record what they applied
/// (dropping envelope ids they already applied, as the real grains do) and can be made to fail, portal grains with a
/// settable status, and a management grain listing one silo.
/// </summary>
public sealed class TestGrains : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainIdentity, HashSet<string>> _appliedIds = new();
    private readonly ConcurrentQueue<(GrainIdentity Target, GrainEnvelope Envelope)> _applied = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private int _calls;
    private int _repeats;
    private int _overlaps;

    /// <summary>Decides per call whether the grain fails (returns the exception) or applies the envelopes (null).</summary>
    public Func<GrainIdentity, Exception?> Fault { get; set; } = _ => null;

    /// <summary>Every call made, failed ones included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Envelopes a grain received again after applying them (dropped by the grain).</summary>
    public int Repeats => Volatile.Read(ref _repeats);

    public IReadOnlyList<(GrainIdentity Target, GrainEnvelope Envelope)> Applied => [.. _applied];

    /// <summary>How long each grain call takes (default none); lets overlapping hand-overs of one envelope show.</summary>
    public TimeSpan CallDelay { get; set; }

    /// <summary>Envelopes handed to a grain while a call carrying the same envelope id was still running.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    /// <summary>Status per portal id; a portal without one fails its calls like an unreachable grain.</summary>
    public ConcurrentDictionary<string, PortalStatus> Portals { get; } = new();

    public ConcurrentQueue<(string PortalId, long DeadLetterId)> PortalReplays { get; } = new();

    /// <summary>Store connectors' progress by store id; a command changes it as the real grain would.</summary>
    public ConcurrentDictionary<string, ConnectorProgress> Connectors { get; } = new();

    /// <summary>Commands the connectors received ("store:pause", "store:backfill:{from}").</summary>
    public ConcurrentQueue<string> ConnectorCommands { get; } = new();

    /// <summary>The silos the management grain lists; throws when set to null (no silo reachable).</summary>
    public MembershipEntry[]? Silos { get; set; } =
    [
        new MembershipEntry
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 1),
            Status = SiloStatus.Active,
            SiloName = "silo-1",
            HostName = "test-host",
            StartTime = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc),
            IAmAliveTime = new DateTime(2026, 1, 1, 8, 59, 0, DateTimeKind.Utc),
        },
    ];

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable =>
        typeof(TGrainInterface) == typeof(IMessageGrain) ? (TGrainInterface)(object)new MessageGrain(this) : throw Unsupported<TGrainInterface>();

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        typeof(TGrainInterface) == typeof(IManagementGrain) ? (TGrainInterface)(object)ManagementGrain() : throw Unsupported<TGrainInterface>();

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey =>
        typeof(TGrainInterface) == typeof(IHubSpotPortalGrain) ? (TGrainInterface)(object)new PortalGrain(this, primaryKey)
        : typeof(TGrainInterface) == typeof(IStoreConnectorGrain) ? (TGrainInterface)(object)new ConnectorGrain(this, primaryKey)
        : throw Unsupported<TGrainInterface>();

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => throw Unsupported<TGrainInterface>();

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => throw Unsupported<TGrainInterface>();

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => throw Unsupported<TGrainInterface>();

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw Unsupported<TGrainObserverInterface>();

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw Unsupported<TGrainObserverInterface>();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId) => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => throw new NotSupportedException();

    /// <summary>Envelopes applied by one grain, in the order it applied them.</summary>
    public IReadOnlyList<GrainEnvelope> AppliedBy(GrainIdentity target) => [.. _applied.Where(a => a.Target == target).Select(a => a.Envelope)];

    private static NotSupportedException Unsupported<T>() => new($"The test grains do not fake {typeof(T).Name}.");

    private IManagementGrain ManagementGrain() => GrainProxy.Create<IManagementGrain>((method, _) => method.Name switch
    {
        "GetDetailedHosts" => Silos is { } silos ? Task.FromResult(silos) : Task.FromException<MembershipEntry[]>(NoSilo()),
        "GetHosts" => Silos is { } silos ? Task.FromResult(silos.ToDictionary(s => s.SiloAddress, s => s.Status)) : Task.FromException<Dictionary<SiloAddress, SiloStatus>>(NoSilo()),
        _ => throw new NotSupportedException($"IManagementGrain.{method.Name} is not faked."),
    });

    private static SiloUnavailableException NoSilo() => new("No silo is reachable (test).");

    private sealed class MessageGrain(TestGrains grains) : IMessageGrain
    {
        public async Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
        {
            Interlocked.Increment(ref grains._calls);
            foreach (var envelope in envelopes)
            {
                if (grains._inFlight.AddOrUpdate(envelope.Id, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref grains._overlaps);
                }
            }

            try
            {
                if (grains.CallDelay > TimeSpan.Zero)
                {
                    await Task.Delay(grains.CallDelay);
                }

                if (grains.Fault(target) is { } fault)
                {
                    throw fault;
                }

                Apply(target, envelopes);
            }
            finally
            {
                foreach (var envelope in envelopes)
                {
                    grains._inFlight.AddOrUpdate(envelope.Id, 0, (_, n) => n - 1);
                }
            }
        }

        private void Apply(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
        {
            var seen = grains._appliedIds.GetOrAdd(target, _ => []);
            lock (seen)
            {
                foreach (var envelope in envelopes)
                {
                    if (seen.Add(envelope.Id))
                    {
                        grains._applied.Enqueue((target, envelope));
                    }
                    else
                    {
                        Interlocked.Increment(ref grains._repeats);
                    }
                }
            }
        }
    }

    private sealed class PortalGrain(TestGrains grains, string portalId) : IHubSpotPortalGrain
    {
        public Task<PortalStatus> GetStatusAsync() =>
            grains.Portals.TryGetValue(portalId, out var status)
                ? Task.FromResult(status)
                : Task.FromException<PortalStatus>(new SiloUnavailableException($"Portal {portalId} unreachable (test)."));

        public Task<bool> ReplayDeadLetterAsync(long deadLetterId)
        {
            grains.PortalReplays.Enqueue((portalId, deadLetterId));
            return Task.FromResult(true);
        }

        public async Task<PortalOperations> GetOperationsAsync()
        {
            var status = await GetStatusAsync();
            return new PortalOperations(portalId, status.ActiveSince, 0, status.Sent, status.DeadLettered, status.Sent, status.DeadLettered, []);
        }
    }

    private sealed class ConnectorGrain(TestGrains grains, string storeId) : IStoreConnectorGrain
    {
        public Task StartAsync() => Command("start", p => p);

        public Task<ConnectorProgress> GetProgressAsync() =>
            grains.Connectors.TryGetValue(storeId, out var progress)
                ? Task.FromResult(progress)
                : Task.FromException<ConnectorProgress>(new SiloUnavailableException($"Connector {storeId} unreachable (test)."));

        public Task BackfillAsync(DateTimeOffset? from) =>
            Command($"backfill:{from?.ToString("O") ?? "start"}", p => p with { State = ConnectorState.Backfilling, Resources = [.. p.Resources.Select(r => r with { Done = 0, State = ConnectorState.Backfilling })] });

        public Task PauseAsync() => Command("pause", p => p with { State = ConnectorState.Paused });

        public Task ResumeAsync() => Command("resume", p => p with { State = ConnectorState.Backfilling });

        private Task Command(string name, Func<ConnectorProgress, ConnectorProgress> change)
        {
            grains.ConnectorCommands.Enqueue($"{storeId}:{name}");
            grains.Connectors.AddOrUpdate(storeId, _ => throw new SiloUnavailableException("no connector (test)"), (_, p) => change(p));
            return Task.CompletedTask;
        }
    }
}
