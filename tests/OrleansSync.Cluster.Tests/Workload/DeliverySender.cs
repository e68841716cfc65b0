using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using OrleansSync.Cluster.Tests.Grid;

namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>
/// Sends signed Shopify deliveries to a gateway under continuous load: <c>concurrency</c> requests in flight, in the
/// workload's order. Like Shopify, a delivery that is not answered 200 is sent again (same event id) until it is;
/// the deliveries answered 200 are the acknowledged ones the grid must never lose.
/// </summary>
public sealed class DeliverySender : IDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private readonly HttpClient _http;
    private readonly string _secret;
    private readonly ConcurrentDictionary<string, string> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.Ordinal);
    private int _answered;
    private int _retries;

    /// <param name="secret">The store's signing secret (default: the tests' store).</param>
    public DeliverySender(Uri gateway, int concurrency, string secret = ShopifyStore.Secret)
    {
        _secret = secret;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Concurrency = concurrency;
    }

    public int Concurrency { get; }

    /// <summary>Deliveries answered 200 so far (a repeat counts each time it is answered).</summary>
    public int Answered => Volatile.Read(ref _answered);

    /// <summary>Sends that were not answered 200 and were sent again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Delivery keys answered 200, with the gateway's status ("appended" or "duplicate") of the first answer.</summary>
    public IReadOnlyDictionary<string, string> Acknowledged => _acknowledged;

    /// <summary>Non-200 answers by status (or exception type), for the test's output.</summary>
    public IReadOnlyDictionary<string, int> Refusals => _refusals;

    public async Task SendAsync(IReadOnlyList<ShopifyDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < deliveries.Count)
            {
                await SendOneAsync(deliveries[index], cancellationToken);
            }
        }));
    }

    /// <summary>Waits until <paramref name="count"/> deliveries have been answered 200 (the send must be running).</summary>
    public async Task AnsweredAtLeastAsync(int count, Task sending)
    {
        while (Answered < count)
        {
            if (sending.IsCompleted)
            {
                await sending; // surfaces the sender's failure
                throw new InvalidOperationException($"The workload was sent with only {Answered} answers, fewer than the {count} awaited.");
            }

            await Task.Delay(20);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task SendOneAsync(ShopifyDelivery delivery, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            string refusal;
            try
            {
                using var response = await _http.SendAsync(Request(delivery), cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    _acknowledged.TryAdd(delivery.DeliveryKey, body.Contains("\"duplicate\"", StringComparison.Ordinal) ? "duplicate" : "appended");
                    Interlocked.Increment(ref _answered);
                    return;
                }

                refusal = $"{(int)response.StatusCode}";
                if ((int)response.StatusCode is >= 400 and < 500)
                {
                    throw new InvalidOperationException($"The gateway refused {delivery.Topic} {delivery.EventId} with {(int)response.StatusCode}: {body}");
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                refusal = error.GetType().Name;
            }

            _refusals.AddOrUpdate(refusal, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _retries);
            if (DateTime.UtcNow - started > GiveUpAfter)
            {
                throw new TimeoutException($"{delivery.Topic} {delivery.EventId} was not answered 200 within {GiveUpAfter.TotalMinutes:0} min (last: {refusal}).");
            }

            await Task.Delay(RetryPause, cancellationToken);
        }
    }

    private HttpRequestMessage Request(ShopifyDelivery delivery)
    {
        var content = new ByteArrayContent(delivery.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{ShopifyStore.Id}") { Content = content };
        request.Headers.Add("X-Shopify-Topic", delivery.Topic);
        request.Headers.Add("X-Shopify-Shop-Domain", ShopifyStore.Domain);
        request.Headers.Add("X-Shopify-API-Version", "2025-07");
        request.Headers.Add("X-Shopify-Webhook-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Shopify-Event-Id", delivery.EventId);
        request.Headers.Add("X-Shopify-Triggered-At", "2026-01-15T15:00:00.000Z");
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), delivery.Body)));
        return request;
    }
}
