using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.PostgreSql;
using OrleansSync.Runtime.ProcessSilo;
using OrleansSync.Runtime.Serialization;
using OrleansSync.Runtime.Testing;
using Xunit.Abstractions;

namespace OrleansSync.Runtime.Tests.Cluster;

/// <summary>
/// Three silo processes on one PostgreSQL; one is SIGKILLed under continuous load to 10,000 grains.
/// Nothing acknowledged is lost, nothing is applied twice, no grain ever runs on two silos at once,
/// and the dead silo's shards are owned again within twice the lease TTL.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class ProcessClusterTests(ITestOutputHelper output)
{
    private const int ShardCount = 32;
    private static readonly TimeSpan LeaseTtl = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task SigKill_OneOfThreeSiloProcessesUnderLoad_NothingLostNothingDoubledNoOverlapAndShardsRecovered()
    {
        var connectionString = TestPostgres.RequiredConnectionString;
        var schema = TestPostgres.NewSchema("proc");
        var grid = new GridOptions { PostgresConnectionString = connectionString, Schema = schema, ShardCount = ShardCount };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresGridStore(dataSource, grid);
        await store.EnsureCreatedAsync(default);
        await Execute(dataSource, $"CREATE TABLE {schema}.turn_log (grain_key text NOT NULL, silo_id text NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL)");

        var settings = new Dictionary<string, string>
        {
            ["Silo:LeaseTtl"] = LeaseTtl.ToString(),
            ["Silo:RenewInterval"] = "00:00:00.500",
            ["Silo:TrustMargin"] = "00:00:01.500",
            ["Silo:DeadAfter"] = LeaseTtl.ToString(),
            ["Silo:PollInterval"] = "00:00:00.250",
        };
        var silos = Enumerable.Range(1, 3).Select(i => SiloProcess.Start($"proc-silo-{i}", connectionString, schema, ShardCount, settings)).ToList();
        try
        {
            await TestCluster.WaitUntilAsync(async () => await OwnersAsync(dataSource, schema) is { Count: 3 } owners && owners.Values.Sum() == ShardCount,
                TimeSpan.FromSeconds(60), "3 silo processes to own all shards");

            var client = new GrainClient(store, new GridSerializer(Microsoft.Extensions.Options.Options.Create(grid)), Microsoft.Extensions.Options.Options.Create(grid));
            var random = new Random(7);
            var expected = new Dictionary<string, List<string>>();
            var victim = silos[1];
            TimeSpan? recovery = null;
            var killedAt = Stopwatch.StartNew();
            for (var round = 0; round < 20; round++)
            {
                var batch = new List<GrainMessage>();
                for (var i = 0; i < 1000; i++)
                {
                    var key = $"g{random.Next(10_000)}";
                    var id = $"r{round}-m{i}";
                    batch.Add(new GrainMessage(new GrainId(LedgerGrain.TypeName, key), new OrleansSync.Runtime.ProcessSilo.Record(id)));
                    (expected.TryGetValue(key, out var ids) ? ids : expected[key] = []).Add(id);
                }

                await client.PostManyAsync(batch);
                if (round == 6)
                {
                    victim.Kill();
                    killedAt.Restart();
                }

                await Task.Delay(100);
            }

            await TestCluster.WaitUntilAsync(async () =>
            {
                var owners = await OwnersAsync(dataSource, schema);
                if (!owners.ContainsKey(victim.SiloId) && owners.Values.Sum() == ShardCount)
                {
                    recovery ??= killedAt.Elapsed;
                    return true;
                }

                return false;
            }, TimeSpan.FromSeconds(60), "the survivors to own every shard");
            await TestCluster.WaitUntilAsync(async () => await ScalarAsync(dataSource, $"SELECT count(*) FROM {schema}.inbox") == 0, TimeSpan.FromMinutes(3), "an empty inbox");

            var applied = await AppliedAsync(dataSource, schema);
            foreach (var (key, ids) in expected)
            {
                Assert.True(applied.TryGetValue(key, out var got), $"ledger/{key} never committed");
                Assert.Equal(ids.Order(), got!.Order());
            }

            Assert.Equal(0, await ScalarAsync(dataSource, $"""
                SELECT count(*) FROM {schema}.turn_log a JOIN {schema}.turn_log b
                  ON a.grain_key = b.grain_key AND a.silo_id < b.silo_id
                 AND a.started_at < b.ended_at AND b.started_at < a.ended_at
                """));
            output.WriteLine($"{expected.Values.Sum(v => v.Count):N0} messages to {expected.Count:N0} grains; shards owned again {recovery?.TotalSeconds:F1} s after SIGKILL (lease TTL {LeaseTtl.TotalSeconds} s)");
            Assert.True(recovery <= 2 * LeaseTtl, $"shards owned again after {recovery}, more than 2 x lease TTL ({2 * LeaseTtl})");
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }

            await Execute(dataSource, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static async Task<Dictionary<string, int>> OwnersAsync(NpgsqlDataSource dataSource, string schema)
    {
        await using var command = dataSource.CreateCommand($"SELECT owner_silo, count(*) FROM {schema}.shard_lease WHERE owner_silo IS NOT NULL AND expires_at > now() GROUP BY owner_silo");
        await using var reader = await command.ExecuteReaderAsync();
        var owners = new Dictionary<string, int>();
        while (await reader.ReadAsync())
        {
            owners[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return owners;
    }

    private static async Task<Dictionary<string, List<string>>> AppliedAsync(NpgsqlDataSource dataSource, string schema)
    {
        await using var command = dataSource.CreateCommand($"SELECT grain_key, state FROM {schema}.grain_state WHERE grain_type = '{LedgerGrain.TypeName}'");
        await using var reader = await command.ExecuteReaderAsync();
        var applied = new Dictionary<string, List<string>>();
        while (await reader.ReadAsync())
        {
            applied[reader.GetString(0)] = JsonSerializer.Deserialize<LedgerState>(reader.GetString(1), JsonSerializerOptions.Web)!.Applied;
        }

        return applied;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
