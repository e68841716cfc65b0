using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrleansSync.HubSpot.Sandbox;

/// <summary>Starts the sandbox inside the calling process (silo without a HubSpot token, tests, benchmarks).</summary>
public static class HubSpotSandboxHost
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns a handle with its base URL and tokens.</summary>
    public static async Task<RunningSandbox> StartAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HubSpotSandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHubSpotSandbox(options);
        var app = builder.Build();
        app.MapHubSpotSandbox();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSandbox(app, new Uri(address.TrimEnd('/') + "/"));
    }
}
