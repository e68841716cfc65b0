using OrleansSync.Gateway;
using OrleansSync.Gateway.Hosting;
using OrleansSync.Silo.Demo;
using OrleansSync.Silo.Startup;

// The main job: an Orleans silo, plus (unless Silo:HostGateway=false) the gateway in the same process.
// `-- --demo-workload 200` (demo mode only) also sends a simulated store through it and prints what reached HubSpot.
// `dotnet run --project silo/OrleansSync.Silo -- migrate` only brings the PostgreSQL schema up to date and exits.
// A wrong setting ends either with one line on stderr ("Configuration error: …") and exit code 2.
return await ConfigurationErrors.RunAsync(async () =>
{
    if (args is ["migrate", ..])
    {
        return await SchemaMigrationCommand.RunAsync(args[1..]);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddOrleansSyncSilo();
    builder.AddHubSpotConnection();
    if (builder.HostsGateway())
    {
        builder.AddDemoDefaults(HubSpotConnectionExtensions.SandboxPortalId);
        builder.Services.AddGateway(builder.Configuration);
    }

    builder.AddDemoWorkload(args);

    var app = builder.Build().ValidateConfiguration();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.MapSiloHealth();
    if (builder.HostsGateway())
    {
        app.MapGateway();
    }

    await app.RunAsync();
    return 0;
});
