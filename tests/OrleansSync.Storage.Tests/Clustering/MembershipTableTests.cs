using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;

namespace OrleansSync.Storage.Tests.Clustering;

/// <summary>
/// Orleans' own ADO.NET membership table (the class a silo uses) against the migrated schema,
/// without a silo: the optimistic table version, heartbeats, and pruning of dead silos.
/// </summary>
public sealed class MembershipTableTests
{
    private static readonly DateTime Now = ManualTimeProvider.DefaultStart.UtcDateTime;

    [PostgresFact]
    public async Task InsertAndUpdateRow_StaleTableVersion_AreRefusedAndChangeNothing()
    {
        await using var database = await TestDatabase.CreateAsync("membership_versions");
        var table = await OpenAsync(database);
        var empty = await table.ReadAllAsync();

        Assert.True(await table.InsertRowAsync(Entry(1, SiloStatus.Joining, Now, Now), empty.Version.Next()));
        Assert.False(await table.InsertRowAsync(Entry(2, SiloStatus.Joining, Now, Now), empty.Version.Next()));
        var joined = await table.ReadAllAsync();
        Assert.False(await table.InsertRowAsync(Entry(1, SiloStatus.Joining, Now, Now), joined.Version.Next()));

        // Rows carry the etag of the table version they were read at; the refused insert above did not move it.
        var (silo, etag) = Assert.Single(joined.Members);
        silo.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRowAsync(silo, etag, joined.Version.Next()));
        silo.Status = SiloStatus.ShuttingDown;
        Assert.False(await table.UpdateRowAsync(silo, etag, joined.Version.Next()));

        var final = await table.ReadAllAsync();
        var member = Assert.Single(final.Members).Item1;
        Assert.Equal((joined.Version.Version + 1, 1, SiloStatus.Active), (final.Version.Version, member.SiloAddress.Generation, member.Status));
    }

    [PostgresFact]
    public async Task UpdateIAmAlive_OlderHeartbeat_DoesNotMoveItBack()
    {
        await using var database = await TestDatabase.CreateAsync("membership_heartbeat");
        var table = await OpenAsync(database);
        var silo = Entry(1, SiloStatus.Active, Now, Now);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));

        silo.IAmAliveTime = Now.AddMinutes(1);
        await table.UpdateIAmAliveAsync(silo);
        silo.IAmAliveTime = Now.AddSeconds(30);
        await table.UpdateIAmAliveAsync(silo);

        Assert.Equal(Now.AddMinutes(1), Assert.Single((await table.ReadAllAsync()).Members).Item1.IAmAliveTime);
    }

    [PostgresTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CleanupDefunctSiloEntries_DeadSiloSilentSinceBeforeCutoff_DeletesOnlyThatRow(bool rowWiseQueryInstalled)
    {
        await using var database = await TestDatabase.CreateAsync("membership_cleanup");
        if (!rowWiseQueryInstalled)
        {
            // A catalog without the optional key: 10.4.2 falls back to CleanupDefunctSiloEntriesKey.
            await using var drop = database.DataSource.CreateCommand("DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey'");
            Assert.Equal(1, await drop.ExecuteNonQueryAsync());
        }

        var table = await OpenAsync(database);
        var longAgo = Now.AddHours(-2);
        var cutoff = Now.AddHours(-1);
        await InsertAsync(table, Entry(1, SiloStatus.Active, longAgo, longAgo));
        await InsertAsync(table, Entry(2, SiloStatus.Dead, longAgo, longAgo), votedDeadAt: longAgo);
        await InsertAsync(table, Entry(3, SiloStatus.Dead, longAgo, Now));
        await InsertAsync(table, Entry(4, SiloStatus.Joining, longAgo, longAgo));

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(cutoff));

        var left = (await table.ReadAllAsync()).Members.Select(member => member.Item1.SiloAddress.Generation).Order();
        Assert.Equal([1, 3, 4], left);
    }

    private static async Task<AdoNetClusteringTable> OpenAsync(TestDatabase database)
    {
        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = "membership-tests", ServiceId = "membership-tests" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = database.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static async Task InsertAsync(AdoNetClusteringTable table, MembershipEntry entry, DateTime? votedDeadAt = null)
    {
        Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        if (votedDeadAt is { } at)
        {
            // Suspicion votes are only ever written by updates.
            entry.SuspectTimes = [Tuple.Create(Entry(1, SiloStatus.Active, at, at).SiloAddress, at)];
            var read = await table.ReadAllAsync();
            Assert.True(await table.UpdateRowAsync(entry, read.Version.VersionEtag, read.Version.Next()));
        }
    }

    // Generation tells the silos apart; all share one loopback endpoint.
    private static MembershipEntry Entry(int generation, SiloStatus status, DateTime started, DateTime lastAlive) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), generation),
        Status = status,
        SiloName = $"silo-{generation}",
        HostName = "localhost",
        ProxyPort = 30000,
        StartTime = started,
        IAmAliveTime = lastAlive,
    };
}
