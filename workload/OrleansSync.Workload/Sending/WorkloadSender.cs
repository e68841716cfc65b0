using System.Collections.Concurrent;
using System.Net;
using OrleansSync.Workload.Deliveries;

namespace OrleansSync.Workload.Sending;

/// <summary>
/// Posts deliveries to a gateway in stream order, a bounded number at once, and retries what did not arrive (5xx, 408,
/// 429, timeouts, refused connections) with backoff, as the platforms do: nothing is lost in transit unless every attempt
/// fails. Records each delivery's first send time, the base for end-to-end latency.
/// </summary>
public sealed class WorkloadSender(HttpClient http, Uri gateway, WorkloadSenderOptions? options = null, TimeProvider? time = null)
{
    private readonly WorkloadSenderOptions _options = options ?? new WorkloadSenderOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<SendReport> SendAsync(IReadOnlyList<StoreEvent> events, CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, SentEvent>();
        var started = _time.GetTimestamp();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(events.Index(), parallel, async (item, ct) =>
        {
            var (position, storeEvent) = item;
            if (_options.EventsPerSecond > 0 && TimeSpan.FromSeconds(position / _options.EventsPerSecond) - _time.GetElapsedTime(started) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, _time, ct);
            }

            results[storeEvent.Sequence] = await SendOneAsync(storeEvent, ct);
        });
        return new SendReport([.. results.Values.OrderBy(e => e.Sequence)], _time.GetElapsedTime(started));
    }

    private async Task<SentEvent> SendOneAsync(StoreEvent storeEvent, CancellationToken cancellationToken)
    {
        var firstSent = _time.GetUtcNow();
        var status = 0;
        for (var attempt = 1; ; attempt++)
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.AttemptTimeout);
                try
                {
                    using var request = storeEvent.ToRequest(gateway);
                    using var response = await http.SendAsync(request, timeout.Token);
                    status = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        return new SentEvent(storeEvent.Sequence, firstSent, _time.GetUtcNow(), status, attempt);
                    }

                    if (!Retryable(response.StatusCode))
                    {
                        return new SentEvent(storeEvent.Sequence, firstSent, null, status, attempt);
                    }
                }
                catch (Exception error) when (error is HttpRequestException || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    status = 0; // no answer: connection refused or reset, or the attempt timed out
                }
            }

            if (attempt >= _options.MaxAttempts)
            {
                return new SentEvent(storeEvent.Sequence, firstSent, null, status, attempt);
            }

            var backoff = TimeSpan.FromMilliseconds(Math.Min(5000, _options.RetryDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));
            await Task.Delay(backoff, _time, cancellationToken);
        }
    }

    private static bool Retryable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
