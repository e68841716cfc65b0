using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Silo.Startup;

public static class HubSpotConnectionExtensions
{
    /// <summary>
    /// Registers the HubSpot client (section "HubSpot"). Without an access token the process starts the HubSpot
    /// sandbox in-process and points the client at it, so a first run needs no HubSpot account.
    /// </summary>
    /// <summary>The HubSpot portal id used for demo stores when the in-process sandbox serves HubSpot.</summary>
    public const string SandboxPortalId = "1000001";

    public static WebApplicationBuilder AddHubSpotConnection(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{HubSpotClientOptions.SectionName}:{nameof(HubSpotClientOptions.AccessToken)}"]))
        {
            var sandbox = HubSpotSandboxHost.StartAsync(new SandboxOptions(), CancellationToken.None).GetAwaiter().GetResult();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{HubSpotClientOptions.SectionName}:{nameof(HubSpotClientOptions.BaseUrl)}"] = sandbox.BaseUrl.ToString(),
                [$"{HubSpotClientOptions.SectionName}:{nameof(HubSpotClientOptions.AccessToken)}"] = sandbox.AccessToken,
            });
            builder.Services.AddSingleton(sandbox);
            builder.Services.AddHostedService<InProcessSandbox>();
        }

        builder.Services.AddHubSpotClient(builder.Configuration);
        return builder;
    }
}
