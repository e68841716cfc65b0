using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>
/// One silo or gateway as a real OS process (<c>dotnet &lt;assembly&gt;</c>) configured only by its environment, as
/// a container would be. Its output is kept (the tail goes into failure messages). It can be killed (SIGKILL), stopped
/// gracefully (SIGTERM), frozen (SIGSTOP) and resumed (SIGCONT); disposing always kills what is still running, and so
/// does the end of the test process, so no test leaves a process behind.
/// </summary>
public sealed class GridProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> _running = new();
    private static readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process _process;
    private readonly OutputTail _output = new();
    private readonly Stopwatch _age = Stopwatch.StartNew();
    private int _pid;
    private int? _exitCode;

    /// <summary>Where every process's whole output is also written, one file each (<c>ORLEANSSYNC_CLUSTER_LOGS</c>); none by default.</summary>
    public static string? LogDirectory { get; } = System.Environment.GetEnvironmentVariable("ORLEANSSYNC_CLUSTER_LOGS") is { Length: > 0 } dir ? dir : null;

    static GridProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in _running.Values)
            {
                KillQuietly(process);
            }
        };
    }

    private GridProcess(string name, Process process, int httpPort, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _process = process;
        HttpPort = httpPort;
        Environment = environment;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
    }

    /// <summary>A name for messages: "silo-2", "gateway".</summary>
    public string Name { get; }

    public int Pid => _pid;

    public int HttpPort { get; }

    public Uri BaseAddress { get; }

    /// <summary>The variables this process was started with on top of the test process's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public bool HasExited => _exitCode is not null;

    public bool Frozen { get; private set; }

    /// <summary>Starts <c>dotnet <paramref name="assembly"/></c> in the assembly's folder with <paramref name="environment"/>; <c>Urls</c> must name <paramref name="httpPort"/>.</summary>
    public static GridProcess Start(string name, string assembly, int httpPort, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);

        // The test host's own settings must not leak into the process under test.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var grid = new GridProcess(name, process, httpPort, environment);
        process.OutputDataReceived += (_, e) => grid._output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => grid._output.Add(e.Data is null ? null : "stderr: " + e.Data);
        process.Exited += (_, _) => grid._exitCode = process.ExitCode;
        process.Start();
        grid._pid = process.Id;
        grid._output.KeepIn(LogDirectory, $"{name.Replace(' ', '-')}-{process.Id}.log");
        _running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return grid;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails at once if the process exits, or after <paramref name="timeout"/>, naming the process and showing its output.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout) => await WaitHealthAsync("health/ready", timeout);

    /// <summary>Waits until <c>/health/live</c> answers 200 (the process serves HTTP).</summary>
    public async Task WaitLiveAsync(TimeSpan timeout) => await WaitHealthAsync("health/live", timeout);

    /// <summary>The status code of one GET (no retries), or null when nothing answered.</summary>
    public async Task<HttpStatusCode?> ProbeAsync(string path)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(BaseAddress, path));
            return response.StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: the process and its children die at once, nothing is flushed or deregistered.</summary>
    public async Task KillAsync()
    {
        KillQuietly(_process);
        await WaitExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM: the host shuts down gracefully (Orleans leaves the cluster, grains deactivate); waits for the exit.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        Signal("TERM");
        await WaitExitAsync(timeout);
    }

    /// <summary>SIGSTOP: the process stays but runs nothing, like a long GC pause or a stalled VM.</summary>
    public void Freeze()
    {
        Signal("STOP");
        Frozen = true;
    }

    /// <summary>SIGCONT: a frozen process runs again.</summary>
    public void Resume()
    {
        Signal("CONT");
        Frozen = false;
    }

    /// <summary>The last lines of output, headed by the process's name, pid and state.</summary>
    public string Tail(int lines = 40)
    {
        var state = _exitCode is { } code ? $"exited with {code}" : Frozen ? "frozen" : "running";
        return $"--- {Name} (pid {_pid}, {state}, started {_age.Elapsed.TotalSeconds:0} s ago), last {lines} lines ---{System.Environment.NewLine}{string.Join(System.Environment.NewLine, _output.Last(lines))}";
    }

    public async ValueTask DisposeAsync()
    {
        KillQuietly(_process);
        try
        {
            await WaitExitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _running.TryRemove(_pid, out _);
            _process.Dispose();
            _output.Dispose();
        }
    }

    private async Task WaitHealthAsync(string path, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before /{path} answered 200.{System.Environment.NewLine}{Tail(80)}");
            }

            last = await ProbeAsync(path);
            if (last == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer 200 on /{path} within {timeout.TotalSeconds:0} s (last answer: {last?.ToString() ?? "none"}).{System.Environment.NewLine}{Tail(80)}");
    }

    private async Task WaitExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} (pid {_pid}) did not exit within {timeout.TotalSeconds:0} s.{System.Environment.NewLine}{Tail()}");
        }
    }

    private void Signal(string signal)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} has exited; cannot send SIG{signal}.{System.Environment.NewLine}{Tail()}");
        }

        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{signal}", _pid.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_pid} ({Name}) failed with {kill.ExitCode}.");
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited meanwhile.
        }
    }
}
