using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Stores;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Grains.Connectors;

/// <summary>
/// One store's connector (key: the store id). It reads the store's API resource by resource — a backfill first, then a
/// delta round every <see cref="StoreApiOptions.PollInterval"/> — and hands each page's events to their domain grains
/// exactly as the gateway hands over webhooks (<c>DeliverAsync</c>, which returns once the grain's turn is stored). Only
/// then is the resource's cursor stored, so a crash re-reads at most the page in progress; the grains drop its repeats by
/// delivery key. Pages are read one per turn of a grain timer, back to back; an Orleans reminder wakes the connector again
/// after a silo failure or deactivation.
/// </summary>
[GrainType("store-connector")]
public sealed partial class StoreConnectorGrain(
    [PersistentState("store-connector")] IPersistentState<StoreConnectorState> storage,
    StoreCatalog catalog,
    IEnumerable<IStoreApi> apis,
    IOptions<ConnectorOptions> options,
    ConnectorMetrics metrics,
    TimeProvider time,
    ILogger<StoreConnectorGrain> logger) : Grain, IStoreConnectorGrain, IRemindable
{
    /// <summary>The Orleans reminder that keeps the connector alive across silo failures.</summary>
    public const string WakeReminder = "connector.wake";

    private readonly ConnectorOptions _options = options.Value;
    private readonly Dictionary<string, ResourceRate> _rates = new(StringComparer.Ordinal);
    private StoreOptions? _store;
    private IStoreApi? _api;
    private IGrainTimer? _timer;

    private StoreConnectorState State => storage.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _store = catalog.Find(this.GetPrimaryKeyString());
        _api = _store is null ? null : apis.FirstOrDefault(a => a.Platform == _store.Platform);
        if (State.Started && !State.Paused && _api is not null)
        {
            ScheduleNextRead();
        }

        return Task.CompletedTask;
    }

    public async Task StartAsync()
    {
        var (store, api) = Configured();
        await this.RegisterOrUpdateReminder(WakeReminder, TimeSpan.FromMinutes(1), ReminderPeriod(store));
        if (!State.Started)
        {
            State.Started = true;
            ResetCursors(api, null);
            await storage.WriteStateAsync();
            LogBackfillStarted(logger, store.Id, store.Platform.ToString(), null);
        }

        if (!State.Paused && _timer is null)
        {
            ScheduleNextRead();
        }
    }

    public async Task BackfillAsync(DateTimeOffset? from)
    {
        var (store, api) = Configured();
        await this.RegisterOrUpdateReminder(WakeReminder, TimeSpan.FromMinutes(1), ReminderPeriod(store));
        State.Started = true;
        State.Paused = false;
        ResetCursors(api, from);
        _rates.Clear();
        await storage.WriteStateAsync();
        LogBackfillStarted(logger, store.Id, store.Platform.ToString(), from);
        Schedule(TimeSpan.Zero);
    }

    public async Task PauseAsync()
    {
        Configured();
        State.Paused = true;
        await storage.WriteStateAsync();
        DisposeTimer();
    }

    public async Task ResumeAsync()
    {
        Configured();
        State.Paused = false;
        State.RetryAt = null;
        await storage.WriteStateAsync();
        Schedule(TimeSpan.Zero);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == WakeReminder && State.Started && !State.Paused && _api is not null && _timer is null)
        {
            ScheduleNextRead();
        }

        return Task.CompletedTask;
    }

    public Task<ConnectorProgress> GetProgressAsync()
    {
        var storeId = this.GetPrimaryKeyString();
        var overall = StateOf(backfilled: State.Resources.Values.All(r => r.Backfilled));
        var resources = State.Resources.Select(r =>
        {
            var rate = _rates.TryGetValue(r.Key, out var measured) ? measured.PerSecond(time) : 0;
            TimeSpan? eta = !r.Value.Backfilled && r.Value.Total is { } total && rate > 0
                ? TimeSpan.FromSeconds(Math.Max(0, total - r.Value.Done) / rate)
                : r.Value.Backfilled ? TimeSpan.Zero : null;
            var cursor = $"modifiedAfter={r.Value.ModifiedAfter?.ToString("O") ?? "start"};position={r.Value.Position ?? "first"}";
            return new ResourceProgress(r.Key, StateOf(r.Value.Backfilled), r.Value.Done, r.Value.Total, Math.Round(rate, 1), eta, cursor);
        }).ToList();
        var next = State.FailedAttempts > 0 ? State.RetryAt : State.NextPollAt;
        return Task.FromResult(new ConnectorProgress(
            storeId, _store?.Platform ?? default, overall, resources, State.LastError, next, State.RejectedCount, RuntimeIdentity));
    }

    private ConnectorState StateOf(bool backfilled) =>
        State.Paused ? ConnectorState.Paused
        : State.FailedAttempts > 0 ? ConnectorState.Failing
        : backfilled ? ConnectorState.Polling
        : ConnectorState.Backfilling;

    private (StoreOptions Store, IStoreApi Api) Configured()
    {
        var id = this.GetPrimaryKeyString();
        if (_store?.Api?.BaseUrl is null)
        {
            throw new InvalidOperationException($"Store '{id}' is not configured with an Api (Gateway:Stores:N:Api:BaseUrl).");
        }

        return (_store, _api ?? throw new InvalidOperationException($"No store API is registered for {_store.Platform} (store '{id}')."));
    }

    private void ResetCursors(IStoreApi api, DateTimeOffset? from)
    {
        State.Resources = api.Resources.ToDictionary(r => r.ToString(), _ => new ResourceCursor { ModifiedAfter = from }, StringComparer.Ordinal);
        State.NextPollAt = null;
        State.FailedAttempts = 0;
        State.LastError = null;
        State.RetryAt = null;
    }

    // Orleans reminders are coarse (minimum period 10 s here, about a minute in practice): the timer does the polling.
    private static TimeSpan ReminderPeriod(StoreOptions store) =>
        store.Api!.PollInterval > TimeSpan.FromMinutes(1) ? store.Api.PollInterval : TimeSpan.FromMinutes(1);
}
