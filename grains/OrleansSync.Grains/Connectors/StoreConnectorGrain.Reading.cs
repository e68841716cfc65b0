using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Grains.Connectors;

public sealed partial class StoreConnectorGrain
{
    private const int RejectedKept = 50;

    /// <summary>Schedules the next read: now, at the next poll, or at the next retry.</summary>
    private void ScheduleNextRead()
    {
        var now = time.GetUtcNow();
        var due = State.FailedAttempts > 0 ? State.RetryAt : State.NextPollAt;
        Schedule(due is { } at && at > now ? at - now : TimeSpan.Zero);
    }

    private void Schedule(TimeSpan delay)
    {
        DisposeTimer();
        _timer = this.RegisterGrainTimer(ReadNextPageAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private void DisposeTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>One page of the first resource not caught up in this round; then the next read is scheduled.</summary>
    private async Task ReadNextPageAsync(CancellationToken cancellationToken)
    {
        if (State.Paused || _store is null || _api is null)
        {
            DisposeTimer();
            return;
        }

        var now = time.GetUtcNow();
        if (State.Resources.Values.All(r => r.CaughtUp))
        {
            if (State.NextPollAt is null)
            {
                State.NextPollAt = now + _store.Api!.PollInterval;
                await storage.WriteStateAsync(cancellationToken);
            }

            if (State.NextPollAt > now)
            {
                Schedule(State.NextPollAt.Value - now);
                return;
            }

            // A new delta round: every resource from its watermark.
            foreach (var cursor in State.Resources.Values)
            {
                cursor.CaughtUp = false;
            }

            State.NextPollAt = null;
        }

        var (name, resource) = State.Resources.First(r => !r.Value.CaughtUp);
        var kind = Enum.Parse<StoreResource>(name);
        StorePage page;
        try
        {
            page = await _api.ReadPageAsync(_store, kind, new StoreCursor(resource.ModifiedAfter, resource.Position), cancellationToken);
            await HandOverAsync(page.Events, name, page.Rejected);
        }
        catch (StoreApiException error) when (error.StatusCode == 429)
        {
            // Throttled is not failing: wait as long as the store asked and read the same page again.
            Schedule(error.RetryAfter ?? _options.RetryBaseDelay);
            return;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailAsync(error, cancellationToken);
            return;
        }

        var firstPageOfPass = resource.Position is null;
        resource.ModifiedAfter = page.Next.ModifiedAfter;
        resource.Position = page.Next.Position;
        resource.Done += page.Records;
        if (!resource.Backfilled && page.Total is { } total && (firstPageOfPass || resource.Total is null))
        {
            resource.Total = total;
        }

        if (page.IsLast)
        {
            resource.CaughtUp = true;
            if (!resource.Backfilled)
            {
                resource.Backfilled = true;
                LogBackfilled(logger, _store.Id, name, resource.Done);
            }
        }

        State.FailedAttempts = 0;
        State.LastError = null;
        State.RetryAt = null;
        await storage.WriteStateAsync(cancellationToken);

        metrics.OnPageHandedOver(_store.Platform.ToString(), name, page.Records);
        if (!_rates.TryGetValue(name, out var rate))
        {
            _rates[name] = rate = new ResourceRate(time.GetTimestamp());
        }

        rate.Records += page.Records;
        Schedule(TimeSpan.Zero);
    }

    /// <summary>
    /// Hands the page's events to their grains as the gateway hands over webhooks: grouped per grain in page order, each
    /// under a key made of the record's delivery key, so a page read twice is applied once. Throws if any grain did not
    /// store them; the cursor then stays and the page is read again.
    /// </summary>
    private async Task HandOverAsync(IReadOnlyList<ICanonicalEvent> events, string resource, IReadOnlyList<RejectedStoreRecord> rejected)
    {
        var now = time.GetUtcNow();
        var unroutable = new List<RejectedRecord>();
        var byGrain = new Dictionary<GrainIdentity, List<GrainEnvelope>>();
        foreach (var e in events)
        {
            if (!GrainRouting.TryRoute(e, out var target, out var reason))
            {
                unroutable.Add(new RejectedRecord(resource, e.Source.SourceId, reason, now));
                continue;
            }

            var type = MessageTypes.NameOf(e.GetType());
            if (!byGrain.TryGetValue(target, out var envelopes))
            {
                byGrain[target] = envelopes = [];
            }

            envelopes.Add(new GrainEnvelope($"{e.Source.DeliveryId}|{type}|{e.Source.SourceId}", e));
        }

        await Parallel.ForEachAsync(
            byGrain,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentGrains, TaskScheduler = TaskScheduler.Current },
            async (grain, _) => await GrainFactory.Get(grain.Key).DeliverAsync(grain.Key, grain.Value));

        var kept = rejected.Select(r => new RejectedRecord(resource, r.RecordId, r.Reason, now)).Concat(unroutable).ToList();
        if (kept.Count > 0)
        {
            State.RejectedCount += kept.Count;
            State.Rejected.AddRange(kept);
            if (State.Rejected.Count > RejectedKept)
            {
                State.Rejected.RemoveRange(0, State.Rejected.Count - RejectedKept);
            }

            LogRejected(logger, _store!.Id, resource, kept.Count);
        }
    }

    private async Task FailAsync(Exception error, CancellationToken cancellationToken)
    {
        State.FailedAttempts++;
        var auth = error is StoreApiException { IsAuthFailure: true };
        var delay = Backoff(State.FailedAttempts, (error as StoreApiException)?.RetryAfter);
        State.LastError = error is StoreApiException ? error.Message : $"Handing the page to the grains failed: {error.GetType().Name}: {error.Message}";
        State.RetryAt = time.GetUtcNow() + delay;
        metrics.OnReadFailed(_store!.Platform.ToString(), auth);
        LogReadFailed(logger, error, _store.Id, State.FailedAttempts, delay);
        try
        {
            await storage.WriteStateAsync(cancellationToken);
        }
        catch (Exception writeError) when (writeError is not OperationCanceledException)
        {
            // The error shows in this activation's progress anyway; the cursor is untouched.
            LogReadFailed(logger, writeError, _store.Id, State.FailedAttempts, delay);
        }

        Schedule(delay);
    }

    /// <summary>Exponential, capped, with jitter (half to full), and never shorter than the store asked.</summary>
    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var exponential = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
