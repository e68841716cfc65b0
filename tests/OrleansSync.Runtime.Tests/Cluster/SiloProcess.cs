using System.Diagnostics;

namespace OrleansSync.Runtime.Tests.Cluster;

/// <summary>A silo in its own OS process (OrleansSync.Runtime.ProcessSilo), killable with SIGKILL.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, string siloId, string logPath)
    {
        _process = process;
        SiloId = siloId;
        LogPath = logPath;
    }

    public string SiloId { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(string siloId, string connectionString, string schema, int shardCount, IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OrleansSync.Runtime.ProcessSilo.dll");
        var log = Path.Combine(Path.GetTempPath(), $"orleanssync-{schema}-{siloId}.log");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add($"--Grid:PostgresConnectionString={connectionString}");
        info.ArgumentList.Add($"--Grid:Schema={schema}");
        info.ArgumentList.Add($"--Grid:ShardCount={shardCount}");
        info.ArgumentList.Add($"--Silo:SiloId={siloId}");
        info.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start a silo process");
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, siloId, log);
    }

    /// <summary>SIGKILL: no drain, no lease release, no goodbye.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
