using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansSync.HubSpot.Sandbox.Hosting;

namespace OrleansSync.HubSpot.Sandbox;

/// <summary>Starts the sandbox inside the calling process (silo without a HubSpot token, tests, benchmarks).</summary>
public static class HubSpotSandboxHost
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns a handle with its base URL and tokens.</summary>
    public static Task<RunningSandbox> StartAsync(SandboxOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, port: 0, cancellationToken);

    /// <summary>
    /// Starts Kestrel on 127.0.0.1:<paramref name="port"/> (0 = a free port) and returns a handle with its base URL and
    /// tokens. A port in use fails with an <see cref="IOException"/>.
    /// </summary>
    public static async Task<RunningSandbox> StartAsync(SandboxOptions options, int port, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HubSpotSandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The host process's appsettings.json and environment (its Logging, its Urls) are not the sandbox's. The address is
        // set as the host's URL, not with Kestrel's Listen(): that made Kestrel warn "Overriding address(es)" about the
        // host process's Urls.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls($"http://{IPAddress.Loopback}:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter(typeof(SandboxBanner).FullName, LogLevel.None); // the caller announces the sandbox it started
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a failed start is thrown to the caller
        builder.Services.AddHubSpotSandbox(options);
        var app = builder.Build();
        app.MapHubSpotSandbox();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSandbox(app, new Uri(address.TrimEnd('/') + "/"));
    }
}
