using System.Diagnostics;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The real gateway executable (its build output sits beside the tests) started as its own process.</summary>
public static class GatewayProcess
{
    public sealed record Exit(int Code, string StandardOutput, string StandardError);

    /// <summary>Runs the gateway with exactly these settings as environment variables until it exits (or fails the test after the timeout).</summary>
    public static async Task<Exit> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "OrleansSync.Gateway.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name); // nothing of the test runner's own configuration leaks into the gateway's
        }

        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the gateway process.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The gateway process was still running after {timeout}; it should have stopped over its configuration. Output: {await stdout}");
        }

        return new Exit(process.ExitCode, await stdout, await stderr);
    }
}
