using System.Diagnostics;
using System.Reflection;

namespace OrleansSync.Bench.Processes;

/// <summary>
/// One silo as its own OS process (<c>dotnet silo/OrleansSync.Silo/bin/{Configuration}/net10.0/OrleansSync.Silo.dll</c>),
/// configured only through its environment, with its output in a log file. Every port is on 127.0.0.1.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;
    private StreamWriter? _log;

    public SiloProcess(int number, bool hostsGateway, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        Number = number;
        HostsGateway = hostsGateway;
        _environment = environment;
        var ports = FreePorts.Take(3);
        (SiloPort, GatewayPort, HttpPort) = (ports[0], ports[1], ports[2]);
        LogPath = Path.Combine(logDirectory, $"silo-{number}.log");
    }

    /// <summary>1, 2, 3… in start order.</summary>
    public int Number { get; }

    public bool HostsGateway { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int HttpPort { get; }

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}/");

    public string LogPath { get; }

    public bool Running => _process is { HasExited: false };

    /// <summary>CPU time the running process has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process?.Refresh();
            return _process is { HasExited: false } process ? process.TotalProcessorTime : TimeSpan.Zero;
        }
    }

    public static string SiloDll
    {
        get
        {
            var configuration = typeof(SiloProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            return Path.Combine(RepositoryRoot(), "silo", "OrleansSync.Silo", "bin", configuration, "net10.0", "OrleansSync.Silo.dll");
        }
    }

    public void Start()
    {
        if (!File.Exists(SiloDll))
        {
            throw new FileNotFoundException($"No silo build at {SiloDll}: build it first (dotnet build OrleansSync.sln -c Release).");
        }

        var start = new ProcessStartInfo("dotnet", [SiloDll])
        {
            WorkingDirectory = Path.GetDirectoryName(SiloDll)!, // its appsettings.json
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Silo__HostGateway"] = HostsGateway ? "true" : "false";
        start.Environment["Silo__SiloPort"] = $"{SiloPort}";
        start.Environment["Silo__GatewayPort"] = $"{GatewayPort}";
        start.Environment["Silo__AdvertisedAddress"] = "127.0.0.1";
        start.Environment["Urls"] = $"http://127.0.0.1:{HttpPort}";

        _log?.Dispose();
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        var log = _log;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: the silo is an active member of the cluster.</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_process is not { HasExited: false })
            {
                throw new InvalidOperationException($"Silo {Number} exited during start-up; its log:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(HttpAddress, "health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (started.Elapsed > timeout)
            {
                throw new TimeoutException($"Silo {Number} was not ready after {timeout.TotalSeconds:F0} s; its log:\n{Tail()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>SIGKILL: no graceful shutdown, no goodbye to the membership table.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
    }

    public string Tail(int lines = 40) =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no log)";

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _log?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                try
                {
                    log.WriteLine(line);
                }
                catch (ObjectDisposedException)
                {
                    // the last lines of a killed silo, after the benchmark closed its log
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansSync.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No OrleansSync.sln above {AppContext.BaseDirectory}.");
    }
}
