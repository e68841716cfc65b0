using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;
using OrleansSync.Gateway.Webhooks;
using Xunit.Abstractions;

namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>
/// Seeded fuzzing of every delivery endpoint with hostile variants of real platform samples (<see cref="DeliveryFuzzer"/>).
/// Whatever arrives: never a 5xx; every refusal is problem details naming a kept rejected record with its reason; an
/// authentic delivery is never refused as unsigned; a quarantine is a bad record, never a mapper failure; and the
/// gateway still answers its health check afterwards. A failure prints the seed and case to replay (<see cref="FuzzSeed"/>).
/// </summary>
public sealed class DeliveryFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task Fuzz_WooCommerceWebhooks_NeverFailAndKeepEveryRefusal() => FuzzAsync(DeliveryFuzzer.WooCommerceBases(), FuzzSeed.Cases(900), salt: 1);

    [Fact]
    public Task Fuzz_ShopifyWebhooks_NeverFailAndKeepEveryRefusal() => FuzzAsync(DeliveryFuzzer.ShopifyBases(), FuzzSeed.Cases(900), salt: 2);

    [Fact]
    public Task Fuzz_GenericCartEvents_NeverFailAndKeepEveryRefusal() => FuzzAsync(DeliveryFuzzer.GenericBases(), FuzzSeed.Cases(700), salt: 3);

    private async Task FuzzAsync(IReadOnlyList<FuzzBase> bases, int cases, int salt)
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var random = new Random(FuzzSeed.Seed + salt);
        var fuzzer = new DeliveryFuzzer(random);
        var kept = new List<(int Case, long RecordId, int Status, FuzzRequest Request)>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var request = fuzzer.Next(bases[random.Next(bases.Count)]);
            var response = await client.SendAsync(request.ToHttp());
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var where = $"{FuzzSeed.Replay(i)}\n{request}\n=> {status} {text}";
            Assert.True(status < 500, $"5xx answer, {where}");
            Assert.False(request.Authentic && status == 401, $"An authentic delivery was refused as unsigned, {where}");
            if (status is >= 400 or 202)
            {
                using var answer = JsonDocument.Parse(text);
                Assert.True(answer.RootElement.TryGetProperty("recordId", out var id), $"No kept record named, {where}");
                if (status >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }

                kept.Add((i, id.GetInt64(), status, request));
            }
            else
            {
                Assert.True(status == 200, $"Unexpected answer, {where}");
            }
        }

        foreach (var (number, recordId, status, request) in kept)
        {
            var record = await gateway.Deliveries.GetAsync(recordId, CancellationToken.None);
            var where = $"{FuzzSeed.Replay(number)}\n{request}";
            Assert.True(record is not null, $"Record {recordId} was named but not kept, {where}");
            Assert.Equal(status == 202 ? DeliveryKind.Quarantined : DeliveryKind.Rejected, record.Kind);
            Assert.False(string.IsNullOrWhiteSpace(record.Reason), $"Record {recordId} has no reason, {where}");
            Assert.False(record.Reason.StartsWith(WebhookReceiver.UnexpectedMappingFailure, StringComparison.Ordinal), $"A mapper threw: {record.Reason}, {where}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        output.WriteLine($"seed {FuzzSeed.Seed}+{salt}: {cases} cases in {clock.Elapsed.TotalSeconds:0.0} s; answers {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
    }
}
