using Microsoft.Extensions.Logging;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

/// <remarks>
/// Poison isolation. A batch call that fails as a whole (5xx, timeout, open circuit) does not say which record is to
/// blame, nor whether any is: HubSpot may be down. The rule: a failure is blamed on the records of the failing call only
/// when HubSpot answered another call of the same wave, or else a probe read sent right after; when it answered nothing,
/// the portal has an outage — nothing is counted, the drain stops and the portal pauses. A blamed batch is split in
/// halves that are sent again at once, until the failing record stands alone; only a failure of a record alone counts an
/// attempt against it. A counted record is retried alone after a backoff while everything else keeps flowing, and is
/// dead-lettered after <see cref="HubSpotDispatchOptions.MaxRecordAttempts"/>. A 429 is never blamed: the client has
/// already waited out the window, and the rest waits for the next drain.
/// </remarks>
public sealed partial class HubSpotPortalDrain
{
    private async Task SendIsolatedAsync(
        PortalSession session,
        HubSpotClient client,
        string what,
        IReadOnlyList<DrainItem> items,
        int batchSize,
        Func<IReadOnlyList<DrainItem>, CancellationToken, Task> send,
        SemaphoreSlim gate,
        DrainOutcome outcome,
        CancellationToken cancellationToken)
    {
        // Suspects travel alone, so a record HubSpot failed before never takes healthy records down with it again.
        List<IReadOnlyList<DrainItem>> wave =
        [
            .. items.Where(i => !session.Suspects.IsSuspect(i)).Chunk(batchSize),
            .. items.Where(session.Suspects.IsSuspect).Select(i => (IReadOnlyList<DrainItem>)[i]),
        ];
        while (wave.Count > 0 && !outcome.Failed)
        {
            var calls = await Task.WhenAll(wave.Select(batch => TrySendAsync(batch, send, gate, cancellationToken)));
            if (calls.FirstOrDefault(c => c.Error is HubSpotApiException { Error.StatusCode: 429 }).Error is { } limited)
            {
                outcome.RateLimited = true;
                LogRateLimited(logger, what, session.PortalId, limited.Message);
                return;
            }

            var failed = calls.Where(c => c.Error is not null).ToList();
            if (failed.Count == 0)
            {
                return;
            }

            if (failed.Count == calls.Length && !await AnswersAsync(client, cancellationToken))
            {
                outcome.Outage = true;
                LogOutage(logger, failed[0].Error!, what, session.PortalId);
                return;
            }

            wave = [];
            foreach (var (batch, error) in failed)
            {
                if (batch.Count > 1)
                {
                    var half = (batch.Count + 1) / 2;
                    wave.Add(batch.Take(half).ToArray());
                    wave.Add(batch.Skip(half).ToArray());
                    metrics.OnIsolationSplit(what);
                }
                else
                {
                    Blame(session, batch[0], ErrorOf(error!), outcome, what);
                }
            }
        }
    }

    private static async Task<(IReadOnlyList<DrainItem> Batch, Exception? Error)> TrySendAsync(
        IReadOnlyList<DrainItem> batch, Func<IReadOnlyList<DrainItem>, CancellationToken, Task> send, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await send(batch, cancellationToken);
            return (batch, null);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return (batch, error);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Whether HubSpot answers the portal at all: a cheap read, sent when every call of a wave failed, and by a paused
    /// portal before it sends its queue again.
    /// </summary>
    public async Task<bool> AnswersAsync(HubSpotClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken);
            return true;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogProbeFailed(logger, error);
            return false;
        }
    }

    /// <summary>Counts an attempt the record is to blame for; it is tried again alone after a backoff, or dead-lettered at the limit.</summary>
    private void Blame(PortalSession session, DrainItem item, HubSpotError error, DrainOutcome outcome, string what)
    {
        var attempts = session.Suspects.Fail(item, time.GetUtcNow(), _options.RecordRetryDelay, _options.RecordRetryMaxDelay);
        if (attempts >= _options.MaxRecordAttempts)
        {
            DeadLetter(session, item, $"HubSpot failed it {attempts} time(s) while answering other calls; last answer: {Describe(error)}", attempts, error.Category, outcome, what);
            return;
        }

        metrics.OnRecordRetry(what);
        LogRecordRetry(logger, what, item.ObjectKey, session.PortalId, attempts, error.StatusCode);
    }

    private void DeadLetter(PortalSession session, DrainItem item, string reason, int attempts, string category, DrainOutcome outcome, string what)
    {
        outcome.Rejected.Add((item, reason, attempts));
        session.Suspects.Forget(item.ObjectKey);
        session.Attempts.Remove(item.ObjectKey);
        session.DeadLettered.Add(item.ObjectKey);
        metrics.OnDeadLettered(what, 1);
        LogDeadLettered(logger, what, item.ObjectKey, session.PortalId, attempts, category);
    }

    private static HubSpotError ErrorOf(Exception error) =>
        error is HubSpotApiException api ? api.Error : new HubSpotError(0, error.GetType().Name, error.Message);

    private static string Describe(HubSpotError error) => $"{error.StatusCode} {error.Category}: {error.Message}";

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "HubSpot failed {ObjectType} record {ObjectKey} of portal {PortalId} alone (attempt {Attempts}, status {Status}); it is retried alone after a backoff")]
    private static partial void LogRecordRetry(ILogger logger, string objectType, string objectKey, string portalId, int attempts, int status);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "HubSpot answered no call for {What} of portal {PortalId}; nothing is blamed, the portal pauses")]
    private static partial void LogOutage(ILogger logger, Exception error, string what, string portalId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "HubSpot rate-limited {What} of portal {PortalId} ({Message}); the rest waits for the next drain")]
    private static partial void LogRateLimited(ILogger logger, string what, string portalId, string message);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Debug, Message = "HubSpot probe read failed")]
    private static partial void LogProbeFailed(ILogger logger, Exception error);
}
