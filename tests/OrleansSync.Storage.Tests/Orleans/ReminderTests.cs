using OrleansSync.Storage.Tests.Support;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>Reminders through Orleans' ADO.NET reminder table on the migrated schema.</summary>
public sealed class ReminderTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [PostgresFact]
    public async Task StartTicking_GrainIdOf150Characters_IsStoredFiresAndIsRemoved()
    {
        await using var database = await TestDatabase.CreateAsync("reminder_fires");
        await using var cluster = await AdoNetTestCluster.StartAsync(database, "reminders");
        var key = KeyForGrainIdOfLength(150);
        var grain = cluster.Client.GetGrain<IProbeGrain>(key);

        await grain.StartTicking(Period);

        var row = Assert.Single(await ReadRemindersAsync(database));
        Assert.Equal(("reminders", $"probe/{key}", ProbeGrain.ReminderName, 1000L), row);
        Assert.Equal(150, row.GrainId.Length);
        await Eventually.MatchesAsync(grain.Read, s => s.Ticks >= 2, Patience, $"grain probe/{key[..12]}… to have counted two reminder ticks");

        await grain.StopTicking();
        Assert.Empty(await ReadRemindersAsync(database));
    }

    [PostgresFact]
    public async Task StartTicking_GrainIdOf151Characters_FailsAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync("reminder_too_long");
        await using var cluster = await AdoNetTestCluster.StartAsync(database, "reminders");
        var grain = cluster.Client.GetGrain<IProbeGrain>(KeyForGrainIdOfLength(151));

        // PostgreSQL refuses the row (22001, value too long). Orleans 10.4.2 cannot serialize a
        // PostgresException, so the caller only sees a CodecNotFoundException naming that type.
        await Assert.ThrowsAnyAsync<Exception>(() => grain.StartTicking(Period));

        Assert.Empty(await ReadRemindersAsync(database));
    }

    [PostgresFact]
    public async Task StartTicking_ClusterReplaced_NewClusterLoadsAndFiresTheReminder()
    {
        await using var database = await TestDatabase.CreateAsync("reminder_restart");
        await using (var cluster = await AdoNetTestCluster.StartAsync(database, "reminders"))
        {
            await cluster.Client.GetGrain<IProbeGrain>("cart-7").StartTicking(Period);
        }

        // The new silo finds the reminder by reading its hash range of the table, and delivers it.
        await using (var cluster = await AdoNetTestCluster.StartAsync(database, "reminders"))
        {
            var grain = cluster.Client.GetGrain<IProbeGrain>("cart-7");
            var before = (await grain.Read()).Ticks;
            await Eventually.MatchesAsync(grain.Read, s => s.Ticks >= before + 2, Patience, "grain probe/cart-7 to count two ticks on the new cluster");
        }
    }

    // Grain ids read "probe/<key>".
    private static string KeyForGrainIdOfLength(int length) =>
        string.Concat(Enumerable.Repeat(Guid.NewGuid().ToString("N"), 5))[..(length - "probe/".Length)];

    private static async Task<List<(string ServiceId, string GrainId, string ReminderName, long Period)>> ReadRemindersAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT ServiceId, GrainId, ReminderName, Period FROM OrleansRemindersTable
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return rows;
    }
}
