using System.Net.Http.Headers;
using System.Text.Json;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// Samples the gateway's <c>/admin/status</c> every <c>interval</c>: how many records the portal's grain has queued and
/// in flight, and how many deliveries wait for their grains. Tells when the portal was backlogged.
/// </summary>
internal sealed class PortalBacklogProbe(HttpClient http, Uri gateway, string adminToken, string portalId, TimeSpan interval)
{
    private readonly List<BacklogSample> _samples = [];

    public IReadOnlyList<BacklogSample> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>The newest sample, or null before the first; safe to read while the probe runs.</summary>
    public BacklogSample? Latest
    {
        get
        {
            lock (_samples)
            {
                return _samples.Count > 0 ? _samples[^1] : null;
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, "admin/status"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    using var status = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
                    var sample = Read(status.RootElement);
                    lock (_samples)
                    {
                        _samples.Add(sample);
                    }
                }

                await Task.Delay(interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // the gateway is busy or restarting: the next sample will tell
            }
        }
    }

    private BacklogSample Read(JsonElement status)
    {
        var pending = status.GetProperty("deliveries").GetProperty("pending").GetInt64();
        foreach (var portal in status.GetProperty("portals").EnumerateArray())
        {
            if (portal.GetProperty("portalId").GetString() == portalId && portal.TryGetProperty("status", out var grain))
            {
                return new BacklogSample(DateTimeOffset.UtcNow, grain.GetProperty("queued").GetInt32(), grain.GetProperty("inFlight").GetInt32(), pending);
            }
        }

        return new BacklogSample(DateTimeOffset.UtcNow, 0, 0, pending);
    }
}
