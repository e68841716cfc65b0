using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansSync.Storage;

namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb in a temporary folder, a free loopback port), so that the test can
/// stop and start it under load without touching the server other tests share. Run as the <c>postgres</c> user when
/// the tests run as root, exactly as <c>scripts/test.sh</c> starts its server; disposing stops it and deletes it.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    /// <summary>The server binaries' folder (<c>scripts/test.sh</c> exports it); else the newest installed.</summary>
    public const string BinVariable = "ORLEANSSYNC_TEST_PG_BIN";

    private readonly string _bin;
    private readonly string _directory;
    private readonly int _port;

    private ThrowawayPostgres(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        _port = port;
    }

    /// <summary>The maintenance database's connection string.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } configured ? configured
            : Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null || !File.Exists(Path.Combine(bin, "pg_ctl")))
        {
            throw new InvalidOperationException(
                $"This test starts and restarts a PostgreSQL server of its own and found no server binaries. Run the tests with scripts/test.sh "
                + $"(it exports {BinVariable}), or set {BinVariable} to a folder holding initdb and pg_ctl, e.g. /usr/lib/postgresql/16/bin.");
        }

        var directory = Directory.CreateTempSubdirectory("orleanssync-pg-restart-").FullName;
        var server = new ThrowawayPostgres(bin, directory, FreePorts.Next());
        try
        {
            await RunAsync("chmod", ["755", directory]);
            if (Environment.UserName == "root")
            {
                await RunAsync("chown", ["postgres:postgres", directory]);
            }

            await server.RunAsPostgresAsync("initdb", "-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "--no-sync");
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a database and applies this build's schema; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var server = NpgsqlDataSource.Create(ConnectionString))
        {
            await using var create = server.CreateCommand($"CREATE DATABASE \"{name}\"");
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgresSchemaMigrator(dataSource, NullLogger<PostgresSchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return connectionString;
    }

    /// <summary><c>pg_ctl stop -m fast</c>: open transactions are rolled back and every client is disconnected.</summary>
    public async Task StopAsync() => await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server (again) on the same port and data; returns once it accepts connections.</summary>
    public async Task StartAgainAsync() => await RunAsPostgresAsync(
        "pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w",
        "-o", $"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    private async Task RunAsPostgresAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (Environment.UserName == "root")
        {
            await RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            await RunAsync(path, arguments);
        }
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        var said = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{file} {string.Join(' ', start.ArgumentList)} failed with {process.ExitCode}: {said}"));
        }
    }
}
