using System.Runtime.CompilerServices;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using OrleansSync.HubSpot.Client;
using OrleansSync.HubSpot.Client.Batches;
using OrleansSync.HubSpot.Client.Resilience;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot;

/// <summary>
/// Typed HubSpot client. Every call goes through the resilience pipeline and the portal's rate limiter; bulk calls
/// are split into HubSpot's batch size and answer per record, so callers dead-letter only the records HubSpot rejected.
/// </summary>
public sealed partial class HubSpotClient
{
    /// <summary>HubSpot's batch limit for CRM object and association writes.</summary>
    public const int BatchSize = 100;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HubSpotResponse> _pipeline;
    private readonly HubSpotPaths _paths;
    private readonly HubSpotClientOptions _options;
    private readonly HubSpotClientMetrics _metrics;
    private readonly ILogger<HubSpotClient> _logger;
    private readonly bool _retryServerErrors = true;

    // Shared with the copies WithoutServerErrorRetries makes: one count per portal's client.
    private readonly StrongBox<long> _calls = new();

    internal HubSpotClient(HttpClient http, ResiliencePipeline<HubSpotResponse> pipeline, HubSpotClientOptions options, HubSpotClientMetrics metrics, ILogger<HubSpotClient> logger)
    {
        _http = http;
        _pipeline = pipeline;
        _options = options;
        _paths = new HubSpotPaths(options.ApiVersion);
        _metrics = metrics;
        _logger = logger;
    }

    private HubSpotClient(HubSpotClient other, bool retryServerErrors)
        : this(other._http, other._pipeline, other._options, other._metrics, other._logger)
    {
        _retryServerErrors = retryServerErrors;
        _calls = other._calls;
    }

    /// <summary>HTTP attempts this client (and its copies) sent to HubSpot since it was created (the dashboard's rate-limit usage is its rate).</summary>
    public long Calls => Interlocked.Read(ref _calls.Value);

    /// <summary>
    /// The same client (connection, rate limiter, circuit) whose calls answer a 5xx, timeout or open circuit at once instead
    /// of retrying it; window 429s are still waited out and retried. For callers that retry per record themselves.
    /// </summary>
    public HubSpotClient WithoutServerErrorRetries() => _retryServerErrors ? new HubSpotClient(this, retryServerErrors: false) : this;

    internal Task<HubSpotResponse> SendAsync<T>(HttpMethod method, string path, T? body, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, typeInfo, countsAgainstWindow: true, cancellationToken);

    /// <summary>One call; <c>countsAgainstWindow</c> is false for the endpoints HubSpot exempts from the 10-second window (association batches, event sends).</summary>
    internal async Task<HubSpotResponse> SendAsync<T>(HttpMethod method, string path, T? body, JsonTypeInfo<T>? typeInfo, bool countsAgainstWindow, CancellationToken cancellationToken)
    {
        var payload = body is null || typeInfo is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ServerErrorRetries.Enabled, _retryServerErrors);
        context.Properties.Set(TenSecondWindow.Counts, countsAgainstWindow);
        HubSpotResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static async (context, state) =>
                {
                    var token = context.CancellationToken;
                    using var request = new HttpRequestMessage(state.method, state.path);
                    if (state.payload is not null)
                    {
                        request.Content = new ByteArrayContent(state.payload) { Headers = { ContentType = Json } };
                    }

                    using var answer = await state.self._http.SendAsync(request, token);
                    var read = await HubSpotResponse.ReadAsync(answer, token);
                    state.self._metrics.OnCall(read.Code);
                    Interlocked.Increment(ref state.self._calls.Value);
                    return read;
                },
                context,
                (self: this, method, path, payload));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (!response.IsSuccess && response.Code != 207)
        {
            LogCallFailed(_logger, method.Method, Redact(path), response.Code, response.Error?.Category ?? response.Error?.PolicyName, response.Error?.CorrelationId);
        }

        return response;
    }

    /// <summary>
    /// Turns a failed batch response into a whole-batch rejection (record data to blame: 400, 404, 409, 422) or throws
    /// (token, scope, quota, server errors after every retry: no record is to blame).
    /// </summary>
    internal ChunkAttempt RejectOrThrow(HubSpotResponse response)
    {
        if (response.IsDailyLimit)
        {
            LogDailyQuota(_logger);
            throw new HubSpotRateLimitException("DAILY", response.Error?.Message ?? "You have reached your daily limit.");
        }

        return response.Code is 400 or 404 or 409 or 422
            ? ChunkAttempt.Reject(response.ToError())
            : throw new HubSpotApiException(response.ToError());
    }

    internal void EnsureSuccess(HubSpotResponse response)
    {
        if (!response.IsSuccess)
        {
            _ = RejectOrThrow(response);
            throw new HubSpotApiException(response.ToError());
        }
    }

    internal async Task<BatchResult> InChunksAsync<T>(IReadOnlyList<T> inputs, int size, Func<T, string> key, Func<IReadOnlyList<T>, CancellationToken, Task<ChunkAttempt>> send, CancellationToken cancellationToken)
    {
        var succeeded = new List<RecordSuccess>();
        var failed = new List<RecordFailure>();
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentRequests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs.Chunk(size), parallel, async (chunk, token) =>
        {
            var result = await BatchIsolation.RunAsync(chunk, key, send, token);
            lock (gate)
            {
                succeeded.AddRange(result.Succeeded);
                failed.AddRange(result.Failed);
            }
        });
        var total = new BatchResult(succeeded, failed);
        _metrics.OnRecords(total);
        return total;
    }

    /// <summary>Paths can carry an email (merge, idProperty reads); logs keep only the route shape.</summary>
    private static string Redact(string path) => path.Contains('@', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] + "/…" : path;
}
