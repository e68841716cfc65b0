namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>Grain state through Orleans' ADO.NET grain storage on the migrated schema.</summary>
public sealed class GrainStorageTests
{
    [PostgresFact]
    public async Task WriteState_GrainDeactivated_IsReadBackByNewActivationAndByNewCluster()
    {
        await using var database = await TestDatabase.CreateAsync("grain_storage");
        const string serviceId = "grain-storage";
        ProbeSnapshot written;

        await using (var cluster = await AdoNetTestCluster.StartAsync(database, serviceId))
        {
            var grain = cluster.Client.GetGrain<IProbeGrain>("customer-42");
            await grain.Write("first");
            await grain.Write("second");
            written = await grain.Read();
            await grain.Deactivate();

            var reactivated = await grain.Read();
            Assert.NotEqual(written.Activation, reactivated.Activation);
            Assert.Equal("second", reactivated.Value);
            Assert.Equal(written.ETag, reactivated.ETag);
        }

        // One row, keyed by the service id; version 2 after two writes.
        await using (var command = database.DataSource.CreateCommand("""
            SELECT ServiceId, GrainIdExtensionString, Version FROM OrleansStorage
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal((serviceId, "customer-42", 2), (reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            Assert.False(await reader.ReadAsync());
        }

        // A new deployment of the same service (new cluster id) reads what the old one wrote.
        await using (var cluster = await AdoNetTestCluster.StartAsync(database, serviceId))
        {
            var grain = cluster.Client.GetGrain<IProbeGrain>("customer-42");
            var read = await grain.Read();
            Assert.Equal(("second", written.ETag), (read.Value, read.ETag));

            await grain.Write("third");
            Assert.Equal("third", (await grain.Read()).Value);
        }
    }
}
