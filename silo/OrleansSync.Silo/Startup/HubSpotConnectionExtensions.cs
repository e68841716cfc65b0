using Microsoft.Extensions.Options;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Storage;

namespace OrleansSync.Silo.Startup;

public static class HubSpotConnectionExtensions
{
    /// <summary>The HubSpot portal id used for demo stores when the in-process sandbox serves HubSpot.</summary>
    public const string SandboxPortalId = "1000001";

    /// <summary>Where the in-process sandbox listens in demo mode (no database): a fixed port the README can point at.</summary>
    public const int DemoSandboxPort = 5090;

    /// <summary>
    /// Port of the in-process sandbox: <c>HubSpot:Sandbox:Port</c>; default <see cref="DemoSandboxPort"/> without a database
    /// (demo mode), else a free port (several silos on one machine each start their own); 0 = a free port.
    /// </summary>
    public const string SandboxPortKey = $"{HubSpotClientOptions.SectionName}:Sandbox:Port";

    /// <summary>
    /// Where the in-process sandbox sends its webhooks (e.g. this process's <c>http://127.0.0.1:5080/webhooks/hubspot</c>),
    /// signed with <c>HubSpot:ClientSecret</c>. Default none: the sandbox sends no webhooks.
    /// </summary>
    public const string SandboxWebhookTargetKey = $"{HubSpotClientOptions.SectionName}:Sandbox:WebhookTargetUrl";

    /// <summary>
    /// Registers the HubSpot client (section "HubSpot"). Without an access token the process starts the HubSpot
    /// sandbox in-process on 127.0.0.1 and points the client at it, so a first run needs no HubSpot account.
    /// </summary>
    public static WebApplicationBuilder AddHubSpotConnection(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{HubSpotClientOptions.SectionName}:{nameof(HubSpotClientOptions.AccessToken)}"]))
        {
            var sandbox = StartSandbox(builder.Configuration);
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

    private static RunningSandbox StartSandbox(IConfiguration configuration)
    {
        var demo = string.IsNullOrWhiteSpace(configuration[$"{GridOptions.SectionName}:{nameof(GridOptions.PostgresConnectionString)}"]);
        var port = configuration.GetValue(SandboxPortKey, demo ? DemoSandboxPort : 0);
        try
        {
            return HubSpotSandboxHost.StartAsync(SandboxOptionsFrom(configuration), port, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is IOException or ArgumentOutOfRangeException)
        {
            throw new OptionsValidationException(SandboxPortKey, typeof(SandboxOptions),
                [$"{SandboxPortKey}: the in-process HubSpot sandbox cannot listen on 127.0.0.1:{port} ({error.Message.TrimEnd('.')}). Is another OrleansSync running? Stop it, or set HubSpot__Sandbox__Port to a free port (0 = any)."]);
        }
    }

    private static SandboxOptions SandboxOptionsFrom(IConfiguration configuration)
    {
        var options = new SandboxOptions();
        if (Uri.TryCreate(configuration[SandboxWebhookTargetKey], UriKind.Absolute, out var target))
        {
            var portal = new SandboxPortalOptions { WebhookTargetUrl = target, WebhookClientSecret = configuration[$"{HubSpotClientOptions.SectionName}:ClientSecret"] };
            if (long.TryParse(configuration[$"{HubSpotClientOptions.SectionName}:AppId"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var appId))
            {
                portal.AppId = appId;
            }

            options.Portals.Add(portal);
        }

        return options;
    }
}
