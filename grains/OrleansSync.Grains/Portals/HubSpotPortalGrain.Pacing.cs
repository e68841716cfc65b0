using OrleansSync.Grains.Dispatch;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Portals;

/// <summary>When the portal sends: full batches at once, a partial one after the coalescing delay, nothing while HubSpot is down.</summary>
public sealed partial class HubSpotPortalGrain
{
    private void NoteWaiting()
    {
        if (_queue.Count > 0)
        {
            _waitingSince ??= time.GetUtcNow();
        }
    }

    /// <summary>A full batch is sent at once; a partial one waits until its oldest record is <see cref="HubSpotDispatchOptions.CoalesceDelay"/> old.</summary>
    private bool ReadyToSend(DateTimeOffset now) =>
        _queue.Count >= HubSpotClient.BatchSize || _waitingSince is not { } since || now - since >= options.Value.CoalesceDelay;

    private void PauseIfOutage(DrainOutcome outcome, DateTimeOffset now)
    {
        if (!outcome.Outage)
        {
            _outages = 0;
            return;
        }

        PauseForOutage(now);
    }

    /// <summary>HubSpot answered none of the portal's calls: pause, doubling per outage in a row up to the configured maximum.</summary>
    private void PauseForOutage(DateTimeOffset now)
    {
        _outages++;
        var pause = options.Value.PollInterval * Math.Pow(2, Math.Min(_outages - 1, 30));
        _resumeAt = now + (pause < options.Value.OutageRetryMaxDelay ? pause : options.Value.OutageRetryMaxDelay);
    }
}
