using Npgsql;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>Reads a grain's stored state and reminders from Orleans' ADO.NET tables, to explain a failure.</summary>
public sealed class GrainStateTable(NpgsqlDataSource dataSource)
{
    public async Task<string> DescribeAsync(GrainIdentity grain, int maxChars = 2_000)
    {
        var lines = new List<string> { $"{grain}:" };
        await using (var command = dataSource.CreateCommand(
            "SELECT version, modifiedon, convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = $1 AND grainidextensionstring = $2"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrainIdentity.OrleansKey(grain.Type, grain.Key) });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var json = reader.IsDBNull(2) ? "(no payload)" : reader.GetString(2);
                lines.Add($"  state v{reader.GetInt32(0)} at {reader.GetFieldValue<DateTimeOffset>(1):HH:mm:ss.fff}: {(json.Length > maxChars ? json[..maxChars] + "…" : json)}");
            }
        }

        await using (var command = dataSource.CreateCommand("SELECT remindername, starttime, period FROM orleansreminderstable WHERE grainid = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.ToGrainId().ToString() });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"  reminder {reader.GetString(0)} from {reader.GetFieldValue<DateTimeOffset>(1):HH:mm:ss.fff} every {reader.GetInt64(2)} ms");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }
}
